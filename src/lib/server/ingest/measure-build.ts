// Builds the report's measures: matches rows across plan, result and repeated tables by name, then fills status, category and indicators.
import { UNIT_START } from './column-evidence';
import type { Role } from './columns';
import { explicitIndicators } from './indicator-refs';
import { cleanValue, oneLine } from './markup';
import { categorize } from './measure-category';
import { decideStatus } from './measure-status';
import type { MeasureTable } from './measure-tables';
import { nameSimilarity, normalizeMeasureName } from './name-match';
import { measureRows, type MeasureRow } from './row-merge';
import { ROUNDS, type MeasureRecord, type Round } from './types';
import { toArabicDigits } from '../../thai/digits';

/** Names at least this alike (0..1) are the same measure in two tables. */
const SAME_MEASURE = 0.62;
const RESULT_ROLES: Role[] = [
  'detail',
  'result',
  'output',
  'outcome',
  'status',
  'done',
  'doing',
  'not_done',
  'cannot',
];

interface Cluster {
  rows: MeasureRow[];
  norm: string;
  number: string | null;
  tables: Set<number>;
}

function hasResultColumns(t: MeasureTable): boolean {
  return t.header.roles.some((r) => r !== null && RESULT_ROLES.includes(r));
}

function sameRow(a: MeasureRow, b: MeasureRow): boolean {
  return (
    a.number === b.number &&
    a.name === b.name &&
    JSON.stringify(a.fields) === JSON.stringify(b.fields)
  );
}

/** Pairs each row of a new table with at most one earlier measure, best-matching names first. */
function assign(clusters: Cluster[], rows: MeasureRow[], table: number): (Cluster | null)[] {
  const pairs: { r: number; c: number; score: number }[] = [];
  rows.forEach((row, r) => {
    const norm = normalizeMeasureName(row.name);
    clusters.forEach((cl, c) => {
      if (cl.tables.has(table)) return;
      let score = nameSimilarity(norm, cl.norm);
      if (row.number && cl.number) score += row.number === cl.number ? 0.1 : -0.15;
      if (score >= SAME_MEASURE) pairs.push({ r, c, score });
    });
  });
  pairs.sort((a, b) => b.score - a.score || a.r - b.r);
  const out: (Cluster | null)[] = rows.map(() => null);
  const used = new Set<number>();
  for (const p of pairs) {
    if (out[p.r] || used.has(p.c)) continue;
    out[p.r] = clusters[p.c]!;
    used.add(p.c);
  }
  return out;
}

/**
 * A result table with exactly one row per planned measure: rows whose names match nothing are paired with the
 * planned measures left over, in order, when the matched rows keep the plan's order too. Returns how many it paired.
 */
function pairByPosition(
  clusters: Cluster[],
  rows: MeasureRow[],
  matches: (Cluster | null)[],
  table: number,
): number {
  const open = clusters.filter((c) => !c.tables.has(table) && !matches.includes(c));
  const loose = rows.map((_, i) => i).filter((i) => matches[i] === null);
  if (rows.length !== clusters.length || loose.length === 0 || open.length !== loose.length)
    return 0;
  const order = matches.flatMap((m) => (m ? [clusters.indexOf(m)] : []));
  if (order.some((o, i) => i > 0 && o < order[i - 1]!)) return 0;
  loose.forEach((r, k) => (matches[r] = open[k]!));
  return loose.length;
}

const TEXT_ROLES: Role[] = [
  'guideline',
  'steps',
  'responsible',
  'monitoring',
  'period',
  'detail',
  'result',
  'output',
  'outcome',
  'status',
  'done',
  'doing',
  'not_done',
  'cannot',
  'indicator',
  'note',
  'other',
];

function mergedFields(rows: MeasureRow[]): Partial<Record<Role, string>> {
  const out: Partial<Record<Role, string>> = {};
  for (const role of TEXT_ROLES) {
    const v = rows.map((r) => r.fields[role]).find((x) => x && x.trim() !== '');
    if (v) out[role] = v;
  }
  return out;
}

/** ผู้รับผิดชอบ as a list of units: split on lines, slashes, commas, numbering and spaces before a unit word. */
export function splitResponsible(text: string | undefined): string[] {
  if (!text) return [];
  // Digits of either script: the units keep the document's own.
  const pieces = text
    .split(/\n|\/|,|;|(?:^|\s)\(?[\d๐-๙]{1,2}[.)]\s*|\s+และ\s+|\s+/)
    .map((s) =>
      (s ?? '')
        .trim()
        .replace(/^[-–•]+\s*/, '')
        .replace(/^\(?[\d๐-๙]{1,2}[.)]\s*/, ''),
    )
    .filter((s) => s !== '');
  const units: string[] = [];
  for (const p of pieces) {
    // "สำนักปลัดงานการเจ้าหน้าที่": the office and its section, written without a space.
    const glued = /^(สำนักปลัด)(งาน.+|กอง.+|ฝ่าย.+)$/.exec(p);
    const parts = glued ? [glued[1]!, glued[2]!] : [p];
    for (const part of parts) {
      if (units.length > 0 && !UNIT_START.test(part)) units[units.length - 1] += ` ${part}`;
      else units.push(part);
    }
  }
  return [...new Set(units.map((u) => cleanValue(u)))];
}

/** The monitoring rounds a cell names ("รอบ ๖ เดือน - รอบ ๑๒ เดือน" → 6m, 12m), in calendar order. */
export function roundsIn(text: string | undefined): Round[] {
  if (!text) return [];
  const found = new Set<string>();
  for (const m of toArabicDigits(text).matchAll(/(\d{1,2})\s*เดือน/g)) found.add(`${Number(m[1])}m`);
  return ROUNDS.filter((r) => found.has(r));
}

const value = (text: string | undefined): string | null =>
  text && text.trim() !== '' ? cleanValue(text) : null;

export interface BuildContext {
  /** The assessment year the report's analysis refers to, for reading indicator names. */
  indicatorYear: number | null;
}

export function buildMeasures(
  tables: MeasureTable[],
  ctx: BuildContext,
  warnings: string[],
): MeasureRecord[] {
  const clusters: Cluster[] = [];
  const resultTables = new Set(tables.filter(hasResultColumns).map((t) => t.index));
  const resultCellTables = new Set(
    tables
      .filter((t) =>
        t.header.roles.some((r) => r === 'result' || r === 'output' || r === 'outcome'),
      )
      .map((t) => t.index),
  );
  for (const t of tables) {
    const all = measureRows(t, warnings).filter((r) => r.name.trim() !== '');
    // The same name and number twice in one table: the table was copied (report and memo) without a break between.
    const copies = new Map<MeasureRow, MeasureRow>();
    const rows = all.filter((r, i) => {
      const norm = normalizeMeasureName(r.name);
      const first = all
        .slice(0, i)
        .find(
          (o) => o.number === r.number && (sameRow(o, r) || normalizeMeasureName(o.name) === norm),
        );
      if (first) copies.set(r, copies.get(first) ?? first);
      return !first;
    });
    const matches = assign(clusters, rows, t.index);
    const paired = pairByPosition(clusters, rows, matches, t.index);
    if (paired > 0)
      warnings.push(
        `table ${t.index}: ${paired} row(s) matched to the measures above by position, as their names differ`,
      );
    const clusterOf = new Map<MeasureRow, Cluster>();
    rows.forEach((row, i) => {
      let hit = matches[i];
      if (hit) {
        hit.rows.push(row);
        hit.tables.add(t.index);
        hit.number ??= row.number;
      } else {
        hit = {
          rows: [row],
          norm: normalizeMeasureName(row.name),
          number: row.number,
          tables: new Set([t.index]),
        };
        clusters.push(hit);
      }
      clusterOf.set(row, hit);
    });
    for (const [copy, original] of copies) clusterOf.get(original)?.rows.push(copy);
  }

  const documentHasResults = resultTables.size > 0;
  return clusters.map((cl, i) => {
    const first = cl.rows[0]!;
    // Cells wrapped in a PDF come with a space at each line end; the spelling with fewest spaces reads best.
    const spaces = (r: MeasureRow) => (r.name.match(/\s/g) ?? []).length;
    const named = cl.rows.reduce((best, r) => (spaces(r) < spaces(best) ? r : best), first);
    const f = mergedFields(cl.rows);
    // A result table whose only result column is รายละเอียด/การดำเนินการ: that column says what was done.
    if (
      f.detail &&
      !f.result &&
      !f.output &&
      !f.outcome &&
      !cl.rows.some((r) => resultCellTables.has(r.table))
    ) {
      f.result = f.detail;
      delete f.detail;
    }
    const measureHasResultRow = cl.rows.some((r) => resultTables.has(r.table));
    const { status, evidence, reason } = decideStatus(f, {
      documentHasResults,
      measureHasResultRow,
    });
    const name = cleanValue(named.name);
    if (documentHasResults && !measureHasResultRow)
      warnings.push(
        `measure ${i + 1} "${name}" (table ${first.table}, row ${first.row}) has no row in the result table`,
      );
    const description = [f.guideline, f.steps, f.detail, f.result, f.output, f.outcome]
      .filter(Boolean)
      .join('\n');
    const cat = categorize([first.group, first.name].filter(Boolean).join(' '), description);
    const explicit = explicitIndicators(
      [
        first.group,
        ...cl.rows.map((r) => r.name),
        f.indicator,
        f.guideline,
        f.steps,
        f.detail,
        f.note,
      ],
      ctx.indicatorYear,
    );
    const output = f.output ?? f.result;
    const noteParts = [
      f.note,
      f.other,
      f.output && f.result ? `ผลการดำเนินการ: ${oneLine(f.result)}` : undefined,
    ];
    return {
      seq: i + 1,
      number_text: cl.number,
      name_th: name,
      name_norm: cl.norm,
      guideline: value(f.guideline),
      steps: value(f.steps),
      detail: value(f.detail),
      responsible: splitResponsible(f.responsible),
      monitoring_rounds: roundsIn(f.monitoring),
      period_text: value(f.period),
      output: value(output),
      outcome: value(f.outcome),
      note: value(noteParts.filter(Boolean).join('\n')),
      status,
      status_evidence: evidence,
      status_reason: status === 'not_possible' ? (reason ?? null) : null,
      category: cat.category,
      categories_other: cat.others,
      indicators: explicit.length > 0 ? explicit : cat.indicators,
      indicator_source: explicit.length > 0 ? 'explicit' : 'inferred',
      rows: cl.rows.map((r) => ({ table: r.table, row: r.row })),
    } satisfies MeasureRecord;
  });
}
