// Lays a report spec out as a document (paragraphs, tables with their header rows, page breaks) that every renderer draws.
import { toArabicDigits, toThaiDigits } from '../../../thai/digits';
import { frameworkFor } from '../../frameworks/load';
import type { Round } from '../types';
import type { MeasureSpec, ReportSpec } from './spec';
import {
  HEADER_WORDINGS,
  MONTHS,
  MONTHS_SHORT,
  RESULT_GROUP_WORDINGS,
  ROUND_WORDS,
  SIGNERS,
  STATUS_WORDS,
  type ColumnRole,
} from './vocabulary';

export interface HeaderCell {
  text: string;
  colspan: number;
  rowspan: number;
}

/** One table as it stands on one page: its header rows (none when the page continues without one) and its rows of cells of paragraphs. */
export interface TablePart {
  header: HeaderCell[][] | null;
  rows: string[][][];
}

export type DocBlock =
  | { kind: 'p'; text: string; bold?: boolean }
  | { kind: 'table'; part: TablePart }
  | { kind: 'page'; number: number };

export interface GeneratedDoc {
  blocks: DocBlock[];
}

const TITLE = 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน';
const FY_FORMS = ['ประจำปีงบประมาณ พ.ศ. ', 'ประจำปีงบประมาณ ', 'ปีงบประมาณ พ.ศ.'];
const HEADINGS = [
  'ด้านการเปิดเผยข้อมูลและความโปร่งใส',
  'ด้านการป้องกันการทุจริต',
  'ด้านการปฏิบัติงานและการให้บริการ',
  'ด้านการบริหารงานบุคคล',
  'ด้านการมีส่วนร่วม',
  'ด้านอื่น ๆ',
  'ด้านการสื่อสาร',
  'ด้านการพัฒนาองค์กร',
  'ด้านวัฒนธรรมองค์กร',
  'ด้านการกำกับดูแล',
];

const th = (n: number | string) => toThaiDigits(String(n));
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;

/** The months (0 = มกราคม) a round covers, from October; and when its report is written (after its last month). */
const ROUND_MONTHS: Record<Round, number[]> = {
  '3m': [9, 10, 11],
  '6m': [9, 10, 11, 0, 1, 2],
  '9m': [9, 10, 11, 0, 1, 2, 3, 4, 5],
  '12m': [9, 10, 11, 0, 1, 2, 3, 4, 5, 6, 7, 8],
};
const ROUND_END: Record<Round, [number, number]> = {
  '3m': [31, 11],
  '6m': [31, 2],
  '9m': [30, 5],
  '12m': [30, 8],
};
/** Months in which a round's report is written: after the round ends, before the next one could. */
export const REPORT_MONTHS: Record<Round, [number, number]> = {
  '3m': [0, 1],
  '6m': [3, 4],
  '9m': [6, 7],
  '12m': [9, 10],
};

/** The BE calendar year of a month of fiscal year `fy` (October to December belong to the year before). */
const yearOf = (fy: number, month: number) => (month >= 9 ? fy - 1 : fy);

function documentDate(spec: ReportSpec): string | null {
  if (spec.round === null) return null;
  const month = REPORT_MONTHS[spec.round][spec.dateMonth % 2]!;
  // The 12-month report is written in October or November, after the fiscal year ends: the calendar year is fy.
  const year = spec.round === '12m' ? spec.fiscalYear : yearOf(spec.fiscalYear, month);
  return `${th(spec.dateDay)} ${MONTHS[month]} ${th(year)}`;
}

function periodRange(spec: ReportSpec, round: Round): string {
  const fy = spec.fiscalYear;
  const [endDay, endMonth] = ROUND_END[round];
  const endYear = yearOf(fy, endMonth);
  const yy = (y: number) => th(y % 100);
  switch (spec.periodForm % 4) {
    case 0:
      return `๑ ต.ค. ${yy(fy - 1)} – ${th(endDay)} ${MONTHS_SHORT[endMonth]} ${yy(endYear)}`;
    case 1:
      return `ต.ค. ${th(fy - 1)} - ${MONTHS_SHORT[endMonth]} ${th(endYear)}`;
    case 2:
      return `ตุลาคม ${th(fy - 1)} – ${MONTHS[endMonth]} ${th(endYear)}`;
    default:
      return `๑ ตุลาคม ${th(fy - 1)} ถึง ${th(endDay)} ${MONTHS[endMonth]} ${th(endYear)}`;
  }
}

function periodCell(spec: ReportSpec, i: number): string {
  if (spec.round && spec.roundEvidence === 'period' && spec.periodIn === 'column')
    return periodRange(spec, spec.round);
  // One month per row: a plan's schedule, not the period the report covers.
  const month = pick(ROUND_MONTHS[spec.round ?? '6m'], i * 2 + 1);
  return `${MONTHS[month]} ${th(yearOf(spec.fiscalYear, month))}`;
}

function reasonSentence(m: MeasureSpec): string {
  if (!m.reason) return 'ไม่สามารถดำเนินการได้';
  return m.statusWord % 2 === 0
    ? `ไม่สามารถดำเนินการได้ เนื่องจาก${m.reason.text}`
    : `ไม่สามารถดำเนินการได้ สาเหตุ: ${m.reason.text}`;
}

/** The result cells of one measure, written so that a reader finds its status (and reason) in them. */
function resultCells(m: MeasureSpec): { detail: string; output: string; outcome: string } {
  const act = m.words.act;
  switch (m.status) {
    case 'completed':
      return {
        detail: act,
        output: `ได้${act}เรียบร้อยแล้ว`,
        outcome: 'บุคลากรและประชาชนรับทราบ ร้อยละ ๑๐๐',
      };
    case 'in_progress':
      return { detail: act, output: `อยู่ระหว่างดำเนินการ${act}`, outcome: '-' };
    case 'not_started':
      return {
        detail: '-',
        output: { words: 'ยังไม่ได้ดำเนินการ', dashes: '-', promise: 'จะดำเนินการในรอบถัดไป' }[
          m.notStarted
        ],
        outcome: '-',
      };
    case 'not_possible':
      return { detail: '-', output: reasonSentence(m), outcome: '-' };
  }
}

function numberOf(spec: ReportSpec, i: number): string {
  if (spec.numbering !== 'sub') return th(i + 1);
  return `${th(Math.floor(i / 2) + 1)}.${th((i % 2) + 1)}`;
}

function nameCell(spec: ReportSpec, m: MeasureSpec, i: number): string {
  if (spec.numbering === 'prefix') return `${th(i + 1)}. ${m.words.name}`;
  if (spec.numbering === 'paren') return `(${th(i + 1)}) ${m.words.name}`;
  return m.words.name;
}

function cell(spec: ReportSpec, role: ColumnRole, m: MeasureSpec, i: number): string[] {
  const r = resultCells(m);
  switch (role) {
    case 'seq':
      return [numberOf(spec, i)];
    case 'name':
      return [nameCell(spec, m, i)];
    case 'guideline':
      return [`${m.words.act}ให้เป็นไปตามแนวทางที่สำนักงาน ป.ป.ช. กำหนด`];
    case 'steps':
      return [`๑. ${m.responsible}${m.words.act}`, '๒. เสนอผู้บริหารพิจารณาและแจ้งเวียนให้บุคลากรรับทราบ'];
    case 'responsible':
      return [m.responsible];
    case 'monitoring':
      return ['รายงานผลการดำเนินงานตามมาตรการ', '- รอบ ๖ เดือน', '- รอบ ๑๒ เดือน'];
    case 'period':
      return [periodCell(spec, i)];
    case 'detail':
      return m.status === 'completed' ? [r.detail, 'และเผยแพร่บนเว็บไซต์ของหน่วยงาน'] : [r.detail];
    case 'result':
      return r.outcome === '-' ? [r.output] : [r.output, r.outcome];
    case 'output':
      return [r.output];
    case 'outcome':
      return [r.outcome];
    case 'status':
      return [pick(STATUS_WORDS[m.status], m.statusWord)];
    case 'note':
      return ['-'];
  }
}

interface Columns {
  roles: ColumnRole[];
  /** Output and outcome under one heading (a two-row header). */
  grouped: boolean;
}

function arrange(spec: ReportSpec, roles: ColumnRole[]): ColumnRole[] {
  const hasSeq = roles.includes('seq');
  const rest = roles.filter((r) => r !== 'seq' && !(spec.nameFirst && r === 'name'));
  // Output and outcome stay side by side, in that order, at the rank of the output column.
  const rank = (r: ColumnRole) => (r === 'outcome' ? spec.order.output + 0.5 : spec.order[r]);
  rest.sort((a, b) => rank(a) - rank(b));
  return [
    ...(hasSeq ? ['seq' as const] : []),
    ...(spec.nameFirst ? ['name' as const] : []),
    ...rest,
  ];
}

function tableColumns(spec: ReportSpec, table: 'plan' | 'result'): Columns {
  const seq = spec.numbering === 'column' || spec.numbering === 'sub' ? ['seq' as const] : [];
  const opt = (on: boolean, r: ColumnRole) => (on ? [r] : []);
  if (table === 'plan')
    return {
      roles: arrange(spec, [...seq, 'name', 'guideline', 'steps', 'responsible', 'monitoring']),
      grouped: false,
    };
  if (spec.shape === 'combined')
    return {
      roles: arrange(spec, [
        ...seq,
        'name',
        'steps',
        ...opt(spec.periodColumn, 'period'),
        'responsible',
        'result',
        'outcome',
        ...opt(spec.statusColumn, 'status'),
        ...opt(spec.noteColumn, 'note'),
      ]),
      grouped: false,
    };
  const grouped = spec.shape === 'plan_result' || spec.twoRowHeader;
  return {
    roles: arrange(spec, [
      ...(spec.shape === 'result_only' ? seq : []),
      'name',
      'detail',
      ...opt(spec.periodColumn, 'period'),
      ...(grouped ? (['output', 'outcome'] as const) : (['result'] as const)),
      ...opt(spec.statusColumn, 'status'),
      ...opt(spec.noteColumn, 'note'),
    ]),
    grouped,
  };
}

function header(spec: ReportSpec, cols: Columns): HeaderCell[][] {
  const label = (r: ColumnRole) => pick(HEADER_WORDINGS[r], spec.wording[r]);
  if (!cols.grouped) return [cols.roles.map((r) => ({ text: label(r), colspan: 1, rowspan: 1 }))];
  const top: HeaderCell[] = [];
  for (const r of cols.roles) {
    if (r === 'outcome') continue;
    if (r === 'output')
      top.push({
        text: pick(RESULT_GROUP_WORDINGS, spec.resultGroupWording),
        colspan: 2,
        rowspan: 1,
      });
    else top.push({ text: label(r), colspan: 1, rowspan: 2 });
  }
  const second: HeaderCell[] = [
    { text: label('output'), colspan: 1, rowspan: 1 },
    { text: label('outcome'), colspan: 1, rowspan: 1 },
  ];
  return [top, second];
}

/** The rows of one table: a heading row over each pair of sub-numbered measures. */
function tableRows(spec: ReportSpec, cols: Columns): string[][][] {
  const rows: string[][][] = [];
  spec.measures.forEach((m, i) => {
    if (spec.numbering === 'sub' && i % 2 === 0)
      rows.push(
        cols.roles.map((r) =>
          r === 'seq'
            ? [th(i / 2 + 1)]
            : r === 'name'
              ? [pick(HEADINGS, spec.wording.name + i / 2)]
              : [''],
        ),
      );
    rows.push(cols.roles.map((r) => cell(spec, r, m, i)));
  });
  return rows;
}

/** Cuts a table at the page breaks: page numbers between the parts, the header repeated or not, a row continued. */
function paginate(
  spec: ReportSpec,
  cols: Columns,
  rows: string[][][],
  page: { n: number },
): DocBlock[] {
  const head = header(spec, cols);
  const breaks = [...new Set(spec.pageBreaks.map((b) => (b % rows.length) + 1))]
    .filter((b) => b < rows.length)
    .sort((a, b) => a - b);
  const out: DocBlock[] = [];
  let start = 0;
  let carry: string[][] | null = null;
  for (const end of [...breaks, rows.length]) {
    const part = rows.slice(start, end).map((r) => r.map((c) => [...c]));
    if (carry) part.unshift(carry);
    carry = null;
    if (end < rows.length && spec.splitRow) {
      // The last row's long cell goes on over the page: its second paragraph starts the next part.
      const last = part[part.length - 1]!;
      const col = last.findIndex((c) => c.length >= 2);
      if (col >= 0 && cols.roles[col] !== 'name') {
        carry = cols.roles.map((_, j) => (j === col ? last[col]!.slice(1) : ['']));
        last[col] = last[col]!.slice(0, 1);
      }
    }
    out.push({
      kind: 'table',
      part: { header: start === 0 || spec.repeatHeader ? head : null, rows: part },
    });
    if (end < rows.length) out.push({ kind: 'page', number: ++page.n });
    start = end;
  }
  return out;
}

function narrative(spec: ReportSpec, orgFull: string): string[] {
  const year = th(spec.fiscalYear - 1);
  const lines: string[] = [];
  const fmt = (v: number) => th(v.toFixed(2));
  const { total, weak } = spec.claims;
  if (total !== null)
    lines.push(
      spec.narrativeForm % 2 === 0
        ? `ตามที่${orgFull}ได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ${year} โดยภาพรวมได้คะแนน ${fmt(total)} คะแนน`
        : `จากผลการประเมิน ITA ประจำปี พ.ศ. ${year} ${orgFull}ได้คะแนนรวม ${fmt(total)}`,
    );
  else if (weak.length > 0)
    lines.push(
      `จากผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. ${year} พบประเด็นที่ต้องพัฒนา ดังนี้`,
    );
  const indicators = frameworkFor(spec.fiscalYear - 1).indicators;
  for (const w of weak) {
    const name = indicators.find((i) => i.code === w.code)!.name_th;
    lines.push(
      w.value !== null
        ? `ตัวชี้วัดที่ ${th(w.code)} ${name} ได้คะแนน ${fmt(w.value)} ซึ่งเป็นตัวชี้วัดที่ได้คะแนนต่ำที่สุด ต้องพัฒนา`
        : `ประเด็นที่ต้องพัฒนา ได้แก่ ตัวชี้วัดที่ ${th(w.code)} ${name}`,
    );
  }
  if (spec.round && spec.roundEvidence === 'period' && spec.periodIn === 'text') {
    const [endDay, endMonth] = ROUND_END[spec.round];
    lines.push(
      `${orgFull}ได้ดำเนินการตามมาตรการในช่วงระหว่างวันที่ ๑ ตุลาคม ${th(spec.fiscalYear - 1)} ถึงวันที่ ${th(endDay)} ${MONTHS[endMonth]} ${th(yearOf(spec.fiscalYear, endMonth))} รายละเอียดดังนี้`,
    );
  } else
    lines.push(
      `${orgFull}ได้ขับเคลื่อนมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน และรายงานผลการดำเนินการ ดังนี้`,
    );
  return lines;
}

/** The document a spec describes, with Thai or Arabic digits throughout. */
export function buildDocument(spec: ReportSpec): GeneratedDoc {
  const org = spec.org;
  const orgFull = org.name_th;
  const place = spec.locationInText ? ` อำเภอ${org.district} จังหวัด${org.province}` : '';
  const fy = `${pick(FY_FORMS, spec.fiscalYearForm)}${th(spec.fiscalYear)}`;
  const roundWords =
    spec.round && spec.roundEvidence === 'stated'
      ? ` ${pick(ROUND_WORDS[spec.round], spec.roundWord)}`
      : '';
  const date = documentDate(spec);
  const blocks: DocBlock[] = [];
  const p = (text: string, bold = false) => blocks.push({ kind: 'p', text, bold });

  if (spec.memo) {
    const { docForm, office, serial } = spec.memo;
    const abbr = org.abbreviation;
    const number = [
      `ที่ ${abbr} ${th(office)}/${th(serial)}`,
      `ที่ ${abbr}. ${th(office)}/${th(serial)}`,
      `ที่${abbr}.${th(office)}/${th(serial)}`,
      `ที่ ${abbr} ${th(office)}/…..`,
    ][docForm % 4]!;
    p('บันทึกข้อความ', true);
    p(`ส่วนราชการ สำนักปลัด${orgFull}${place}`);
    p(`${number}     วันที่ ${date ?? '........................'}`);
    p(`เรื่อง ${TITLE} ${fy}${roundWords}`);
    p(`เรียน นายก${orgFull}`);
  } else {
    p(`${TITLE}${roundWords}`, true);
    p(fy, true);
    p(`${orgFull}${place}`, true);
  }
  for (const line of narrative(spec, orgFull)) p(line);

  const page = { n: 1 };
  if (spec.shape === 'paragraphs') {
    spec.measures.forEach((m, i) => {
      for (const line of paragraphMeasure(spec, m, i)) p(line);
    });
    return finish(spec, blocks, orgFull, date, null);
  }
  if (spec.shape === 'plan_result') {
    const plan = tableColumns(spec, 'plan');
    blocks.push({
      kind: 'table',
      part: { header: header(spec, plan), rows: tableRows(spec, plan) },
    });
    p(`บัดนี้ ${orgFull}ได้ดำเนินการตามมาตรการแล้ว รายละเอียดมีดังนี้`);
  }
  const lastCols = tableColumns(spec, 'result');
  blocks.push(...paginate(spec, lastCols, tableRows(spec, lastCols), page));
  return finish(spec, blocks, orgFull, date, lastCols);
}

/** A measure as a numbered paragraph with labelled lines (ผู้รับผิดชอบ: …, ผลการดำเนินการ: …, สถานะ: …). */
function paragraphMeasure(spec: ReportSpec, m: MeasureSpec, i: number): string[] {
  const label = (r: ColumnRole) => pick(HEADER_WORDINGS[r], spec.wording[r]);
  const number = spec.numbering === 'paren' ? `(${th(i + 1)})` : `${th(i + 1)}.`;
  return [
    `${number} ${m.words.name}`,
    `${label('responsible')}: ${m.responsible}`,
    ...(spec.periodColumn ? [`${label('period')}: ${periodCell(spec, i)}`] : []),
    `${label('result')}: ${cell(spec, 'result', m, i).join(' ')}`,
    ...(spec.statusColumn ? [`${label('status')}: ${cell(spec, 'status', m, i)[0]}`] : []),
  ];
}

/** The signature or closing date line, the appendix, and the digits. */
function finish(
  spec: ReportSpec,
  blocks: DocBlock[],
  orgFull: string,
  date: string | null,
  lastCols: Columns | null,
): GeneratedDoc {
  const p = (text: string, bold = false) => blocks.push({ kind: 'p', text, bold });
  if (spec.memo) {
    p('จึงเรียนมาเพื่อโปรดทราบ');
    const [name, position] = pick(SIGNERS, spec.dateDay);
    p('(ลงชื่อ)');
    p(`(${name})`);
    p(position);
  } else if (date && (spec.roundEvidence === 'document_date' || spec.dateDay % 2 === 0))
    p(`${orgFull} รายงาน ณ วันที่ ${date}`);
  if (spec.appendix && lastCols) {
    p('ภาคผนวก แบบรายงานผลการดำเนินการ', true);
    blocks.push({
      kind: 'table',
      part: { header: header(spec, lastCols), rows: tableRows(spec, lastCols) },
    });
  }
  return spec.digits === 'arabic' ? mapText(blocks, toArabicDigits) : { blocks };
}

function mapText(blocks: DocBlock[], f: (s: string) => string): GeneratedDoc {
  return {
    blocks: blocks.map((b) => {
      if (b.kind === 'p') return { ...b, text: f(b.text) };
      if (b.kind === 'page') return b;
      return {
        kind: 'table',
        part: {
          header: b.part.header?.map((r) => r.map((c) => ({ ...c, text: f(c.text) }))) ?? null,
          rows: b.part.rows.map((r) => r.map((c) => c.map(f))),
        },
      };
    }),
  };
}
