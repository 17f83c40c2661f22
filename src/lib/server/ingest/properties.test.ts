// Property tests: on arbitrary text and HTML the parser never throws, finishes quickly, and never emits markup in values.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ReportInputError } from './decode';
import { parseReportBytes } from './parse-report';
import type { ReportContract } from './types';

/** Pieces real reports are made of, so that random documents reach the table, claim and date code paths. */
const PIECES = [
  'มาตรการ',
  'แนวทางการปฏิบัติ',
  'ผู้รับผิดชอบ',
  'ผลการดำเนินการ',
  'ผลผลิต',
  'ผลลัพธ์',
  'ลำดับ',
  'หมายเหตุ',
  'สรุปผล',
  'ระยะเวลา',
  'การกำกับติดตาม',
  'ขั้นตอน/วิธีการปฏิบัติ',
  'รายละเอียดการดำเนินงาน',
  'สถานะ',
  'ดำเนินการแล้ว',
  'อยู่ระหว่างดำเนินการ',
  'ยังไม่ได้ดำเนินการ',
  'รอบ ๖ เดือน',
  'รอบ ๑๒ เดือน',
  'องค์การบริหารส่วนตำบลจะรัง',
  'อำเภอยะหริ่ง',
  'จังหวัดปัตตานี',
  'ที่ ศก ๗๗๔๐๑/',
  'อบต.',
  'ประจำปีงบประมาณ พ.ศ. ๒๕๖๗',
  'ตัวชี้วัดที่ ๙.๔',
  'ตัวชี้วัดที่',
  'ได้คะแนน ๙๑.๖๗',
  'โดยภาพรวม',
  'คะแนนขึ้นไป',
  'ต่ำสุด',
  'ดังนี้',
  'ต.ค. ๒๕๖๗ – มี.ค. ๒๕๖๘',
  '๑ ตุลาคม',
  'ถึง',
  '๑.๑',
  '๑.๒',
  '๑.',
  '๒.',
  ',',
  '(',
  ')',
  'ดุลพินิจ',
  'คู่มือ',
  'ทรัพย์สินของราชการ',
  'รายงานผลการดำเนินงานตามมาตรการ',
  '\t',
  '\t',
  '\t',
  '\n',
  '\n',
  ' ',
  '  ',
  '**',
  '## ',
  '|',
  '-',
  '&nbsp;',
  '&amp;',
  '&lt;b&gt;',
  '&#60;i&#62;',
  '<p>',
  '</p>',
  '<b>',
  '</b>',
  '<br>',
  '<ul>',
  '<li>',
  '</li>',
  '</ul>',
  '<span style="x">',
  '</span>',
  '<',
  '>',
  '</',
  '<b',
  '<<b>b>',
];
const HTML_PIECES = [
  '<table>',
  '</table>',
  '<tr>',
  '</tr>',
  '<td>',
  '</td>',
  '<th>',
  '</th>',
  '<td colspan=2>',
  '<td rowspan=3>',
  '<td colspan="999999">',
  '<thead>',
  '<tbody>',
  '<html>',
  '<body>',
  '<!--',
  '-->',
  '<style>',
  '</style>',
  '<p>',
  '<script>',
  '</script>',
  '<table><tr><td><table><tr><td>',
  '</td></tr></table>',
];

const textDoc = fc
  .array(
    fc.oneof(
      fc.constantFrom(...PIECES),
      fc.string({ maxLength: 12 }),
      fc.string({ unit: 'grapheme', maxLength: 8 }),
    ),
    {
      maxLength: 200,
    },
  )
  .map((parts) => parts.join(''));
const htmlDoc = fc
  .array(
    fc.oneof(
      fc.constantFrom(...PIECES),
      fc.constantFrom(...HTML_PIECES),
      fc.string({ maxLength: 8 }),
    ),
    {
      maxLength: 250,
    },
  )
  .map((parts) => `<html><body>${parts.join('')}</body></html>`);

/** Documents with real table structure (a header naming known columns, rows of junk cells), so the table code runs. */
const LABELS = [
  'มาตรการ',
  'ลำดับ',
  'แนวทางการปฏิบัติ',
  'ผู้รับผิดชอบ',
  'ผลผลิต',
  'ผลลัพธ์',
  'สรุปผลการดำเนินการ',
  'สถานะ',
  'หมายเหตุ',
  'ระยะเวลา',
  'การกำกับติดตาม',
  '',
];
const cell = fc
  .array(
    fc.oneof(
      fc.constantFrom(...PIECES.filter((p) => p !== '\t' && p !== '\n')),
      fc.string({ maxLength: 10 }),
    ),
    { maxLength: 8 },
  )
  .map((p) => p.join(''));
const structured = fc.record({
  before: fc.array(
    textDoc.map((t) => t.replace(/\t/g, ' ')),
    { maxLength: 3 },
  ),
  header: fc
    .shuffledSubarray(LABELS, { minLength: 2 })
    .map((h) => (h.includes('มาตรการ') ? h : ['มาตรการ', ...h])),
  rows: fc.array(fc.array(cell, { minLength: 1, maxLength: 9 }), { maxLength: 12 }),
  repeatHeaderAt: fc.nat(12),
  after: fc.array(
    textDoc.map((t) => t.replace(/\t/g, ' ')),
    { maxLength: 3 },
  ),
});
const structuredText = structured.map(({ before, header, rows, repeatHeaderAt, after }) => {
  const lines = rows.map((r) => r.join('\t'));
  lines.splice(repeatHeaderAt, 0, '', header.join('\t'));
  return [...before, '', header.join('\t'), ...lines, '', ...after].join('\n');
});
const structuredHtml = structured.map(({ before, header, rows, after }) => {
  const tr = (cells: string[], tag: string) =>
    `<tr>${cells.map((c, i) => `<${tag}${i % 3 === 1 ? ' colspan=2' : ''}>${c}</${tag}>`).join('')}</tr>`;
  return `<html><body><p>${before.join('</p><p>')}</p><table>${tr(header, 'th')}${rows.map((r) => tr(r, 'td')).join('')}</table><p>${after.join('</p><p>')}</p></body></html>`;
});

const encoder = new TextEncoder();
const TAG = /<\/?[a-zA-Z][^<>]*>/;
/** A generous bound (the test machine may be busy): real reports parse in tens of milliseconds. */
const MAX_MS = 5000;

function values(r: ReportContract): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk({ ...r, source: null, warnings: null });
  return out;
}

async function parseBounded(name: string, bytes: Uint8Array): Promise<ReportContract | null> {
  const started = performance.now();
  try {
    const { report } = await parseReportBytes(name, bytes);
    return report;
  } catch (err) {
    // Unreadable input is allowed to be refused, in words; nothing else may escape.
    if (!(err instanceof ReportInputError)) throw err;
    expect(err.message.startsWith(name)).toBe(true);
    return null;
  } finally {
    expect(performance.now() - started).toBeLessThan(MAX_MS);
  }
}

function checkValues(report: ReportContract | null): void {
  if (!report) return;
  for (const v of values(report)) {
    expect(v).not.toMatch(TAG);
    expect(v).not.toContain('**');
    expect(v).toBe(v.trim());
    expect(v).not.toMatch(/\s{2,}|[\t\n]/);
  }
  for (const m of report.measures) expect(m.name_th).not.toBe('');
}

describe('the parser on arbitrary input', () => {
  // The first parse that names an organisation builds the national registry resolver; time that outside the bound.
  beforeAll(async () => {
    await parseReportBytes('warm-up.txt', encoder.encode('องค์การบริหารส่วนตำบลจะรัง'));
  });

  it('never throws, never hangs and never emits markup on text documents', async () => {
    await fc.assert(
      fc.asyncProperty(textDoc, async (doc) =>
        checkValues(await parseBounded('random.txt', encoder.encode(doc))),
      ),
      { numRuns: 300 },
    );
  });

  it('never throws, never hangs and never emits markup on HTML documents', async () => {
    await fc.assert(
      fc.asyncProperty(htmlDoc, async (doc) =>
        checkValues(await parseBounded('random.html', encoder.encode(doc))),
      ),
      { numRuns: 300 },
    );
  });

  it('never throws, never hangs and never emits markup on documents with measure tables', async () => {
    let withMeasures = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          structuredText.map((d) => ['t.txt', d]),
          structuredHtml.map((d) => ['t.html', d]),
        ),
        async ([name, doc]) => {
          const report = await parseBounded(name!, encoder.encode(doc));
          checkValues(report);
          if (report && report.measures.length > 0) withMeasures++;
        },
      ),
      { numRuns: 300 },
    );
    // The generator must reach the table code, or the property says nothing about it.
    expect(withMeasures).toBeGreaterThan(50);
  });

  it('never throws anything but a ReportInputError on arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) =>
        checkValues(await parseBounded('random.bin', bytes)),
      ),
      { numRuns: 200 },
    );
  });

  it('stays fast on a large table', async () => {
    const row = (i: number) =>
      `มาตรการเผยแพร่ข้อมูลชุดที่ ${i}\tจัดทำ<p>ขั้นตอน</p>\tสำนักปลัด\tดำเนินการแล้ว\n`;
    const doc = `มาตรการ\tขั้นตอน\tผู้รับผิดชอบ\tผลการดำเนินการ\n${Array.from({ length: 400 }, (_, i) => row(i)).join('')}`;
    const report = await parseBounded('large.txt', encoder.encode(doc));
    expect(report!.measures).toHaveLength(400);
  });
});
