// What the import page shows for an uploaded measure report before anything is stored: the parse, and what storing it would do.
import type { Database } from '../db/database';
import { ReportInputError } from '../ingest/decode';
import { resolveReport } from '../ingest/parse-report';
import { readReportBudgeted } from '../limits/file-readers';
import { FileLimitError, type LimitKind } from '../limits/limits';
import type { OrgResolver } from '../registry/resolver';
import type { Claim, MeasureRecord, OrgDetection, ReportContract } from '../ingest/types';
import type { UploadedFile } from './upload';

/** The parts of a measure a person checks on the preview. */
export type PreviewMeasure = Pick<
  MeasureRecord,
  | 'seq'
  | 'number_text'
  | 'name_th'
  | 'category'
  | 'categories_other'
  | 'indicators'
  | 'indicator_source'
  | 'responsible'
  | 'status'
  | 'status_evidence'
  | 'status_reason'
  | 'output'
  | 'outcome'
  | 'detail'
>;

export interface ReportPreview {
  ok: true;
  file: string;
  size: number;
  hash: string;
  format: ReportContract['source']['format'];
  encoding: string;
  org: ReportContract['org'];
  detection: OrgDetection;
  fiscal_year: number | null;
  round: ReportContract['round'];
  /** What decided the round; kind document_date is an inference the preview marks as such. */
  round_evidence: ReportContract['round_evidence'];
  period: ReportContract['period'];
  title: string | null;
  measures: PreviewMeasure[];
  claims: Claim[];
  warnings: string[];
  /** The file was stored before (same bytes): storing again changes nothing. */
  already: { file_name: string; loaded_at: string } | null;
  /** Reports in force for the same organisation, year and round, which storing this one would supersede. */
  replaces: { hash: string; file_name: string | null; parsed_at: string }[];
}

export interface ReportPreviewFailure {
  ok: false;
  file: string;
  size: number;
  error: { code: 'unsupported' | 'unreadable' | LimitKind; message: string; message_th: string };
}

/** Thai for the reasons the parser gives in English; unknown reasons get a general Thai lead. */
function thaiReason(message: string): { code: ReportPreviewFailure['error']['code']; th: string } {
  const scanned = /this PDF has (\d+) pages? of images and no text/.exec(message);
  if (scanned)
    return {
      code: 'unsupported',
      th: `ไฟล์ PDF นี้มี ${scanned[1]} หน้าที่เป็นภาพสแกน ไม่มีข้อความ: ให้ทำ OCR ก่อน แล้วอัปโหลดใหม่`,
    };
  if (/PDF is password-protected/.test(message))
    return {
      code: 'unsupported',
      th: 'ไฟล์ PDF มีรหัสผ่าน: ให้บันทึกแบบไม่มีรหัสผ่าน แล้วอัปโหลดใหม่',
    };
  if (/PDF is damaged/.test(message))
    return { code: 'unreadable', th: 'ไฟล์ PDF เสียหาย อ่านไม่ได้: ให้บันทึกหรือส่งออกเป็น PDF ใหม่' };
  if (/\.doc\)|binary Word/.test(message))
    return {
      code: 'unsupported',
      th: 'ยังไม่รองรับไฟล์ Word รุ่นเก่า (.doc): ให้บันทึกเป็น DOCX หรือ HTML ก่อน',
    };
  if (/empty|holds no text/.test(message)) return { code: 'unreadable', th: 'ไฟล์ไม่มีข้อความ' };
  if (/binary file/.test(message))
    return { code: 'unsupported', th: 'ไฟล์นี้ไม่ใช่ข้อความ HTML หรือ DOCX จึงอ่านเป็นรายงานไม่ได้' };
  return { code: 'unreadable', th: 'อ่านไฟล์นี้เป็นรายงานไม่ได้' };
}

export function previewFailure(
  file: UploadedFile,
  err: ReportInputError | FileLimitError,
): ReportPreviewFailure {
  if (err instanceof FileLimitError)
    return {
      ok: false,
      file: file.name,
      size: file.bytes.length,
      error: { code: err.kind, message: err.sentence, message_th: err.sentence_th },
    };
  const { code, th } = thaiReason(err.message);
  return {
    ok: false,
    file: file.name,
    size: file.bytes.length,
    error: { code, message: err.message, message_th: th },
  };
}

const text = (v: unknown) => (v === null || v === undefined ? null : String(v));

/** Parses the upload and looks up what storing it would do. Writes nothing. */
export async function previewReportUpload(
  db: Database,
  file: UploadedFile,
  resolver: OrgResolver,
): Promise<ReportPreview | ReportPreviewFailure> {
  let parsed;
  try {
    // Read in the budgeted worker: a hostile file ends the worker, not the server.
    parsed = resolveReport(await readReportBudgeted(file.name, file.bytes), resolver);
  } catch (err) {
    if (err instanceof ReportInputError || err instanceof FileLimitError)
      return previewFailure(file, err);
    throw err;
  }
  const { report, record } = parsed;
  const hash = report.source.sha256;
  const { already, replaces } = await db.withConnection(async (conn) => {
    const batch = (
      await conn.runAndReadAll(
        `SELECT file_name, strftime(loaded_at, '%Y-%m-%dT%H:%M:%SZ') FROM import_batch WHERE hash = $h
         UNION ALL
         SELECT file_name, strftime(parsed_at, '%Y-%m-%dT%H:%M:%SZ') FROM report WHERE hash = $h
         LIMIT 1`,
        { h: hash },
      )
    ).getRowsJS()[0];
    const older =
      report.org.code && report.fiscal_year !== null
        ? (
            await conn.runAndReadAll(
              `SELECT hash, file_name, strftime(parsed_at, '%Y-%m-%dT%H:%M:%SZ') FROM report_current
               WHERE org_code = $org AND fiscal_year = $fy AND round IS NOT DISTINCT FROM $round
                 AND source LIKE 'report:%' AND hash <> $h
               ORDER BY parsed_at`,
              { org: report.org.code, fy: report.fiscal_year, round: report.round, h: hash },
            )
          ).getRowsJS()
        : [];
    return {
      already: batch ? { file_name: String(batch[0] ?? ''), loaded_at: String(batch[1]) } : null,
      replaces: older.map((r) => ({
        hash: String(r[0]),
        file_name: text(r[1]),
        parsed_at: String(r[2]),
      })),
    };
  });
  return {
    ok: true,
    file: report.source.file,
    size: file.bytes.length,
    hash,
    format: report.source.format,
    encoding: report.source.encoding,
    org: report.org,
    detection: record.org,
    fiscal_year: report.fiscal_year,
    round: report.round,
    round_evidence: report.round_evidence,
    period: report.period,
    title: record.title,
    measures: record.measures.map((m) => ({
      seq: m.seq,
      number_text: m.number_text,
      name_th: m.name_th,
      category: m.category,
      categories_other: m.categories_other,
      indicators: m.indicators,
      indicator_source: m.indicator_source,
      responsible: m.responsible,
      status: m.status,
      status_evidence: m.status_evidence,
      status_reason: m.status === 'not_possible' ? m.status_reason : null,
      output: m.output,
      outcome: m.outcome,
      detail: m.detail,
    })),
    claims: report.claims,
    warnings: report.warnings,
    already,
    replaces: already ? [] : replaces,
  };
}
