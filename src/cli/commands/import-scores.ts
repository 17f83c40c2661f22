// ita import-scores: load real ITA scores from a CSV or XLSX file (dry run, JSON summary, adding non-SAO agencies).
import fs from 'node:fs';
import path from 'node:path';
import { UsageError, flag, hasFlag } from '../args';
import type { Command } from '../command';
import { databaseOrDashboard } from '../dashboard';
import { scoresThroughDashboard } from '../through-dashboard';
import {
  commitScoreImport,
  previewScoreImport,
  type ScoreImportSummary,
} from '../../lib/server/import/import-scores';
import { describeProblem } from '../../lib/server/import/problems';
import { UnreadableFileError } from '../../lib/server/import/read-sheets';
import { FileLimitError } from '../../lib/server/limits/limits';

function printSummary(s: ScoreImportSummary, dryRun: boolean, strictStop: boolean): void {
  const out: string[] = [];
  out.push(`file: ${s.file} (${s.format}${s.encoding ? `, ${s.encoding}` : ''})`);
  for (const sh of s.sheets) {
    const name = sh.name === null ? 'table' : `sheet '${sh.name}'`;
    out.push(
      sh.shape
        ? `${name}: ${sh.shape} shape, header at row ${sh.header_row}${sh.header_rows === 2 ? ` and ${sh.header_row! + 1}` : ''}, ${sh.records} organisation-years`
        : `${name}: no score table`,
    );
  }
  out.push(`shape: ${s.shape}`);
  out.push(`years: ${s.year_assumption}`);
  out.push('columns:');
  const width = Math.min(40, Math.max(0, ...Object.keys(s.columns).map((h) => h.length)));
  for (const [header, meaning] of Object.entries(s.columns))
    out.push(`  ${header.padEnd(width)}  → ${meaning}`);
  const c = s.counts;
  out.push(
    `organisation-years: new ${c.new}, changed ${c.changed}, unchanged ${c.unchanged}, rejected ${c.rejected}`,
  );
  for (const o of s.orgs_added)
    out.push(
      `adds to the registry: ${o.code} ${o.name_th} (${o.type}, ${o.province_th}), row ${o.row}`,
    );
  const errors = s.problems.filter((p) => p.severity === 'error').length;
  out.push(`problems: ${errors} errors, ${s.problems.length - errors} warnings`);
  for (const p of s.problems) out.push(`  ${describeProblem(p)}`);
  if (dryRun) out.push('dry run: nothing was written / ทดลองเท่านั้น ไม่ได้บันทึก');
  else if (strictStop)
    out.push('--strict: errors found, nothing was written / พบข้อผิดพลาด จึงไม่บันทึก');
  else if (s.committed) out.push('written in one transaction / บันทึกเรียบร้อย');
  else out.push('nothing to write: the database already holds these scores / ไม่มีอะไรเปลี่ยน');
  console.log(out.join('\n'));
}

export const importScores: Command = {
  name: 'import-scores',
  summary:
    'Load real ITA scores from a CSV or XLSX file: import-scores <file> [--dry-run] [--json]',
  usage: `ita import-scores <file> [--dry-run] [--json] [--add-orgs] [--year <year>] [--strict]

Loads ITA scores from a CSV (UTF-8 or TIS-620, comma or tab separated) or XLSX file, wide
(one row per organisation and year) or long (organisation, year, indicator, score).
Prints the detected shape, the meaning given to each column, the year assumption, the counts of
organisation-years (new, changed, unchanged, rejected) and every problem with its row and column.

  --dry-run    check and report only; write nothing
  --json       print the summary as one JSON document:
               {shape, year_basis, columns, counts, problems, ...}
  --add-orgs   add agencies that are not SAOs (เทศบาล, อบจ.) to the registry, typed by a
               ประเภท/type column or by the name's prefix (เทศบาลตำบล…); a จังหวัด column is needed
  --year Y     fiscal year (2567 or 2024) for rows that carry none, when the title names none either
  --strict     write nothing when any row has an error

Rows with errors are rejected and listed; the other rows are written in one transaction.
When the dashboard holds the database, a dry run goes through its preview; a write goes through
its write queue with an API token of an account that may write it (ITA_API_TOKEN=<token>, or
--token-file FILE; made with ita user token create), sent in the Authorization header; without a
token nothing is written.
Exit code: 0 without errors, 1 when rows were rejected, 2 for bad arguments or an unreadable file.
See docs/loading-data.md.`,
  booleanFlags: ['dry-run', 'json', 'add-orgs', 'strict'],
  async run(args) {
    const file = args.positionals[0];
    if (!file) throw new UsageError('name the file to import');
    if (!fs.existsSync(file)) throw new UsageError(`${file}: no such file / ไม่พบไฟล์`);
    const yearText = flag(args, 'year');
    const year = yearText === undefined ? null : Number(yearText);
    if (year !== null && !Number.isInteger(year))
      throw new UsageError(`--year must be a year such as 2567 (got '${yearText}')`);
    const dryRun = hasFlag(args, 'dry-run');
    const opts = { addOrgs: hasFlag(args, 'add-orgs'), year, strict: hasFlag(args, 'strict') };
    const scoreFile = { name: path.basename(file), bytes: fs.readFileSync(file) };
    const target = await databaseOrDashboard({
      write: !dryRun,
      tokenFile: flag(args, 'token-file'),
    });
    let summary: ScoreImportSummary;
    try {
      summary = target.dashboard
        ? await scoresThroughDashboard(target.dashboard, scoreFile, opts, dryRun)
        : dryRun
          ? await previewScoreImport(target.db, scoreFile, opts)
          : await commitScoreImport(target.db, scoreFile, opts);
    } catch (err) {
      if (err instanceof UnreadableFileError || err instanceof FileLimitError) {
        console.error(`ita import-scores: ${err.message}`);
        if (err instanceof FileLimitError) console.error(`  ${err.sentence_th}`);
        return 2;
      }
      throw err;
    }
    const errors = summary.problems.some((p) => p.severity === 'error');
    if (hasFlag(args, 'json')) console.log(JSON.stringify(summary, null, 2));
    else printSummary(summary, dryRun, opts.strict && errors);
    return errors ? 1 : 0;
  },
};
