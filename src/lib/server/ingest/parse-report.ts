// Parses one measure report file (text, HTML, DOCX or PDF) into the parse-report contract and the richer record behind it.
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { OrgResolver } from '../registry/resolver';
import type { Block } from './blocks';
import { findClaims, measureTableScores } from './claims';
import { decodeReport, ReportInputError } from './decode';
import { htmlToBlocks } from './html-tables';
import { buildMeasures } from './measure-build';
import { splitDocument, type DocumentParts } from './measure-tables';
import { findOrgClues, resolveOrg, type OrgClues } from './org-detect';
import { registryResolver } from './org-registry';
import { detectTiming } from './report-timing';
import { textToBlocks } from './text-tables';
import type {
  ContractMeasure,
  MeasureRecord,
  ParsedReportFile,
  ReportContract,
  ReportRecord,
} from './types';

/** Stored with every report (report.parser_version) so that re-parsing after a parser change can be planned. */
export const PARSER_VERSION = 'measure-report/1';

/** Files larger than this are not reports (and would only make the parser slow). */
const MAX_BYTES = 25 * 1024 * 1024;
/** Title lines are the short lines before the first measure table. */
const TITLE_MAX_CHARS = 200;
const TITLE_MAX_LINES = 8;

export interface ParseOptions {
  /** Resolves the organisation; defaults to the national subdistrict registry (no database needed). */
  resolver?: OrgResolver;
}

export type ReportInput = string | { name: string; bytes: Uint8Array };

/** The short lines that open the document, up to its first paragraph of prose or its first table; a memo's เรื่อง line first. */
function titleLines(parts: DocumentParts): string[] {
  const before = parts.narrative.filter((l) => l.section === 0).map((l) => l.text);
  const firstProse = before.findIndex((l) => l.length > TITLE_MAX_CHARS);
  const head = (firstProse === -1 ? before : before.slice(0, firstProse)).slice(0, TITLE_MAX_LINES);
  const subject = before.filter((l) => /^เรื่อง/.test(l));
  return [...new Set([...subject, ...head])];
}

function contractMeasure(m: MeasureRecord): ContractMeasure {
  return {
    seq: m.seq,
    name_th: m.name_th,
    category: m.category,
    indicators: m.indicators,
    indicator_source: m.indicator_source,
    responsible: m.responsible,
    monitoring_rounds: m.monitoring_rounds,
    output: m.output,
    outcome: m.outcome,
    status: m.status,
    status_evidence: m.status_evidence,
    status_reason: m.status_reason,
  };
}

/** Why a file could not be read, in plain words. */
export function readFailure(err: NodeJS.ErrnoException): string {
  if (err.code === 'ENOENT') return 'no such file';
  if (err.code === 'EACCES' || err.code === 'EPERM')
    return 'permission denied: the file cannot be read';
  return `cannot read the file (${err.code ?? err.message})`;
}

/** Reads a file from disk (path) or from memory ({name, bytes}, as an upload gives it). */
export async function parseReportFile(
  input: ReportInput,
  opts: ParseOptions = {},
): Promise<ParsedReportFile> {
  if (typeof input !== 'string') return parseReportBytes(input.name, input.bytes, opts);
  let bytes: Uint8Array;
  try {
    const stat = await fs.stat(input);
    if (stat.isDirectory()) throw new ReportInputError(input, 'this is a folder, not a file');
    if (stat.size > MAX_BYTES)
      throw new ReportInputError(input, `the file is larger than ${MAX_BYTES / 1024 / 1024} MB`);
    bytes = await fs.readFile(input);
  } catch (err) {
    if (err instanceof ReportInputError) throw err;
    throw new ReportInputError(input, readFailure(err as NodeJS.ErrnoException));
  }
  return parseReportBytes(input, bytes, opts);
}

export async function parseReportBytes(
  file: string,
  bytes: Uint8Array,
  opts: ParseOptions = {},
): Promise<ParsedReportFile> {
  return resolveReport(
    await readReportBytes(file, bytes),
    () => opts.resolver ?? registryResolver(),
  );
}

/**
 * A report read up to its organisation: everything but the registry lookup, with the clues the text gives. The
 * parse pool's workers stop here, so that one resolver in the calling thread serves them all (a resolver holds the
 * whole org table and takes a moment to build).
 */
export interface ReadReport {
  parsed: ParsedReportFile;
  clues: OrgClues;
}

/** Reads a report's bytes up to its organisation (see resolveReport). */
export async function readReportBytes(file: string, bytes: Uint8Array): Promise<ReadReport> {
  if (bytes.length > MAX_BYTES)
    throw new ReportInputError(file, `the file is larger than ${MAX_BYTES / 1024 / 1024} MB`);
  const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
  const decoded = await decodeReport(bytes, file);
  const blocks: Block[] =
    decoded.blocks ??
    (decoded.format === 'txt' ? textToBlocks(decoded.content) : htmlToBlocks(decoded.content));
  return readBlocks(blocks, {
    file,
    sha256,
    format: decoded.format,
    encoding: decoded.encoding,
    warnings: decoded.warnings,
  });
}

/**
 * Finds the organisation of a read report in the registry and completes it. The resolver may be given lazily:
 * building the national one takes a moment, and text without a name needs none.
 */
export function resolveReport(
  { parsed, clues }: ReadReport,
  resolver: OrgResolver | (() => OrgResolver),
): ParsedReportFile {
  const found = resolveOrg(clues, resolver);
  const org = found.org;
  return {
    report: {
      ...parsed.report,
      org: {
        code: org?.code ?? null,
        name_th: org?.name_th ?? null,
        tambon_code: org && org.type === 'sao' && /^\d{6}$/.test(org.code) ? org.code : null,
        district_th: org?.district_th ?? null,
        province_th: org?.province_th ?? null,
      },
      warnings: [...parsed.report.warnings, ...found.warnings],
    },
    record: { ...parsed.record, org: found.detection },
  };
}

interface BlockSource {
  file: string;
  sha256: string;
  format: ReportContract['source']['format'];
  encoding: string;
  warnings: string[];
}

function readBlocks(blocks: Block[], src: BlockSource): ReadReport {
  const warnings = [...src.warnings];
  const parts = splitDocument(blocks);
  warnings.push(...parts.warnings);
  const title = titleLines(parts);
  const narrative = parts.narrative.map((l) => l.text);
  const resultLabels = parts.tables.flatMap((t) =>
    t.header.labels.filter((_, i) =>
      ['result', 'output', 'outcome', 'status', 'detail'].includes(t.header.roles[i] ?? ''),
    ),
  );
  // A plan's period column gives the planned timing; the result tables' gives the period reported on.
  const withResults = parts.tables.filter((t) =>
    t.header.roles.some((r) => r === 'result' || r === 'output' || r === 'outcome'),
  );
  const periodCells = (withResults.length > 0 ? withResults : parts.tables).flatMap((t) =>
    t.rows.flatMap((r) => r.cells.filter((_, i) => t.header.roles[i] === 'period')),
  );
  const timing = detectTiming(title, narrative, { resultLabels, periodCells });
  warnings.push(...timing.warnings);

  // Indicator names changed in 2567; a report analyses the assessment of the year before its own.
  const indicatorYear = timing.fiscal_year !== null ? timing.fiscal_year - 1 : null;
  const claims = [
    ...findClaims(parts.narrative, parts.otherTables, indicatorYear, timing.fiscal_year),
    ...measureTableScores(parts.tables, indicatorYear),
  ];
  const measures = buildMeasures(parts.tables, { indicatorYear }, warnings);
  if (parts.tables.length === 0)
    warnings.push('no measure table (a table with a มาตรการ column) was found');

  // Letterheads and signature blocks are often tables (a memo laid out in Word): their cells count as text.
  const otherCells = parts.otherTables.flatMap((t) => t.rows.map((r) => r.join(' ')));
  let clues = findOrgClues([...narrative, ...otherCells].join('\n'));
  if (!clues.name || !clues.abbreviation) {
    const cells = parts.tables.flatMap((t) => t.rows.flatMap((r) => r.cells));
    const inTables = findOrgClues(cells.join('\n'));
    clues = clues.name
      ? { ...clues, abbreviation: inTables.abbreviation }
      : { ...inTables, abbreviation: clues.abbreviation ?? inTables.abbreviation };
  }

  const report: ReportContract = {
    source: {
      file: path.basename(src.file),
      sha256: src.sha256,
      format: src.format,
      encoding: src.encoding,
    },
    org: { code: null, name_th: null, tambon_code: null, district_th: null, province_th: null },
    fiscal_year: timing.fiscal_year,
    round: timing.round,
    round_evidence: timing.round_evidence,
    period: timing.period,
    measures: measures.map(contractMeasure),
    claims,
    warnings,
  };
  const record: ReportRecord = {
    measures,
    // Until resolveReport looks the clues up.
    org: {
      name_text: null,
      district_text: null,
      province_text: null,
      province_abbreviation: null,
      status: 'not_found',
      matched_by: null,
      candidates: [],
    },
    title: title.join('\n') || null,
    parser_version: PARSER_VERSION,
  };
  return { parsed: { report, record }, clues };
}
