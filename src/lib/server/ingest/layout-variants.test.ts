// Metamorphic layout tests: one report's content under any header wording, column order, numbering and digits parses the same.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import wordings from '../../../../data/fixtures/reports/header-wordings.json';
import { toArabicDigits } from '../../thai/digits';
import { parseReportBytes } from './parse-report';

/** The content, known by construction: name, what each column holds, and the status the parse must give. */
const MEASURES = [
  {
    name: 'มาตรการเผยแพร่ข้อมูลต่อสาธารณะ',
    period: 'ต.ค. ๖๗ - มี.ค. ๖๘',
    responsible: 'สำนักปลัด',
    result: 'เผยแพร่ข้อมูลบนเว็บไซต์ครบทุกหัวข้อแล้ว',
    status: 'ดำเนินการแล้วเสร็จ',
    note: '',
    want: ['completed', null],
  },
  {
    name: 'มาตรการป้องกันการรับสินบน',
    period: 'ต.ค. ๖๗ - มี.ค. ๖๘',
    responsible: 'กองคลัง',
    result: 'ร่างประกาศนโยบาย No Gift Policy',
    status: 'อยู่ระหว่างดำเนินการ',
    note: '',
    want: ['in_progress', null],
  },
  {
    name: 'โครงการอบรมคุณธรรมจริยธรรมแก่บุคลากร',
    period: 'ต.ค. ๖๗ - มี.ค. ๖๘',
    responsible: 'งานการเจ้าหน้าที่',
    result: '-',
    status: 'ไม่สามารถดำเนินการได้',
    note: 'ไม่ได้รับงบประมาณ',
    want: ['not_possible', 'no_budget'],
  },
  {
    name: 'มาตรการจัดการเรื่องร้องเรียนการทุจริต',
    period: 'ต.ค. ๖๗ - มี.ค. ๖๘',
    responsible: 'สำนักปลัด',
    result: '',
    status: 'ยังไม่ได้ดำเนินการ',
    note: '',
    want: ['not_started', null],
  },
] as const;

type Column = 'name' | 'period' | 'responsible' | 'result' | 'status' | 'note';
const OPTIONAL: Column[] = ['period', 'responsible', 'result', 'note'];
const W = wordings as Record<string, string[]>;

const layout = fc.record({
  columns: fc
    .subarray(OPTIONAL)
    .chain((cols) =>
      fc.shuffledSubarray([...cols, 'name', 'status'] as Column[], { minLength: cols.length + 2 }),
    ),
  pick: fc.array(fc.nat(), { minLength: 6, maxLength: 6 }),
  seq: fc.constantFrom('none', 'column', 'in-name'),
  arabic: fc.boolean(),
  html: fc.boolean(),
});

type Layout = typeof layout extends fc.Arbitrary<infer T> ? T : never;

function render(l: Layout): { name: string; text: string } {
  const label = (c: Column, i: number) => W[c]![l.pick[i]! % W[c]!.length]!;
  const digits = (t: string) => (l.arabic ? toArabicDigits(t) : t);
  const head = [...(l.seq === 'column' ? ['ลำดับ'] : []), ...l.columns.map(label)];
  const rows = MEASURES.map((m, k) => [
    ...(l.seq === 'column' ? [`${k + 1}`] : []),
    ...l.columns.map((c) => (c === 'name' && l.seq === 'in-name' ? `${k + 1}. ${m.name}` : m[c])),
  ]);
  const title = [
    'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน รอบ ๖ เดือน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘',
    'องค์การบริหารส่วนตำบลจะรัง อำเภอยะหริ่ง จังหวัดปัตตานี',
  ];
  if (!l.html)
    return {
      name: 'variant.txt',
      // A converter writes a line break inside a cell as a space: the line is the row.
      text: digits(
        [
          ...title,
          '',
          ...[head, ...rows].map((r) => r.map((c) => c.replace(/\n/g, ' ')).join('\t')),
        ].join('\n'),
      ),
    };
  const tr = (cells: string[], tag: string) =>
    `<tr>${cells.map((c) => `<${tag}>${c.replace(/\n/g, '<br>')}</${tag}>`).join('')}</tr>`;
  return {
    name: 'variant.html',
    text: digits(
      `<html><body>${title.map((t) => `<p>${t}</p>`).join('')}<table>${tr(head, 'th')}${rows.map((r) => tr(r, 'td')).join('')}</table></body></html>`,
    ),
  };
}

describe('the same report under other layouts', () => {
  it('gives the same measures, statuses, reasons, year, round and organisation', async () => {
    await fc.assert(
      fc.asyncProperty(layout, async (l) => {
        const { name, text } = render(l);
        const { report } = await parseReportBytes(name, new TextEncoder().encode(text));
        expect(report.org.code).toBe('6940907');
        expect(report.fiscal_year).toBe(2568);
        expect(report.round).toBe('6m');
        expect(report.measures.map((m) => m.name_th)).toEqual(MEASURES.map((m) => m.name));
        expect(report.measures.map((m) => [m.status, m.status_reason?.kind ?? null])).toEqual(
          // The reason is written in the note: without that column there is none to read.
          MEASURES.map((m) => [m.want[0], l.columns.includes('note') ? m.want[1] : null]),
        );
        if (l.columns.includes('responsible'))
          expect(report.measures.map((m) => m.responsible)).toEqual(
            MEASURES.map((m) => [m.responsible]),
          );
      }),
      { numRuns: 60, seed: 9 },
    );
  });
});
