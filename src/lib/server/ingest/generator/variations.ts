// One plain report and every single change of it the generator knows: a failing variation names its cause in its label.
import type { StatusReasonKind } from '../types';
import { buildDocument } from './build';
import { generatedOrgs } from './orgs';
import { renderText } from './render';
import type { MeasureSpec, ReportSpec } from './spec';
import {
  HEADER_WORDINGS,
  MEASURES,
  REASON_WORDS,
  RESULT_GROUP_WORDINGS,
  ROUND_WORDS,
  STATUS_WORDS,
  type ColumnRole,
} from './vocabulary';

const ROLES = Object.keys(HEADER_WORDINGS) as ColumnRole[];
const perRole = <T>(v: T) => Object.fromEntries(ROLES.map((r) => [r, v])) as Record<ColumnRole, T>;

const measure = (i: number, over: Partial<MeasureSpec> = {}): MeasureSpec => ({
  words: MEASURES[i]!,
  status: 'completed',
  reason: null,
  statusWord: 0,
  responsible: 'สำนักปลัด',
  notStarted: 'words',
  ...over,
});

/** อบต.จะรัง (ปัตตานี), FY 2567, round 6 months stated in the title, one combined table of three completed measures. */
export function baseSpec(): ReportSpec {
  const org = generatedOrgs().unique.find((o) => o.code === '6940907')!;
  return {
    org,
    locationInText: true,
    memo: null,
    fiscalYear: 2567,
    fiscalYearForm: 0,
    round: '6m',
    roundEvidence: 'stated',
    periodIn: 'text',
    roundWord: 0,
    periodForm: 0,
    dateDay: 15,
    dateMonth: 0,
    digits: 'thai',
    shape: 'combined',
    numbering: 'column',
    wording: perRole(0),
    resultGroupWording: 0,
    order: {
      ...perRole(0),
      steps: 1,
      period: 2,
      responsible: 3,
      result: 4,
      outcome: 5,
      status: 6,
      note: 7,
    },
    nameFirst: true,
    statusColumn: false,
    periodColumn: false,
    noteColumn: false,
    twoRowHeader: true,
    measures: [measure(0), measure(1), measure(2)],
    pageBreaks: [],
    repeatHeader: true,
    splitRow: false,
    appendix: false,
    claims: { total: null, weak: [] },
    narrativeForm: 0,
  };
}

export type Variation = [label: string, spec: ReportSpec];

/** Every single change of the base report, labelled by what changed. */
export function variations(): Variation[] {
  const base = baseSpec();
  const out: Variation[] = [['the plain report', base]];
  const v = (label: string, change: Partial<ReportSpec>) =>
    out.push([label, { ...base, ...change }]);
  const shapes = [
    ['combined', {}],
    ['plan + result tables', { shape: 'plan_result' as const }],
    ['result table with a two-row header', { shape: 'result_only' as const }],
    ['result table with one result column', { shape: 'result_only' as const, twoRowHeader: false }],
  ] as const;

  const text = (spec: ReportSpec) => renderText(buildDocument(spec));
  for (const [shapeLabel, shape] of shapes) {
    for (const role of ROLES) {
      const columns = {
        ...shape,
        statusColumn: role === 'status',
        periodColumn: role === 'period',
        noteColumn: role === 'note',
      };
      // A wording only counts where the shape has the column: the first wording shows whether it does.
      const first = text({ ...base, ...columns });
      HEADER_WORDINGS[role].forEach((w, i) => {
        const change = { ...columns, wording: { ...base.wording, [role]: i } };
        if (i > 0 && text({ ...base, ...change }) !== first)
          v(`${shapeLabel}, ${role} header "${w}"`, change);
      });
    }
    v(`${shapeLabel}, with status, period and note columns`, {
      ...shape,
      statusColumn: true,
      periodColumn: true,
      noteColumn: true,
    });
    v(`${shapeLabel}, columns in reverse order`, {
      ...shape,
      nameFirst: false,
      order: Object.fromEntries(ROLES.map((r, i) => [r, ROLES.length - i])) as Record<
        ColumnRole,
        number
      >,
    });
    v(`${shapeLabel}, page break with the header repeated`, { ...shape, pageBreaks: [0] });
    v(`${shapeLabel}, page break without the header`, {
      ...shape,
      pageBreaks: [0],
      repeatHeader: false,
    });
    v(`${shapeLabel}, a row continued over a page break`, {
      ...shape,
      pageBreaks: [0],
      splitRow: true,
    });
    v(`${shapeLabel}, a row continued over a page break, no header`, {
      ...shape,
      pageBreaks: [0],
      splitRow: true,
      repeatHeader: false,
    });
    v(`${shapeLabel}, the table repeated in an appendix`, { ...shape, appendix: true });
  }
  const paragraphs = { shape: 'paragraphs' as const };
  v('measures as numbered paragraphs', paragraphs);
  v('measures as numbered paragraphs, (๑) numbering', { ...paragraphs, numbering: 'paren' });
  v('measures as numbered paragraphs, with status and period lines', {
    ...paragraphs,
    statusColumn: true,
    periodColumn: true,
  });
  HEADER_WORDINGS.result.forEach((w, i) => {
    if (i > 0)
      v(`measures as numbered paragraphs, result line "${w}"`, {
        ...paragraphs,
        wording: { ...base.wording, result: i },
      });
  });
  RESULT_GROUP_WORDINGS.forEach((w, i) => {
    if (i > 0)
      v(`result heading "${w}" over ผลผลิต/ผลลัพธ์`, { shape: 'result_only', resultGroupWording: i });
  });
  for (const numbering of ['prefix', 'paren', 'sub', 'none'] as const) {
    v(`numbering ${numbering}`, { numbering });
    v(`numbering ${numbering}, Arabic digits`, { numbering, digits: 'arabic' });
  }
  v('Arabic digits', { digits: 'arabic' });
  for (const fiscalYearForm of [1, 2]) v(`fiscal year form ${fiscalYearForm}`, { fiscalYearForm });

  const memo = { docForm: 0, office: '94101', serial: '12' };
  for (const docForm of [0, 1, 2, 3])
    v(`memo, document number form ${docForm}`, { memo: { ...memo, docForm } });
  const wang = generatedOrgs().twins.find((o) => o.code === '6230107')!;
  for (const docForm of [0, 1, 2, 3])
    v(`วังกระแจะ (ตราด) named only by its memo number, form ${docForm}`, {
      org: wang,
      locationInText: false,
      memo: { docForm, office: '71001', serial: '5' },
    });
  v('no district or province in a unique name', { locationInText: false });

  for (const round of ['3m', '6m', '9m', '12m'] as const) {
    ROUND_WORDS[round].forEach((words, w) => {
      if (round !== base.round || w !== base.roundWord)
        v(`round ${round} stated "${words}"`, { round, roundWord: w });
    });
    v(`round ${round} from the period in the text`, {
      round,
      roundEvidence: 'period',
      periodIn: 'text',
    });
    for (let f = 0; f < 4; f++) {
      v(`round ${round} from the period column, form ${f}`, {
        round,
        roundEvidence: 'period',
        periodIn: 'column',
        periodColumn: true,
        periodForm: f,
      });
    }
  }
  for (const round of ['6m', '12m'] as const)
    for (const dateMonth of [0, 1]) {
      v(`round ${round} from the memo date, month ${dateMonth}`, {
        round,
        roundEvidence: 'document_date',
        memo,
        dateMonth,
      });
      v(`round ${round} from the closing date line, month ${dateMonth}`, {
        round,
        roundEvidence: 'document_date',
        dateMonth,
      });
    }
  v('no round at all, dotted memo date', { round: null, roundEvidence: null, memo });
  v('no round at all, period column of single months', {
    round: null,
    roundEvidence: null,
    periodColumn: true,
  });

  // Combinations the random reports showed to fail, kept as named cases.
  v(
    'fiscal year "ปีงบประมาณ พ.ศ.๒๕๖๗" in the title, the previous assessment year in the narrative',
    {
      fiscalYearForm: 2,
      claims: { total: 91.67, weak: [] },
    },
  );
  v('round from the period column of a table with one row', {
    roundEvidence: 'period',
    periodIn: 'column',
    periodColumn: true,
    measures: [measure(0)],
  });
  v('numbered paragraphs, a measure named without มาตรการ/กิจกรรม/โครงการ', {
    ...paragraphs,
    measures: [measure(0), measure(10), measure(2)],
  });
  v('numbered paragraphs, round from the period every measure states', {
    ...paragraphs,
    roundEvidence: 'period',
    periodIn: 'column',
    periodColumn: true,
  });
  // เทศบาลตำบลจ.ป.ร. and เทศบาลเมืองสุไหงโก-ลก: municipalities, which must resolve to the municipality; อบต.แป-ระ.
  for (const code of ['5850402', '4961001', '6910402']) {
    const org = generatedOrgs().unique.find((o) => o.code === code)!;
    v(`an organisation whose name has punctuation (${org.name_th})`, { org });
  }

  v('total score of the previous year', { claims: { total: 91.67, weak: [] } });
  v('total score, other sentence', { claims: { total: 88.5, weak: [] }, narrativeForm: 1 });
  v('a weak indicator with its score', {
    claims: { total: 91.67, weak: [{ code: '10', value: 62.5 }] },
  });
  v('a weak indicator without a score', {
    claims: { total: null, weak: [{ code: '9', value: null }] },
  });

  for (const statusColumn of [false, true]) {
    const col = statusColumn ? ', status column' : '';
    for (const status of ['in_progress', 'not_started', 'not_possible'] as const)
      // Without a status column the words are not written: one variation per status.
      STATUS_WORDS[status].slice(0, statusColumn ? undefined : 1).forEach((word, statusWord) =>
        v(`a measure ${status} ("${statusColumn ? word : 'result cells'}")${col}`, {
          statusColumn,
          measures: [measure(0), measure(1, { status, statusWord }), measure(2)],
        }),
      );
    for (const notStarted of ['dashes', 'promise'] as const)
      v(`a measure not started, only ${notStarted}${col}`, {
        statusColumn,
        measures: [measure(0), measure(1, { status: 'not_started', notStarted }), measure(2)],
      });
    for (const [kind, texts] of Object.entries(REASON_WORDS))
      texts.forEach((text, i) =>
        v(`could not be done: ${kind} "${text}"${col}`, {
          statusColumn,
          measures: [
            measure(0),
            measure(1, {
              status: 'not_possible',
              reason: { kind: kind as StatusReasonKind, text },
              statusWord: i,
            }),
            measure(2),
          ],
        }),
      );
  }
  return out;
}
