// The one name of a round and the one rule for the round a summary speaks of.
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/messages';
import { latestRound, latestRoundRow, roundName } from './measure-rounds';

const th = translator('th');
const en = translator('en');

describe('roundName', () => {
  it.each([
    ['3m', 'รอบ 3 เดือน', '3-month round'],
    ['6m', 'รอบ 6 เดือน', '6-month round'],
    ['12m', 'รอบ 12 เดือน', '12-month round'],
    ['unknown', 'ไม่ระบุรอบ', 'Round not stated'],
    // A report whose round is empty, or a value this version does not know, states no round.
    [null, 'ไม่ระบุรอบ', 'Round not stated'],
    ['18m', 'ไม่ระบุรอบ', 'Round not stated'],
  ])('%s is "%s" / "%s"', (round, thai, english) => {
    expect(roundName(round, th)).toBe(thai);
    expect(roundName(round, en)).toBe(english);
  });
});

describe('latestRound', () => {
  it('takes the latest stated round even when unknown comes after it', () => {
    expect(latestRound([{ round: '6m' }, { round: '12m' }, { round: 'unknown' }])).toBe('12m');
    expect(latestRound([{ round: 'unknown' }, { round: '12m' }, { round: '6m' }])).toBe('12m');
  });
  it('falls back to unknown only when no row states a round', () => {
    expect(latestRound([{ round: 'unknown' }])).toBe('unknown');
    expect(latestRound([])).toBeUndefined();
  });
});

describe('latestRoundRow', () => {
  it("is the latest year's latest stated round, never an earlier year's", () => {
    const rows = [
      { fiscal_year: 2566, round: '12m', n: 1 },
      { fiscal_year: 2567, round: '6m', n: 2 },
      { fiscal_year: 2567, round: 'unknown', n: 3 },
    ];
    expect(latestRoundRow(rows)?.n).toBe(2);
    expect(latestRoundRow([{ fiscal_year: 2567, round: 'unknown', n: 4 }])?.n).toBe(4);
    expect(latestRoundRow([])).toBeUndefined();
  });
});
