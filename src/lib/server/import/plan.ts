// Compares checked records with the scores already imported and decides, per organisation-year, new / changed / unchanged.
import type { DuckDBConnection } from '@duckdb/node-api';
import { round2 } from '../../ita/framework';
import { problem } from './problems';
import type { ScoreRecord } from './score-records';

export type Change = 'new' | 'changed' | 'unchanged';

/** One organisation-year the file gives, ready to write. */
export interface PlannedYear {
  orgCode: string;
  fiscalYear: number;
  values: Map<string, number>;
  change: Change;
  record: ScoreRecord;
}

export interface Counts {
  new: number;
  changed: number;
  unchanged: number;
  rejected: number;
}

export interface CheckedRecord {
  record: ScoreRecord;
  orgCode: string | null;
  values: Map<string, number> | null;
}

const sameValues = (a: Map<string, number>, b: Map<string, number>) =>
  a.size === b.size &&
  [...a].every(([code, v]) => b.has(code) && round2(b.get(code)!) === round2(v));

const hasError = (r: ScoreRecord) => r.problems.some((p) => p.severity === 'error');

/**
 * Finds organisation-years given more than once. Identical repeats are counted once with a warning;
 * differing ones are all rejected, since which one is right cannot be told.
 */
export function markDuplicates(file: string, checked: CheckedRecord[]): CheckedRecord[] {
  const byKey = new Map<string, CheckedRecord[]>();
  for (const c of checked) {
    if (!c.orgCode || c.record.fiscalYear === null) continue;
    const key = `${c.orgCode}|${c.record.fiscalYear}`;
    const group = byKey.get(key);
    if (group) group.push(c);
    else byKey.set(key, [c]);
  }
  const dropped = new Set<CheckedRecord>();
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    const first = group[0]!;
    const rowsOf = (c: CheckedRecord) =>
      `${c.record.sheet !== first.record.sheet && c.record.sheet ? `'${c.record.sheet}' ` : ''}row ${c.record.rows[0]}`;
    const identical = group.every(
      (c) => !hasError(c.record) && c.values && first.values && sameValues(c.values, first.values),
    );
    const where = (c: CheckedRecord) => ({
      file,
      sheet: c.record.sheet,
      row: c.record.rows[0]!,
      column: null,
    });
    const fy = first.record.fiscalYear;
    if (identical) {
      for (const c of group.slice(1)) {
        c.record.problems.push(
          problem(
            'warning',
            where(c),
            `duplicate of ${rowsOf(first)} for ${c.orgCode} in FY ${fy} (same scores); counted once`,
            `ซ้ำกับแถว ${first.record.rows[0]} ของ ${c.orgCode} ปี ${fy} (คะแนนเท่ากัน) นับครั้งเดียว`,
          ),
        );
        dropped.add(c);
      }
      continue;
    }
    const all = group.map((c) => c.record.rows[0]).join(', ');
    for (const c of group)
      c.record.problems.push(
        problem(
          'error',
          where(c),
          `${c.orgCode} in FY ${fy} is given more than once with different scores (rows ${all})`,
          `${c.orgCode} ปี ${fy} มีมากกว่าหนึ่งแถวและคะแนนไม่ตรงกัน (แถว ${all})`,
        ),
      );
  }
  return checked.filter((c) => !dropped.has(c));
}

/** Live imported scores of the given years, by "org|year". Synthetic scores are not compared: real ones always win over them. */
async function currentImported(
  conn: DuckDBConnection,
  years: number[],
): Promise<Map<string, Map<string, number>>> {
  const out = new Map<string, Map<string, number>>();
  if (years.length === 0) return out;
  const reader = await conn.runAndReadAll(
    `SELECT org_code, fiscal_year, code, value FROM score
     WHERE superseded_at IS NULL AND source LIKE 'import:%' AND list_contains(CAST($years AS INTEGER[]), fiscal_year)`,
    { years: JSON.stringify(years) },
  );
  for (const [org, fy, code, value] of reader.getRowsJS()) {
    const key = `${org}|${fy}`;
    if (!out.has(key)) out.set(key, new Map());
    out.get(key)!.set(String(code), Number(value));
  }
  return out;
}

/** The plan: every accepted organisation-year with its change; counts cover organisation-years. */
export async function planChanges(
  conn: DuckDBConnection,
  file: string,
  checked: CheckedRecord[],
): Promise<{ planned: PlannedYear[]; counts: Counts }> {
  const counts: Counts = { new: 0, changed: 0, unchanged: 0, rejected: 0 };
  const accepted = checked.filter(
    (c) => !hasError(c.record) && c.orgCode && c.values && c.record.fiscalYear !== null,
  );
  counts.rejected = checked.length - accepted.length;
  const current = await currentImported(conn, [
    ...new Set(accepted.map((c) => c.record.fiscalYear!)),
  ]);
  const planned: PlannedYear[] = [];
  for (const c of accepted) {
    const fiscalYear = c.record.fiscalYear!;
    const before = current.get(`${c.orgCode}|${fiscalYear}`);
    const values = c.values!;
    const change: Change = !before ? 'new' : sameValues(before, values) ? 'unchanged' : 'changed';
    counts[change]++;
    if (change === 'changed') {
      const dropped = [...before!.keys()].filter((code) => !values.has(code));
      if (dropped.length)
        c.record.problems.push(
          problem(
            'warning',
            { file, sheet: c.record.sheet, row: c.record.rows[0]!, column: null },
            `replaces scores imported earlier; ${dropped.join(', ')} from that import are not in this file and will no longer be current`,
            `แทนที่คะแนนที่นำเข้าก่อนหน้า ซึ่งมี ${dropped.join(', ')} ที่ไฟล์นี้ไม่มี ค่าเหล่านั้นจะไม่ถูกใช้อีก`,
          ),
        );
    }
    planned.push({ orgCode: c.orgCode!, fiscalYear, values, change, record: c.record });
  }
  return { planned, counts };
}
