// Status for the round from the result cells: filled with what was done is completed; empty or a promise is not.
import { describe, expect, it } from 'vitest';
import { decideStatus, isPromise } from './measure-status';

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
