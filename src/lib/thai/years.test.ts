import { describe, expect, it } from 'vitest';
import { asBE, fiscalYearOf, fiscalYearRange, toBE, toCE, yearBasis } from './years';

describe('BE and CE years', () => {
  it('converts both ways', () => {
    expect(toBE(2024)).toBe(2567);
    expect(toCE(2567)).toBe(2024);
  });
  it('detects the basis of a year', () => {
    expect(yearBasis(2567)).toBe('BE');
    expect(yearBasis(2024)).toBe('CE');
    expect(yearBasis(67)).toBeNull();
    expect(yearBasis(2567.5)).toBeNull();
  });
  it('normalises to BE', () => {
    expect(asBE(2024)).toBe(2567);
    expect(asBE(2563)).toBe(2563);
    expect(asBE(12)).toBeNull();
  });
});

describe('fiscal years', () => {
  it('starts a fiscal year on 1 October', () => {
    expect(fiscalYearOf(new Date(Date.UTC(2023, 8, 30)))).toBe(2566);
    expect(fiscalYearOf(new Date(Date.UTC(2023, 9, 1)))).toBe(2567);
    expect(fiscalYearOf(new Date(Date.UTC(2024, 8, 30)))).toBe(2567);
  });
  it('gives the CE dates a fiscal year covers', () => {
    expect(fiscalYearRange(2567)).toEqual({ start: '2023-10-01', end: '2024-09-30' });
  });
});
