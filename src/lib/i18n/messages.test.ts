import { describe, expect, it } from 'vitest';
import { MESSAGES, translator } from './messages';

describe('messages', () => {
  it('has every key in both languages with the same placeholders', () => {
    const th = MESSAGES.th;
    const en = MESSAGES.en;
    expect(Object.keys(en).sort()).toEqual(Object.keys(th).sort());
    for (const key of Object.keys(th) as (keyof typeof th)[]) {
      const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect({ key, vars: vars(en[key]) }).toEqual({ key, vars: vars(th[key]) });
    }
  });
  it('fills placeholders', () => {
    expect(translator('th')('home.kpi.pass', { mark: 85 })).toBe('สัดส่วนที่ผ่านเกณฑ์ 85 คะแนน');
    expect(translator('en')('home.kpi.pass', { mark: 85 })).toBe('Share at or above 85');
  });
});
