// Status for the round from the result cells: filled with what was done is completed; empty or a promise is not.
import { describe, expect, it } from 'vitest';
import { checkedStatus, decideStatus, isPromise, reasonIn } from './measure-status';

const inResults = { documentHasResults: true, measureHasResultRow: true };

describe('decideStatus', () => {
  it.each([
    [{ output: 'คู่มือการใช้ดุลพินิจ' }, 'completed'],
    [{ result: 'ได้จัดประชุมเมื่อวันที่ ๓ มีนาคม ๒๕๖๗' }, 'completed'],
    [
      { output: '', outcome: 'รายงานผลการดำเนินงานตามมาตรการ - รอบ ๖ เดือน - รอบ ๑๒ เดือน' },
      'not_started',
    ],
    [
      {
        output: '-',
        detail: 'มีการจัดทำแผนการจัดซื้อจัดจ้าง',
        outcome: 'รายงานผลการดำเนินงานตามมาตรการ - รอบ ๖ เดือน',
      },
      'in_progress',
    ],
    [{ result: 'อยู่ระหว่างดำเนินการ' }, 'in_progress'],
    [{ result: 'ยังไม่ได้ดำเนินการ เนื่องจากงบประมาณไม่เพียงพอ' }, 'not_started'],
    [{ result: 'จะดำเนินการในไตรมาสที่ ๓' }, 'not_started'],
    [{ result: 'ดำเนินการในรอบ ๑๒ เดือน' }, 'not_started'],
    [{ result: 'ดำเนินการแล้วในรอบ ๖ เดือน' }, 'completed'],
    [{ status: 'ดำเนินการแล้ว', result: '' }, 'completed'],
    [{ status: 'อยู่ระหว่างดำเนินการ' }, 'in_progress'],
    [{ status: 'ดำเนินการ', result: 'จัดอบรม' }, 'completed'],
    [{ status: 'รอดำเนินการ' }, 'not_started'],
    [{ status: 'ดำเนินการบางส่วน' }, 'in_progress'],
    [{ status: 'ดำเนินการแล้วบางส่วน' }, 'in_progress'],
    [{ done: '✓' }, 'completed'],
    [{ doing: '/' }, 'in_progress'],
    [{ not_done: '√' }, 'not_started'],
    [{}, 'not_started'],
  ])('%j → %s', (fields, status) => {
    expect(decideStatus(fields, inResults).status).toBe(status);
  });

  it('says unknown when the report has no result columns at all (a plan)', () => {
    expect(
      decideStatus(
        { guideline: 'จัดทำ' },
        { documentHasResults: false, measureHasResultRow: false },
      ),
    ).toEqual({
      status: 'unknown',
      evidence: null,
    });
  });

  it('says not started, and why, when a planned measure is missing from the result table', () => {
    const d = decideStatus({}, { documentHasResults: true, measureHasResultRow: false });
    expect(d.status).toBe('not_started');
    expect(d.evidence).toContain('no row in the result table');
  });

  it('keeps the cells that decided as evidence, labelled', () => {
    expect(
      decideStatus({ output: '<p>คู่มือ</p>', outcome: 'บุคลากร  ถือปฏิบัติ' }, inResults).evidence,
    ).toBe('ผลผลิต: คู่มือ | ผลลัพธ์: บุคลากร ถือปฏิบัติ');
  });
});

describe('isPromise', () => {
  it.each([
    ['รายงานผลการดำเนินงานตามมาตรการเผยแพร่ข้อมูลสู่สาธารณะ -รอบ ๖ เดือน -รอบ ๑๒ เดือน', true],
    ['จะรายงานผลในรอบ ๑๒ เดือน', true],
    ['รายงานผลการดำเนินงานตามมาตรการ', true],
    ['รายงานสถิติการยืม สรุปผลการดำเนินการด้านการให้บริการยืม - คืนทรัพย์สินของราชการ', false],
    ['รายงานผลการจัดซื้อจัดจ้างให้เป็นปัจจุบัน', false],
  ])('%s → %s', (text, promise) => expect(isPromise(text)).toBe(promise));
});

describe('e-PlanNACC statuses', () => {
  it.each([
    [{ status: 'ดำเนินการแล้วเสร็จ' }, 'completed'],
    [{ status: 'อยู่ระหว่างดำเนินการ' }, 'in_progress'],
    [{ status: 'ยังไม่ได้ดำเนินการ' }, 'not_started'],
    [{ status: 'ยังไม่ดำเนินการ' }, 'not_started'],
    [{ status: 'ไม่สามารถดำเนินการได้' }, 'not_possible'],
    [{ result: 'ไม่สามารถดำเนินการได้ เนื่องจากไม่ได้รับการจัดสรรงบประมาณ' }, 'not_possible'],
    [{ output: '-', note: 'ไม่สามารถดำเนินการได้ เนื่องจากไม่มีงบประมาณ' }, 'not_possible'],
    [{ result: '', note: 'อยู่ระหว่างดำเนินการ' }, 'in_progress'],
    [{ result: 'ได้จัดอบรมแล้ว', note: 'ดำเนินการแล้วเสร็จ' }, 'completed'],
  ])('%j → %s', (fields, status) => {
    expect(decideStatus(fields, inResults).status).toBe(status);
  });

  it.each([
    ['ไม่สามารถดำเนินการได้ เนื่องจากไม่ได้รับงบประมาณ', 'no_budget', 'ไม่ได้รับงบประมาณ'],
    ['ไม่สามารถดำเนินการได้ (ไม่ได้รับการจัดสรรงบประมาณ)', 'no_budget', 'ไม่ได้รับการจัดสรรงบประมาณ'],
    ['ไม่สามารถดำเนินการได้ นโยบายผู้บริหารเปลี่ยนแปลง', 'policy_changed', 'นโยบายผู้บริหารเปลี่ยนแปลง'],
    ['ไม่สามารถดำเนินการได้ เนื่องจากบุคลากรไม่เพียงพอ', 'no_staff', 'บุคลากรไม่เพียงพอ'],
    ['ไม่สามารถดำเนินการได้ ขาดบุคลากร', 'no_staff', 'ขาดบุคลากร'],
    ['ไม่สามารถดำเนินการได้ อื่น ๆ (สถานการณ์อุทกภัย)', 'other', 'สถานการณ์อุทกภัย'],
    ['ไม่สามารถดำเนินการได้ อื่นๆ ระบุ ระบบเว็บไซต์ขัดข้อง', 'other', 'ระบบเว็บไซต์ขัดข้อง'],
    ['ไม่สามารถดำเนินการได้ เนื่องจากอยู่ระหว่างปรับปรุงอาคาร', 'other', 'อยู่ระหว่างปรับปรุงอาคาร'],
  ])('%s → reason %s', (text, kind, reason) => {
    const d = decideStatus({ result: text }, inResults);
    expect(d.status).toBe('not_possible');
    expect(d.reason).toEqual({ kind, text: reason });
  });

  it('reads a tick in a ไม่สามารถดำเนินการได้ column, with the reason written beside the tick or in a reason column', () => {
    expect(decideStatus({ cannot: '✓' }, inResults)).toMatchObject({
      status: 'not_possible',
      reason: null,
    });
    expect(decideStatus({ cannot: '✓ ไม่ได้รับงบประมาณ' }, inResults).reason).toEqual({
      kind: 'no_budget',
      text: 'ไม่ได้รับงบประมาณ',
    });
    expect(decideStatus({ cannot: '√', note: 'ขาดบุคลากร' }, inResults).reason?.kind).toBe(
      'no_staff',
    );
    expect(decideStatus({ cannot: '', done: '✓' }, inResults).status).toBe('completed');
  });

  it('reads the reason from the note when the status column only says not possible', () => {
    const d = decideStatus(
      { status: 'ไม่สามารถดำเนินการได้', note: 'นโยบายของผู้บริหารมีการเปลี่ยนแปลง' },
      inResults,
    );
    expect(d).toMatchObject({ status: 'not_possible', reason: { kind: 'policy_changed' } });
  });

  it('gives no reason when none is written', () => {
    expect(decideStatus({ status: 'ไม่สามารถดำเนินการได้' }, inResults).reason).toBeNull();
    expect(reasonIn(['ไม่สามารถดำเนินการได้'])).toBeNull();
  });
});

describe('checkedStatus', () => {
  const form = (marks: string[]) =>
    `${marks[0]} ดำเนินการแล้วเสร็จ ${marks[1]} อยู่ระหว่างดำเนินการ ${marks[2]} ยังไม่ได้ดำเนินการ ${marks[3]} ไม่สามารถดำเนินการได้`;
  it.each([
    [form(['☑', '☐', '☐', '☐']), 'completed'],
    [form(['☐', '☑', '☐', '☐']), 'in_progress'],
    [form(['□', '□', '✓', '□']), 'not_started'],
    [form(['☐', '☐', '☐', '☒']), 'not_possible'],
    [form(['[ ]', '[x]', '[ ]', '[ ]']), 'in_progress'],
    ['ดำเนินการแล้วเสร็จ ✓', 'completed'],
    [form(['☐', '☐', '☐', '☐']), null],
    [form(['☑', '☑', '☐', '☐']), null],
    ['ดำเนินการแล้วเสร็จ', null],
  ])('%s → %s', (text, status) => expect(checkedStatus(text)).toBe(status));

  it('decides the status from the ticked box, not the first status word', () => {
    expect(decideStatus({ status: form(['☐', '☐', '☑', '☐']) }, inResults).status).toBe(
      'not_started',
    );
    expect(
      decideStatus({ result: `จัดอบรมแล้ว\n${form(['☐', '☑', '☐', '☐'])}` }, inResults).status,
    ).toBe('in_progress');
  });
});
