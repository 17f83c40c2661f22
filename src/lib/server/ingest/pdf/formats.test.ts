// Every sample report, as text, HTML, DOCX and PDF from LibreOffice and Chromium, must parse to the same report.
import { describe, expect, it } from 'vitest';
import { projectPath } from '../../paths';
import { parseReportFile } from '../parse-report';
import type { ReportContract } from '../types';

/**
 * What samples.test.ts states for each real report, written by reading the documents: the organisation, the fiscal
 * year, the round (only 002 gives one: its period column reads ๑ ต.ค ๖๖ – ๓๐ ก.ย ๖๗, the whole fiscal year), the
 * number of measures and their statuses.
 */
const SAMPLES = [
  {
    stem: '000_7b65a3b7a86215a5',
    org: '6940907',
    year: 2565,
    round: null,
    statuses: ['completed', 'completed', 'completed', 'in_progress'],
  },
  {
    stem: '002_4c4a9c54fc41eb39',
    org: '6940108',
    year: 2567,
    round: '12m',
    statuses: Array(12).fill('completed'),
  },
  {
    stem: '003_deb62b3327a31e92',
    org: '6330311',
    year: 2564,
    round: null,
    statuses: Array(6).fill('completed'),
  },
];

/** The formats made by scripts/make-pdf-fixtures.ts from each sample, with the format each must report. */
const FORMATS = [
  { suffix: '.html', format: 'html' },
  { suffix: '.docx', format: 'docx' },
  { suffix: '.libreoffice.pdf', format: 'pdf' },
  { suffix: '.chromium.pdf', format: 'pdf' },
] as const;

/**
 * The parts of a report that must not depend on the format. Names are compared without spaces: a PDF line wraps at
 * a space between two Thai words and the space is gone (Thai lines run on without one); claims without their quoted
 * evidence text, for the same reason.
 */
function essence(r: ReportContract) {
  return {
    org: r.org.code,
    fiscal_year: r.fiscal_year,
    round: r.round,
    period: r.period,
    names: r.measures.map((m) => m.name_th.replace(/\s+/g, '')),
    statuses: r.measures.map((m) => m.status),
    claims: r.claims.map(({ kind, indicator, value, assessment_year }) => ({
      kind,
      indicator,
      value,
      assessment_year,
    })),
  };
}

describe.each(SAMPLES)(
  'sample $stem in every format',
  async ({ stem, org, year, round, statuses }) => {
    const text = (await parseReportFile(projectPath('data', 'reports', `${stem}.txt`))).report;

    it('the text version says what was read from the document', () => {
      expect(text.org.code).toBe(org);
      expect(text.fiscal_year).toBe(year);
      expect(text.round).toBe(round);
      expect(text.measures.map((m) => m.status)).toEqual(statuses);
    });

    it.each(FORMATS)(
      '$suffix gives the same organisation, year, round, measures and claims as the text',
      async ({ suffix, format }) => {
        const { report } = await parseReportFile(
          projectPath('data', 'fixtures', 'reports', 'pdf', `${stem}${suffix}`),
        );
        expect(report.source.format).toBe(format);
        expect(essence(report)).toEqual(essence(text));
        expect(report.measures.map((m) => m.status)).toEqual(statuses);
      },
      60_000,
    );
  },
);

describe('a LibreOffice PDF whose tables have no borders (not read yet)', () => {
  it('still finds the organisation and year, and says that no measure table was found instead of guessing', async () => {
    const { report } = await parseReportFile(
      projectPath(
        'data',
        'fixtures',
        'reports',
        'pdf',
        '003_deb62b3327a31e92.libreoffice-borderless.pdf',
      ),
    );
    expect(report.org.code).toBe('6330311');
    expect(report.fiscal_year).toBe(2564);
    expect(report.measures).toEqual([]);
    expect(report.warnings).toContain('no measure table (a table with a มาตรการ column) was found');
  }, 60_000);
});
