// The words around official figures: the difference from the official mean, and one source line per publisher.
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/messages';
import { officialDiffText, officialSourceLine, withOfficialShare } from './official';

const th = translator('th');
const en = translator('en');

describe('officialDiffText', () => {
  it.each([
    [91.67, 90.11, 'สูงกว่าค่าเฉลี่ยทางการ 1.56 คะแนน'],
    [84.99, 90.11, 'ต่ำกว่าค่าเฉลี่ยทางการ 5.12 คะแนน'],
    // Differences below half a hundredth round to equal, as the two-decimal scores print.
    [90.114, 90.11, 'เท่ากับค่าเฉลี่ยทางการ'],
  ])('%s against %s', (value, official, text) => {
    expect(officialDiffText(value, official, th, 'th')).toBe(text);
  });
  it('speaks English too', () => {
    expect(officialDiffText(80.72, 87.04, en, 'en')).toBe('6.32 points below the official mean');
  });
});

describe('officialSourceLine', () => {
  const src = (fy: number, publisher: string) => ({
    fiscal_year: fy,
    publisher_th: publisher,
    publisher_en: `${publisher} (en)`,
    source_th: '',
    source_en: '',
    source_url: '',
  });
  it('names each publisher once with its years in order', () => {
    const rows = [src(2568, 'ข่าวทำเนียบรัฐบาล'), src(2566, 'ป.ป.ช.'), src(2565, 'ป.ป.ช.')];
    expect(officialSourceLine(rows, th, 'th')).toBe(
      'ตัวเลขทางการ ป.ป.ช. (ตัวเลขจริงที่เผยแพร่): ป.ป.ช. ปีงบประมาณ 2565, 2566; ข่าวทำเนียบรัฐบาล ปีงบประมาณ 2568',
    );
    expect(officialSourceLine(rows.slice(1), en, 'en')).toBe(
      'Official NACC figures (real, as published): ป.ป.ช. (en), fiscal year 2565, 2566',
    );
  });
});

describe('withOfficialShare', () => {
  it('adds the official share of each row’s year, null where none was published', () => {
    const official = [{ fiscal_year: 2566, pass_share: 0.8094 }] as Parameters<
      typeof withOfficialShare
    >[1];
    expect(withOfficialShare([{ fiscal_year: 2566 }, { fiscal_year: 2569 }], official)).toEqual([
      { fiscal_year: 2566, official_pass_share: 0.8094 },
      { fiscal_year: 2569, official_pass_share: null },
    ]);
  });
});
