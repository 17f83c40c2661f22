// The score import: reads a file, explains what it found, and (unless it is a dry run) commits it in one transaction.
import crypto from 'node:crypto';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Database } from '../db/database';
import type { Actor } from '../auth/actor';
import { frameworksByYear } from '../frameworks/load';
import {
  loadOrgRecords,
  loadResolver,
  type OrgRecord,
  type OrgResolver,
} from '../registry/resolver';
import { buildVocabulary, meaningLabel, type Vocabulary } from './column-meaning';
import { checkScores } from './check-scores';
import { hasWork, writeImport, type WriteInput } from './commit';
import { contextYear, locateHeader, type Shape } from './find-header';
import { OrgMatcher } from './org-match';
import {
  markDuplicates,
  planChanges,
  type CheckedRecord,
  type Counts,
  type PlannedYear,
} from './plan';
import { columnLetter, problem, sortProblems, type Problem } from './problems';
import { readSheetsBudgeted } from '../limits/file-readers';
import { readRecords, type ScoreRecord } from './score-records';
import { describeYears } from './year-assumption';

export interface ScoreFile {
  /** The name shown in problems (a path or an uploaded file's name). */
  name: string;
  bytes: Uint8Array;
}

export interface ScoreImportOptions {
  /** Add agencies that are not SAOs (municipalities, PAOs) to the registry when the file gives their type. */
  addOrgs?: boolean;
  /** Fiscal year (BE or CE) for rows that carry none and whose sheet title names none. */
  year?: number | null;
  /** Write nothing when any row has an error (default: write the accepted rows, list the rejected ones). */
  strict?: boolean;
  /** Test hook: called before each organisation-year is written; throwing rolls the whole import back. */
  onBeforeWrite?: WriteInput['onBeforeWrite'];
  /** The organisations' resolver when the caller keeps one (the server's, rebuilt only when organisations change). */
  resolver?: OrgResolver;
  /** Who writes, for the audit log (default: the command line's user). */
  actor?: Actor;
}

/**
 * Lets other work of the process run between slices of a long analysis: in the server, a 10k-row file read and
 * checked in one go held every page request for ~1 s (stalls of 160-460 ms).
 */
const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
/** Records checked between two yields (~10-20 ms of work). */
const CHECK_SLICE = 500;

export interface SheetSummary {
  name: string | null;
  shape: Shape | null;
  header_row: number | null;
  header_rows: number | null;
  records: number;
}

/**
 * The import summary. The keys shape, year_basis, columns, counts and problems are the stable contract of
 * `ita import-scores --json`; the other keys add detail and may grow.
 * Counts are organisation-years: new = no imported scores for it yet (synthetic ones do not count),
 * changed = imported scores exist and differ, unchanged = imported scores exist and are equal,
 * rejected = an organisation-year (a wide row, or a long group of rows) with at least one error.
 */
export interface ScoreImportSummary {
  shape: Shape;
  year_basis: 'BE' | 'CE';
  columns: Record<string, string>;
  counts: Counts;
  problems: Problem[];
  file: string;
  hash: string;
  format: 'csv' | 'xlsx';
  encoding: string | null;
  year_assumption: string;
  sheets: SheetSummary[];
  orgs_added: {
    code: string;
    name_th: string;
    type: string;
    province_th: string;
    sheet: string | null;
    row: number;
  }[];
  /** True when this call wrote to the database. */
  committed: boolean;
}

export interface ScoreImportAnalysis {
  summary: ScoreImportSummary;
  planned: PlannedYear[];
  write: WriteInput;
}

let vocabulary: Vocabulary | null = null;

async function orgsByCode(conn: DuckDBConnection): Promise<Map<string, OrgRecord>> {
  return new Map((await loadOrgRecords(conn)).map((o) => [o.code, o]));
}

/** Reads and checks a file against the database without writing anything. */
export async function analyseScoreFile(
  conn: DuckDBConnection,
  file: ScoreFile,
  opts: ScoreImportOptions = {},
  resolver?: OrgResolver,
): Promise<ScoreImportAnalysis> {
  const frameworks = frameworksByYear();
  vocabulary ??= buildVocabulary(frameworks.values());
  const vocab = vocabulary;
  const hash = crypto.createHash('sha256').update(file.bytes).digest('hex');
  // In the budgeted worker: a hostile workbook ends the worker (too large / too slow), never this process.
  const read = await readSheetsBudgeted(file.name, file.bytes);
  await yieldToLoop();
  const fileProblems: Problem[] = [];
  for (const w of read.warnings)
    fileProblems.push(
      problem(
        'warning',
        { file: file.name, sheet: null, row: null, column: null },
        w.message,
        w.message_th,
      ),
    );
  const columns: Record<string, string> = {};
  const sheets: SheetSummary[] = [];
  const records: ScoreRecord[] = [];

  for (const sheet of read.sheets) {
    for (const n of sheet.notes)
      fileProblems.push(
        problem(
          'warning',
          { file: file.name, sheet: sheet.name, row: n.row, column: columnLetter(n.col) },
          n.message,
          n.message_th,
        ),
      );
    const layout = locateHeader(sheet, vocab);
    if (!layout) {
      const hasData = sheet.rows.some((r) => r.some((c) => c !== null && String(c).trim() !== ''));
      // A file of one sheet gets the file-level error below instead.
      if (hasData && read.sheets.length > 1)
        fileProblems.push(
          problem(
            'warning',
            { file: file.name, sheet: sheet.name, row: null, column: null },
            'no score table found (a header naming organisations and scores); sheet skipped',
            'ไม่พบตารางคะแนน (แถวหัวตารางที่มีชื่อหน่วยงานและคะแนน) จึงข้ามชีตนี้',
          ),
        );
      sheets.push({
        name: sheet.name,
        shape: null,
        header_row: null,
        header_rows: null,
        records: 0,
      });
      continue;
    }
    for (const col of layout.columns) {
      if (!col.header) continue;
      columns[col.header] ??= meaningLabel(col.meaning);
      if (col.meaning.kind === 'ignored' && !col.meaning.known)
        fileProblems.push(
          problem(
            'warning',
            { file: file.name, sheet: sheet.name, row: layout.headerRow, column: col.letter },
            `column "${col.header}" is not recognised; ignored`,
            `ไม่รู้จักคอลัมน์ "${col.header}" จึงไม่นำเข้า`,
          ),
        );
    }
    const ctxYear = contextYear(sheet, layout);
    const got = readRecords({
      file: file.name,
      sheet,
      layout,
      contextYear: ctxYear,
      optionYear: opts.year ?? null,
      vocab,
    });
    // A loop, not push(...items): spreading 120,000 records as arguments overflows the call stack.
    for (const p of got.problems) fileProblems.push(p);
    for (const r of got.records) records.push(r);
    // The records hold what the rows said: the rows themselves (~1 KB per line of a wide file) are let go now,
    // so that a 500,000-line file does not keep both for the whole check.
    sheet.rows = [];
    await yieldToLoop();
    sheets.push({
      name: sheet.name,
      shape: layout.shape,
      header_row: layout.headerRow,
      header_rows: layout.headerRows,
      records: got.records.length,
    });
  }
  if (sheets.every((s) => s.shape === null))
    fileProblems.push(
      problem(
        'error',
        { file: file.name, sheet: null, row: null, column: null },
        'no score table found: the header must name the organisation (รหัส/ชื่อหน่วยงาน) and give scores (ตัวชี้วัดที่ 1, คะแนนรวม...) or indicator and score columns',
        'ไม่พบตารางคะแนน: หัวตารางต้องมีรหัสหรือชื่อหน่วยงาน และคะแนน (ตัวชี้วัดที่ 1, คะแนนรวม...) หรือคอลัมน์ตัวชี้วัดกับคะแนน',
      ),
    );

  resolver ??= opts.resolver ?? (await loadResolver(conn));
  const matcher = new OrgMatcher({
    file: file.name,
    resolver,
    orgsByCode: await orgsByCode(conn),
    addOrgs: opts.addOrgs ?? false,
  });
  const checked: CheckedRecord[] = [];
  for (const [i, record] of records.entries()) {
    if (i % CHECK_SLICE === CHECK_SLICE - 1) await yieldToLoop();
    const orgCode =
      record.orgCode !== null || record.orgName !== null ? matcher.match(record) : null;
    let values: Map<string, number> | null = null;
    if (record.fiscalYear !== null) {
      const fw = frameworks.get(record.fiscalYear);
      if (fw) values = checkScores(file.name, record, fw).values;
      else {
        const known = [...frameworks.keys()].sort();
        record.problems.push(
          problem(
            'error',
            { file: file.name, sheet: record.sheet, row: record.rows[0]!, column: null },
            `no ITA framework for FY ${record.fiscalYear} (frameworks exist for ${known[0]}-${known[known.length - 1]})`,
            `ไม่มีกรอบการประเมิน ITA ของปีงบประมาณ ${record.fiscalYear} (มีปี ${known[0]}-${known[known.length - 1]})`,
          ),
        );
      }
    }
    checked.push({ record, orgCode, values });
  }
  const kept = markDuplicates(file.name, checked);
  const { planned, counts } = await planChanges(conn, file.name, kept);

  const years = describeYears(records, opts.year ?? null);
  if (years.mixed)
    fileProblems.push(
      problem(
        'warning',
        { file: file.name, sheet: null, row: null, column: null },
        'the file mixes Buddhist Era and Christian Era years; each was converted on its own',
        'ไฟล์มีทั้งปี พ.ศ. และ ค.ศ. ปนกัน แต่ละค่าถูกแปลงแยกกัน',
      ),
    );
  // Only organisations that some accepted row needs are added.
  const usedCodes = new Set(planned.map((p) => p.orgCode));
  const newOrgs = [...matcher.added.values()].filter((o) => usedCodes.has(o.code));
  const problems = sortProblems(
    [...fileProblems, ...records.flatMap((r) => r.problems)],
    read.sheets.map((s) => s.name),
  );
  const summary: ScoreImportSummary = {
    shape: sheets.find((s) => s.shape !== null)?.shape ?? 'wide',
    year_basis: years.basis,
    columns,
    counts,
    problems,
    file: file.name,
    hash,
    format: read.format,
    encoding: read.encoding ?? null,
    year_assumption: years.text,
    sheets,
    orgs_added: newOrgs.map((o) => ({
      code: o.code,
      name_th: o.name_th,
      type: o.type,
      province_th: o.province_th,
      sheet: o.sheet,
      row: o.row,
    })),
    committed: false,
  };
  const write: WriteInput = {
    source: `import:${hash}`,
    hash,
    fileName: file.name,
    planned,
    newOrgs,
    summaryJson: JSON.stringify({
      shape: summary.shape,
      year_basis: summary.year_basis,
      counts,
      problems: problems.length,
    }),
    onBeforeWrite: opts.onBeforeWrite,
  };
  return { summary, planned, write };
}

/** What a preview screen shows: the summary of importing the file, with nothing written. */
export async function previewScoreImport(
  db: Database,
  file: ScoreFile,
  opts: ScoreImportOptions = {},
): Promise<ScoreImportSummary> {
  return db.withConnection(async (conn) => (await analyseScoreFile(conn, file, opts)).summary);
}

/**
 * Imports run one at a time per process. The plan is made from what is live before writing; two uploads
 * planned side by side would both see an organisation-year as new and both write it. (Other processes
 * cannot write: DuckDB locks the database file to one writing process.)
 */
let importQueue: Promise<unknown> = Promise.resolve();

function oneAtATime<T>(fn: () => Promise<T>): Promise<T> {
  const run = importQueue.then(fn, fn);
  importQueue = run.catch(() => undefined);
  return run;
}

/**
 * Imports the file: every accepted organisation-year is written in one transaction, or nothing is.
 * Rejected rows do not stop the others (unless opts.strict); they are listed in the summary's problems.
 * summary.committed tells whether anything was written.
 */
export async function commitScoreImport(
  db: Database,
  file: ScoreFile,
  opts: ScoreImportOptions = {},
): Promise<ScoreImportSummary> {
  return oneAtATime(() =>
    db.withConnection(async (conn) => {
      const { summary, write } = await analyseScoreFile(conn, file, opts);
      if (opts.strict && summary.problems.some((p) => p.severity === 'error')) return summary;
      if (!hasWork(write)) return summary;
      await writeImport(conn, write, opts.actor);
      return { ...summary, committed: true };
    }),
  );
}
