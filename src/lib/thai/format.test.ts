import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, formatFiscalYear, formatNumber, formatShare } from './format';

describe('Thai formatting', () => {
  it('formats scores with two decimals and grouping', () => {
    expect(formatNumber(91.666, 'th')).toBe('91.67');
    expect(formatCount(7283, 'th')).toBe('7,283');
    expect(formatNumber(null, 'th')).toBe('–');
  });
  it('formats shares as percentages', () => {
    expect(formatShare(0.52219, 'th')).toBe('52.2%');
    expect(formatShare(0.8, 'en', 0)).toBe('80%');
  });
  it('keeps fiscal years in BE, with the CE span in English', () => {
    expect(formatFiscalYear(2567, 'th')).toBe('ปีงบประมาณ 2567');
    expect(formatFiscalYear(2567, 'en')).toBe('FY 2567 (2023/24)');
  });
  it('writes dates in the Buddhist calendar for Thai', () => {
    const d = new Date(Date.UTC(2026, 10, 22, 12));
    expect(formatDate(d, 'th')).toBe('22 พ.ย. 2569');
    expect(formatDate(d, 'en')).toBe('22 Nov 2026');
  });
});
