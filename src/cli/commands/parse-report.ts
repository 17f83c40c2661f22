// ita parse-report: parse one measure report (text, HTML or DOCX) and print it as one JSON document.
import { UsageError } from '../args';
import type { Command } from '../command';
import { line } from '../output';
import { databasePath } from '../../lib/server/paths';
import { ReportInputError } from '../../lib/server/ingest/decode';
import { FileLimitError } from '../../lib/server/limits/limits';
import { parseReportFile } from '../../lib/server/ingest/parse-report';
import { databaseResolver, registryResolver } from '../../lib/server/ingest/org-registry';

export const parseReport: Command = {
  name: 'parse-report',
  summary:
    'Parse one measure report (text, HTML, DOCX, PDF) and print it as JSON: parse-report <file>',
  usage: `ita parse-report <file>

Reads one SAO measure report (รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส…):
converted text (tab-separated table rows), HTML, DOCX or PDF with a text layer, in UTF-8 or
TIS-620/Windows-874 (detected from the bytes). A scanned PDF (images only) needs OCR first.

Prints exactly one JSON document on stdout:
  { source: {file, sha256, format, encoding},
    org: {code, name_th, tambon_code, district_th, province_th},   (null fields when unresolved)
    fiscal_year, round: "3m"|"6m"|"9m"|"12m"|null, period: {start, end}|null,   (CE ISO dates)
    measures: [{seq, name_th, category, indicators, indicator_source, responsible,
                monitoring_rounds, output, outcome, status, status_evidence}],
    claims: [{kind, indicator, value, assessment_year, text}],
    warnings: [] }

The organisation is resolved against the database's org table (ITA_DB, default data/ita.duckdb),
opened read-only, when it can be opened; otherwise (no database, or the dashboard holds it)
against the national subdistrict registry built in memory, so parse-report works without a
database. Nothing is written.

Exit code: 0 with the JSON; 2 with one line on stderr for an unreadable or unsupported file.`,
  async run(args) {
    if (args.positionals.length !== 1) throw new UsageError('name exactly one report file');
    const file = args.positionals[0]!;
    const resolver = (await databaseResolver(databasePath())) ?? registryResolver();
    try {
      const { report } = await parseReportFile(file, { resolver });
      await line(JSON.stringify(report, null, 2));
      return 0;
    } catch (err) {
      if (!(err instanceof ReportInputError || err instanceof FileLimitError)) throw err;
      console.error(`ita parse-report: ${err.message.replace(/\s*\n\s*/g, ' ')}`);
      return 2;
    }
  },
};
