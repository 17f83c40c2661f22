// Each single change of a plain generated report, in text, HTML and DOCX, parses to its ground truth: a failure names its cause.
import { beforeAll, describe, expect, it } from 'vitest';
import { parseReportBytes } from '../parse-report';
import { compareReport } from './compare';
import { buildDocument } from './build';
import { renderText } from './render';
import { GENERATED_FORMATS, renderSpec } from './render-spec';
import { truthOf } from './spec';
import { variations } from './variations';

const VARIATIONS = variations();
/**
 * DOCX is the slowest of the three formats to make and read: it gets every variation of layout but the header wordings only in the combined
 * table, where a wording is read the same way as in the others.
 */
const DOCX_VARIATIONS = VARIATIONS.filter(
  ([label]) => !/header "/.test(label) || label.startsWith('combined'),
);

describe('the variations', () => {
  it('are many, with distinct labels, and each changes the report', () => {
    expect(VARIATIONS.length).toBeGreaterThan(150);
    expect(new Set(VARIATIONS.map(([l]) => l)).size).toBe(VARIATIONS.length);
    const texts = VARIATIONS.map(([, s]) => renderText(buildDocument(s)));
    expect(new Set(texts).size).toBe(texts.length);
  });
});

describe.each(GENERATED_FORMATS)('as %s', (format) => {
  beforeAll(async () => {
    // The first parse builds the national registry resolver.
    const file = await renderSpec(VARIATIONS[0]![1], 'txt');
    await parseReportBytes(file.name, file.bytes);
  });

  it.each(format === 'docx' ? DOCX_VARIATIONS : VARIATIONS)('%s', async (_label, spec) => {
    const file = await renderSpec(spec, format);
    const { report } = await parseReportBytes(file.name, file.bytes);
    // The report as text beside a failure, so the cause can be read.
    expect(
      compareReport(report, truthOf(spec)).mismatches,
      renderText(buildDocument(spec)),
    ).toEqual([]);
  });
});
