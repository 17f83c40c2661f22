import { describe, expect, it } from 'vitest';
import { parseThaiNumber, toArabicDigits, toThaiDigits } from './digits';

describe('Thai digits', () => {
  it('converts Thai digits to Arabic and keeps other text', () => {
    expect(toArabicDigits('ได้คะแนน ๙๑.๖๗')).toBe('ได้คะแนน 91.67');
    expect(toArabicDigits('ที่ ศก ๗๗๔๐๑/๑๒๓')).toBe('ที่ ศก 77401/123');
  });
  it('converts Arabic digits to Thai', () => {
    expect(toThaiDigits('2567')).toBe('๒๕๖๗');
    expect(toThaiDigits('85.00 %')).toBe('๘๕.๐๐ %');
  });
  it('round-trips every digit', () => {
    expect(toArabicDigits(toThaiDigits('0123456789'))).toBe('0123456789');
  });
});

describe('parseThaiNumber', () => {
  it.each([
    ['๙๑.๖๗', 91.67],
    ['91.67', 91.67],
    [' 6.25 ', 6.25],
    ['85%', 85],
    ['๘๕ %', 85],
    ['1,234.5', 1234.5],
    ['-3.2', -3.2],
    ['.5', 0.5],
  ])('parses %s as %d', (input, expected) => {
    expect(parseThaiNumber(input)).toBe(expected);
  });
  it.each(['', '   ', '-', 'ไม่มีข้อมูล', '9O.1', '1,2'])('treats %j as missing', (input) => {
    expect(parseThaiNumber(input)).toBeNull();
  });
  it('treats null and undefined as missing', () => {
    expect(parseThaiNumber(null)).toBeNull();
    expect(parseThaiNumber(undefined)).toBeNull();
  });
});
