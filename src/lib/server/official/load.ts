// Reads and checks the NACC's published figures in data/official/*.csv; a bad cell is an error naming file, row and column.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseCsv } from '../import/read-csv';
import { parseOrgType } from '../import/org-type';
import { projectPath } from '../paths';

export interface OfficialSource {
  doc: string;
  fiscal_year: number;
  publisher_th: string;
  publisher_en: string;
  title_th: string;
  title_en: string;
  url: string;
  corpus: string;
}

export interface OfficialNational {
  fiscal_year: number;
  agencies: number | null;
  mean_total: number;
  delta_prev: number | null;
  level_label: string | null;
  passed: number | null;
  /** 0-1 (the file writes a percentage). */
  pass_share: number | null;
  plan_target: string | null;
  source_doc: string;
  source_note: string;
}

export interface OfficialByType {
  report_year: number;
  org_type_th: string;
  /** This app's organisation type (org.type) when the report's type is one the app knows; null otherwise. */
  type: string | null;
  fiscal_year: number;
  agencies: number | null;
  mean_total: number;
  pass_share: number | null;
  source_doc: string;
  note: string | null;
}

export interface OfficialRating {
  fiscal_year: number;
  rating: string;
  /** 1 = best: the order of the rows within their year, which is the order the report prints them in. */
  rank: number;
  agencies: number;
  share: number;
  source_doc: string;
}

export interface OfficialFigures {
  sources: OfficialSource[];
  national: OfficialNational[];
  byType: OfficialByType[];
  ratings: OfficialRating[];
  /** sha256 over the four files, so start-up rewrites the tables only when a file changed. */
  hash: string;
}

export const OFFICIAL_FILES = {
  sources: 'sources.csv',
  national: 'national_by_year.csv',
  byType: 'by_org_type.csv',
  ratings: 'rating_distribution.csv',
} as const;

export class OfficialDataError extends Error {
  constructor(
    readonly file: string,
    readonly row: number | null,
    readonly field: string | null,
    problem: string,
  ) {
    super(
      `${file}${row === null ? '' : `, row ${row}`}${field === null ? '' : `, column ${field}`}: ${problem}`,
    );
  }
}

type Kind =
  'text' | 'text?' | 'year' | 'year?' | 'count?' | 'score' | 'score?' | 'signed?' | 'percent?';
type Cell = string | number | null;

/** Reads one cell of a kind; throws with what was wrong and what the cell should hold. */
function readCell(raw: string, kind: Kind, fail: (problem: string) => never): Cell {
  const text = raw.trim();
  const optional = kind.endsWith('?');
  if (text === '') {
    if (optional) return null;
    fail('is empty, but every row needs it');
  }
  const base = kind.replace('?', '');
  if (base === 'text') return text;
  const value = Number(text);
  if (!/^[+-]?\d+(\.\d+)?$/.test(text) || !Number.isFinite(value))
    fail(`"${text}" is not a number (write digits with a decimal point, no thousands separator)`);
  if (base === 'year' && (!Number.isInteger(value) || value < 2500 || value > 2700))
    fail(`"${text}" is not a Buddhist-Era fiscal year such as 2566`);
  if (base === 'count' && (!Number.isInteger(value) || value < 0))
    fail(`"${text}" is not a whole number of agencies`);
  if ((base === 'score' || base === 'percent') && (value < 0 || value > 100))
    fail(`"${text}" is outside 0-100`);
  if (base === 'signed' && Math.abs(value) > 100) fail(`"${text}" is outside -100 to 100`);
  // Rounded so that 68.09 % is stored as 0.6809, not 0.6809000000000001.
  return base === 'percent' ? Number((value / 100).toFixed(6)) : value;
}

/** The rows of one CSV as objects keyed by its header, each cell checked against its kind. */
function readTable<K extends string>(
  dir: string,
  name: string,
  columns: Record<K, Kind>,
): { rows: Record<K, Cell>[]; text: string; file: string } {
  const file = path.join(dir, name);
  if (!fs.existsSync(file)) throw new OfficialDataError(file, null, null, 'the file is missing');
  const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const records = parseCsv(text, ',').filter((r) => r.some((c) => c.trim() !== ''));
  const header = (records[0] ?? []).map((h) => h.trim());
  for (const c of Object.keys(columns))
    if (!header.includes(c))
      throw new OfficialDataError(file, 1, c, `the header has no column "${c}"`);
  const rows = records.slice(1).map((cells, i) => {
    const row = i + 2;
    if (cells.length !== header.length)
      throw new OfficialDataError(
        file,
        row,
        null,
        `has ${cells.length} cells but the header has ${header.length} (a comma inside a cell must be in quotes)`,
      );
    const out = {} as Record<K, Cell>;
    for (const [c, kind] of Object.entries(columns) as [K, Kind][]) {
      const fail = (problem: string): never => {
        throw new OfficialDataError(file, row, c, problem);
      };
      out[c] = readCell(cells[header.indexOf(c)] ?? '', kind, fail);
    }
    return out;
  });
  return { rows, text, file };
}

/** The transcribed document a source_file cell names ("cabinet-ita-2566.txt", or a note that mentions one). */
function sourceDoc(cell: string, known: Set<string>, fail: (problem: string) => never): string {
  const doc = cell.match(/[\w.-]+\.txt/)?.[0];
  if (!doc) fail(`"${cell}" names no source document (a .txt file listed in sources.csv)`);
  if (!known.has(doc)) fail(`"${doc}" is not listed in sources.csv`);
  return doc;
}

/** Every official figure, checked: numbers in range, each source listed, one row per key. */
export function loadOfficialFigures(
  dir: string = projectPath('data', 'official'),
): OfficialFigures {
  const src = readTable(dir, OFFICIAL_FILES.sources, {
    doc: 'text',
    fiscal_year: 'year',
    publisher_th: 'text',
    publisher_en: 'text',
    title_th: 'text',
    title_en: 'text',
    url: 'text',
    corpus: 'text',
  });
  const sources = src.rows as unknown as OfficialSource[];
  const known = new Set(sources.map((s) => s.doc));
  for (const [i, s] of sources.entries())
    if (!fs.existsSync(path.join(dir, s.doc)))
      throw new OfficialDataError(src.file, i + 2, 'doc', `"${s.doc}" is not in ${dir}`);

  const nat = readTable(dir, OFFICIAL_FILES.national, {
    year_be: 'year',
    agencies_assessed: 'count?',
    national_avg: 'score',
    delta_vs_prev: 'signed?',
    avg_level_label: 'text?',
    passed_85_count: 'count?',
    passed_85_pct: 'percent?',
    plan_target: 'text?',
    source_file: 'text',
  });
  const national = nat.rows.map((r, i) => ({
    fiscal_year: r.year_be as number,
    agencies: r.agencies_assessed as number | null,
    mean_total: r.national_avg as number,
    delta_prev: r.delta_vs_prev as number | null,
    level_label: r.avg_level_label as string | null,
    passed: r.passed_85_count as number | null,
    pass_share: r.passed_85_pct as number | null,
    plan_target: r.plan_target as string | null,
    source_doc: sourceDoc(r.source_file as string, known, (p) => {
      throw new OfficialDataError(nat.file, i + 2, 'source_file', p);
    }),
    source_note: r.source_file as string,
  }));
  unique(nat.file, national, (r) => String(r.fiscal_year), 'year_be');

  const bt = readTable(dir, OFFICIAL_FILES.byType, {
    report_year_be: 'year',
    org_type_th: 'text',
    agencies: 'count?',
    avg_score: 'score',
    year_of_avg_be: 'year',
    pct_passed_85: 'percent?',
    source_file: 'text',
    note: 'text?',
  });
  const byType = bt.rows.map((r, i) => ({
    report_year: r.report_year_be as number,
    org_type_th: r.org_type_th as string,
    type: parseOrgType(r.org_type_th as string),
    fiscal_year: r.year_of_avg_be as number,
    agencies: r.agencies as number | null,
    mean_total: r.avg_score as number,
    pass_share: r.pct_passed_85 as number | null,
    source_doc: sourceDoc(r.source_file as string, known, (p) => {
      throw new OfficialDataError(bt.file, i + 2, 'source_file', p);
    }),
    note: r.note as string | null,
  }));
  unique(
    bt.file,
    byType,
    (r) => `${r.report_year}|${r.org_type_th}|${r.fiscal_year}`,
    'report_year_be, org_type_th, year_of_avg_be',
  );

  const rd = readTable(dir, OFFICIAL_FILES.ratings, {
    year_be: 'year',
    rating: 'text',
    count: 'count?',
    pct: 'percent?',
    source_file: 'text',
  });
  const ratings = rd.rows.map((r, i) => {
    const fail = (field: string) => (p: string) => {
      throw new OfficialDataError(rd.file, i + 2, field, p);
    };
    if (r.count === null) fail('count')('is empty, but every row needs it');
    if (r.pct === null) fail('pct')('is empty, but every row needs it');
    return {
      fiscal_year: r.year_be as number,
      rating: r.rating as string,
      rank: rd.rows.slice(0, i + 1).filter((x) => x.year_be === r.year_be).length,
      agencies: r.count as number,
      share: r.pct as number,
      source_doc: sourceDoc(r.source_file as string, known, fail('source_file')),
    };
  });
  unique(rd.file, ratings, (r) => `${r.fiscal_year}|${r.rating}`, 'year_be, rating');

  const hash = crypto
    .createHash('sha256')
    .update([src.text, nat.text, bt.text, rd.text].join('\u0000'))
    .digest('hex');
  return { sources, national, byType, ratings, hash };
}

function unique<T>(file: string, rows: T[], key: (r: T) => string, columns: string): void {
  const seen = new Map<string, number>();
  rows.forEach((r, i) => {
    const k = key(r);
    const first = seen.get(k);
    if (first !== undefined)
      throw new OfficialDataError(
        file,
        i + 2,
        columns,
        `repeats row ${first} (${k.replaceAll('|', ', ')}): keep one row per ${columns}`,
      );
    seen.set(k, i + 2);
  });
}
