// Metamorphic tests on the three real sample reports: changes that keep a report's meaning must not change its parse.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectPath } from '../paths';
import { nameKey } from './generator/compare';
import { renderHtml } from './generator/render';
import { renderDocx } from './generator/render-docx';
import {
  arabicDigits,
  encodeTis620,
  repeatLastTable,
  reverseColumns,
  rewordHeaders,
  splitFirstRow,
  textToDocument,
  thaiDigits,
} from './generator/text-transforms';
import { parseReportBytes } from './parse-report';
import type { ReportContract } from './types';

const SAMPLES = [
  '000_7b65a3b7a86215a5.txt',
  '002_4c4a9c54fc41eb39.txt',
  '003_deb62b3327a31e92.txt',
];
const utf8 = new TextEncoder();

/** What a parse means: organisation, year, round, measures (name, status, reason) and claims; not where they stood. */
function essence(r: ReportContract) {
  return {
    org: r.org.code,
    fiscal_year: r.fiscal_year,
    round: r.round,
    round_evidence: r.round_evidence?.kind ?? null,
    measures: r.measures.map((m) => ({
      name: nameKey(m.name_th),
      status: m.status,
      reason: m.status_reason?.kind ?? null,
    })),
    claims: r.claims
      .map((c) => `${c.kind}|${c.indicator ?? ''}|${c.value ?? ''}|${c.assessment_year ?? ''}`)
      .sort(),
  };
}

async function parse(name: string, bytes: Uint8Array) {
  return essence((await parseReportBytes(name, bytes)).report);
}

type Change = [string, (text: string) => Promise<{ name: string; bytes: Uint8Array }>];
const asText = (f: (t: string) => string) => async (t: string) => ({
  name: 'changed.txt',
  bytes: utf8.encode(f(t)),
});

const CHANGES: Change[] = [
  ['columns in reverse order', asText(reverseColumns)],
  ['other header wordings', asText((t) => rewordHeaders(t, 1))],
  ['yet other header wordings', asText((t) => rewordHeaders(t, 4))],
  ['the first row split over a page break', asText(splitFirstRow)],
  ['the last table repeated in an appendix', asText(repeatLastTable)],
  ['Thai digits throughout', asText(thaiDigits)],
  ['Arabic digits throughout', asText(arabicDigits)],
  ['TIS-620 encoding', async (t) => ({ name: 'changed.txt', bytes: encodeTis620(t) })],
  [
    'an HTML page',
    async (t) => ({ name: 'changed.html', bytes: utf8.encode(renderHtml(textToDocument(t))) }),
  ],
  [
    'a Word file',
    async (t) => ({ name: 'changed.docx', bytes: await renderDocx(textToDocument(t)) }),
  ],
  [
    'reworded, reversed, Arabic digits, as a Word file',
    async (t) => ({
      name: 'changed.docx',
      bytes: await renderDocx(textToDocument(arabicDigits(reverseColumns(rewordHeaders(t, 2))))),
    }),
  ],
];

describe.each(SAMPLES)('sample %s keeps its parse', async (sample) => {
  const text = fs.readFileSync(projectPath('data', 'reports', sample), 'utf8');
  const original = await parse(sample, utf8.encode(text));

  it('has measures to compare', () => {
    expect(original.measures.length).toBeGreaterThan(0);
  });

  it.each(CHANGES)('with %s', async (_label, change) => {
    const file = await change(text);
    expect(await parse(file.name, file.bytes)).toEqual(original);
  });
});
