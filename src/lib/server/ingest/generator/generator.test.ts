// Generated reports in text, HTML and DOCX parse to their ground truth, field by field; and the generator says what it claims.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { toArabicDigits } from '../../../thai/digits';
import { parseReportBytes } from '../parse-report';
import { reportSpecArb } from './arbitraries';
import { buildDocument } from './build';
import { compareReport, nameKey, type Field, type Mismatch } from './compare';
import { generatedOrgs } from './orgs';
import { expandHeader, renderText } from './render';
import { GENERATED_FORMATS, renderSpec } from './render-spec';
import { truthOf, type ReportSpec } from './spec';
import { HEADER_WORDINGS, MEASURES, RESULT_GROUP_WORDINGS } from './vocabulary';

/** Fixed seed and a modest number of reports per property, so the run is repeatable and takes seconds. */
const SEED = 20261204;
const RUNS = 25;

describe('the generator', () => {
  it('has at least eight distinct wordings for every column role', () => {
    for (const [role, words] of Object.entries(HEADER_WORDINGS)) {
      expect(new Set(words).size, role).toBeGreaterThanOrEqual(8);
    }
    expect(new Set(RESULT_GROUP_WORDINGS).size).toBeGreaterThanOrEqual(8);
  });

  it('has measures whose names are all different', () => {
    expect(new Set(MEASURES.map((m) => nameKey(m.name))).size).toBe(MEASURES.length);
  });

  it('finds same-name SAOs of different provinces, such as the two วังกระแจะ', () => {
    const { twins, unique } = generatedOrgs();
    const wang = twins.filter((o) => o.tambon === 'วังกระแจะ');
    expect(wang.map((o) => [o.code, o.abbreviation]).sort()).toEqual([
      ['6230107', 'ตร'],
      ['6710207', 'กจ'],
    ]);
    expect(unique.some((o) => o.tambon === 'วังกระแจะ')).toBe(false);
    expect(unique.find((o) => o.code === '6940907')?.tambon).toBe('จะรัง');
  });

  it('expands a two-row header as the text converter writes it', () => {
    expect(
      expandHeader([
        [
          { text: 'มาตรการ', colspan: 1, rowspan: 2 },
          { text: 'ผลการดำเนินการ', colspan: 2, rowspan: 1 },
          { text: 'หมายเหตุ', colspan: 1, rowspan: 2 },
        ],
        [
          { text: 'ผลผลิต', colspan: 1, rowspan: 1 },
          { text: 'ผลลัพธ์', colspan: 1, rowspan: 1 },
        ],
      ]),
    ).toEqual([
      ['มาตรการ', 'ผลการดำเนินการ', '', 'หมายเหตุ'],
      ['', 'ผลผลิต', 'ผลลัพธ์', ''],
    ]);
  });

  it('writes what the truth says: every measure name, the memo number of a twin, no district of a twin', () => {
    fc.assert(
      fc.property(reportSpecArb(), (spec) => {
        const text = toArabicDigits(renderText(buildDocument(spec)));
        const truth = truthOf(spec);
        for (const m of truth.measures) expect(text).toContain(m.name);
        if (spec.org.twin) {
          expect(text).toMatch(new RegExp(`ที่\\s?${spec.org.abbreviation}\\.?\\s?\\d`));
          expect(text).not.toContain(`จังหวัด${spec.org.province}`);
        }
        if (spec.digits === 'arabic') expect(text).toBe(renderText(buildDocument(spec)));
        expect(truth.round_evidence_kind === null).toBe(truth.round === null);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});

/** One property per field, so that a failure names the field and shrinks to the smallest report that shows it. */
const FIELDS: [string, Field[]][] = [
  ['the organisation', ['org']],
  ['the fiscal year', ['fiscal_year']],
  ['the round and what decided it', ['round', 'round_evidence']],
  ['every measure, once', ['measure_count', 'measure_found']],
  ['each status and its reason', ['status', 'status_reason']],
  ['the claims about the previous assessment', ['claims']],
];

/** Parses are kept per spec and format: the six properties draw the same reports and need each parse once. */
const parsed = new Map<string, Promise<Mismatch[]>>();

function mismatchesOf(spec: ReportSpec, format: (typeof GENERATED_FORMATS)[number]) {
  const key = `${format}:${JSON.stringify(spec)}`;
  let result = parsed.get(key);
  if (!result) {
    result = renderSpec(spec, format)
      .then((file) => parseReportBytes(file.name, file.bytes))
      .then(({ report }) => compareReport(report, truthOf(spec)).mismatches);
    parsed.set(key, result);
  }
  return result;
}

/** The report as text, shown with a failure: the shrunk counter-example is then readable. */
const shown = (spec: ReportSpec) => `the report (as text):\n${renderText(buildDocument(spec))}`;

describe.each(GENERATED_FORMATS)('generated %s reports parse to their ground truth', (format) => {
  beforeAll(async () => {
    // The first parse builds the national registry resolver; keep that out of the properties.
    await mismatchesOf(fc.sample(reportSpecArb(), { seed: SEED, numRuns: 1 })[0]!, 'txt');
  });

  it.each(FIELDS)('reads %s', async (_label, fields) => {
    await fc.assert(
      fc.asyncProperty(reportSpecArb(), async (spec) => {
        const wrong = (await mismatchesOf(spec, format)).filter((m) => fields.includes(m.field));
        expect(wrong, shown(spec)).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
