// The score import for the web: options read from the upload form, the library's preview or commit, unreadable files explained.
import type { Database } from '../db/database';
import {
  commitScoreImport,
  previewScoreImport,
  type ScoreImportOptions,
  type ScoreImportSummary,
} from '../import/import-scores';
import { UnreadableFileError } from '../import/read-sheets';
import { FileLimitError, type LimitKind } from '../limits/limits';
import { toArabicDigits } from '../../thai/digits';
import type { UploadedFile, UploadFields } from './upload';

export type ScoreUploadResult =
  | ({ ok: true } & ScoreImportSummary)
  | {
      ok: false;
      file: string;
      error: { code: 'unreadable' | LimitKind; message: string; message_th: string };
    };

/** A form value that names a wrong option; the page shows it beside the field. */
export class ScoreOptionError extends Error {
  constructor(
    readonly param: string,
    message: string,
    readonly message_th: string,
  ) {
    super(message);
  }
}

const isChecked = (v: FormDataEntryValue | null) =>
  typeof v === 'string' && ['on', 'true', '1', 'yes'].includes(v.toLowerCase());

/** add_orgs (checkbox), strict (checkbox), year (BE or CE, optional) from the upload form. */
export function scoreOptions(form: UploadFields): ScoreImportOptions {
  const raw = form.get('year');
  let year: number | null = null;
  if (typeof raw === 'string' && raw.trim() !== '') {
    const text = toArabicDigits(raw.trim());
    if (!/^\d{4}$/.test(text))
      throw new ScoreOptionError(
        'year',
        `'year' must be a fiscal year such as 2567 (BE) or 2024 (CE), not '${raw}'`,
        `ปีงบประมาณต้องเป็นตัวเลข 4 หลัก เช่น 2567 (พ.ศ.) หรือ 2024 (ค.ศ.) ไม่ใช่ '${raw}'`,
      );
    year = Number(text);
  }
  return { addOrgs: isChecked(form.get('add_orgs')), strict: isChecked(form.get('strict')), year };
}

async function run(
  fn: () => Promise<ScoreImportSummary>,
  file: UploadedFile,
): Promise<ScoreUploadResult> {
  try {
    return { ok: true, ...(await fn()) };
  } catch (err) {
    // Too large or too slow: the limit and its number, said before any row is looked at.
    if (err instanceof FileLimitError)
      return {
        ok: false,
        file: file.name,
        error: { code: err.kind, message: err.sentence, message_th: err.sentence_th },
      };
    if (!(err instanceof UnreadableFileError)) throw err;
    // The library's message is "<file>: <English> / <Thai>".
    const body = err.message.startsWith(`${file.name}: `)
      ? err.message.slice(file.name.length + 2)
      : err.message;
    const [en, th] = body.split(' / ');
    return {
      ok: false,
      file: file.name,
      error: { code: 'unreadable', message: en ?? body, message_th: th ?? en ?? body },
    };
  }
}

/** The dry run: what importing the file would do. Writes nothing. */
export function previewScoreUpload(
  db: Database,
  file: UploadedFile,
  opts: ScoreImportOptions,
): Promise<ScoreUploadResult> {
  return run(() => previewScoreImport(db, file, opts), file);
}

/** Imports the file in one transaction (accepted rows; none at all under strict when a row has an error). */
export function commitScoreUpload(
  db: Database,
  file: UploadedFile,
  opts: ScoreImportOptions,
): Promise<ScoreUploadResult> {
  return run(() => commitScoreImport(db, file, opts), file);
}
