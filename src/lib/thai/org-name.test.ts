import { describe, expect, it } from 'vitest';
import {
  boundedEditDistance,
  cleanThaiText,
  deletionVariants,
  normalizeThaiName,
  parseOrgName,
  stripLocationWord,
  stripOrgType,
  type ParsedOrgName,
} from './org-name';

const ZWSP = '\u200B';
const NBSP = '\u00A0';

const sao = (
  core: string,
  district: string | null = null,
  province: string | null = null,
): ParsedOrgName => ({
  type: 'sao',
  core,
  district,
  province,
});

describe('parseOrgName', () => {
  it.each<[string, ParsedOrgName]>([
    ['องค์การบริหารส่วนตำบลจะรัง อำเภอยะหริ่ง จังหวัดปัตตานี', sao('จะรัง', 'ยะหริ่ง', 'ปัตตานี')],
    ['องค์การบริหารส่วนตำบลจะรังอำเภอยะหริ่งจังหวัดปัตตานี', sao('จะรัง', 'ยะหริ่ง', 'ปัตตานี')],
    ['องค์การ บริหารส่วน ตำบล จะรัง', sao('จะรัง')],
    ['อบต.จะรัง', sao('จะรัง')],
    ['อบต. จะรัง', sao('จะรัง')],
    ['อบต จะรัง', sao('จะรัง')],
    ['อบตจะรัง', sao('จะรัง')],
    ['อ.บ.ต.จะรัง', sao('จะรัง')],
    ['อบต.จะรัง อ.ยะหริ่ง จ.ปัตตานี', sao('จะรัง', 'ยะหริ่ง', 'ปัตตานี')],
    ['อบต.จะรัง อ. ยะหริ่ง จ. ปัตตานี', sao('จะรัง', 'ยะหริ่ง', 'ปัตตานี')],
    ['อบต.จะรังอ.ยะหริ่งจ.ปัตตานี', sao('จะรัง', 'ยะหริ่ง', 'ปัตตานี')],
    ['อบต.จะรัง จังหวัดปัตตานี อำเภอยะหริ่ง', sao('จะรัง', 'ยะหริ่ง', 'ปัตตานี')],
    ['อบต.จะรัง ตำบลจะรัง อำเภอยะหริ่ง', sao('จะรัง', 'ยะหริ่ง')],
    ['อบต.จะรัง อำเภอยะหริ่ง จังหวัดปัตตานี ๙๔๑๕๐', sao('จะรัง', 'ยะหริ่ง', 'ปัตตานี')],
    [`  อบต.${NBSP}จะรัง${ZWSP}  อำเภอ${NBSP}ยะหริ่ง  `, sao('จะรัง', 'ยะหริ่ง')],
    ['อบต.วังกระแจะ อ.เมือง จ.ตราด', sao('วังกระแจะ', 'เมือง', 'ตราด')],
    // The word ตำบล inside a name, and the acronym จ.ป.ร., are not location words.
    ['อบต.สามตำบล อำเภอจุฬาภรณ์', sao('สามตำบล', 'จุฬาภรณ์')],
    ['องค์การบริหารส่วนตำบลจ.ป.ร.', sao('จ.ป.ร.')],
    ['อบต.จ.ป.ร. อ.กระบุรี จ.ระนอง', sao('จ.ป.ร.', 'กระบุรี', 'ระนอง')],
    ['อบต.ปอภาร  (ปอพาน)', sao('ปอภาร (ปอพาน)')],
    // A name ending in อ just before the abbreviation อ.
    ['อบต.ห้วยทรายเหนืออ.แม่ริม', sao('ห้วยทรายเหนือ', 'แม่ริม')],
  ])('reads %j', (text, expected) => {
    expect(parseOrgName(text)).toEqual(expected);
  });

  it.each<[string, ParsedOrgName['type'], string]>([
    ['เทศบาลตำบลจะรัง', 'subdistrict_municipality', 'จะรัง'],
    ['ทต.จะรัง', 'subdistrict_municipality', 'จะรัง'],
    ['ทต. จะรัง', 'subdistrict_municipality', 'จะรัง'],
    ['เทศบาลเมืองปัตตานี', 'town_municipality', 'ปัตตานี'],
    ['ทม.ปัตตานี', 'town_municipality', 'ปัตตานี'],
    ['เทศบาลนครยะลา', 'city_municipality', 'ยะลา'],
    ['ทน.ยะลา', 'city_municipality', 'ยะลา'],
    ['องค์การบริหารส่วนจังหวัดปัตตานี', 'pao', 'ปัตตานี'],
    ['อบจ.ปัตตานี', 'pao', 'ปัตตานี'],
    // Tambon names that begin with the letters of an abbreviation: no dot, no type.
    ['ทมอ', null, 'ทมอ'],
    ['ทมนางาม', null, 'ทมนางาม'],
    ['จะรัง', null, 'จะรัง'],
    // A bare เทศบาล does not say the level: no type is guessed.
    ['เทศบาลจะรัง', null, 'เทศบาลจะรัง'],
  ])('types %j', (text, type, core) => {
    const parsed = parseOrgName(text);
    expect(parsed.type).toBe(type);
    expect(parsed.core).toBe(core);
  });

  it('does not read the จังหวัด of องค์การบริหารส่วนจังหวัด as a province', () => {
    expect(parseOrgName('องค์การบริหารส่วนจังหวัดปัตตานี').province).toBeNull();
  });

  it('takes the tambon as the name when only location words are given', () => {
    expect(parseOrgName('ตำบลจะรัง อำเภอยะหริ่ง จังหวัดปัตตานี')).toEqual({
      type: null,
      core: 'จะรัง',
      district: 'ยะหริ่ง',
      province: 'ปัตตานี',
    });
    expect(parseOrgName('ต.จะรัง อ.ยะหริ่ง').core).toBe('จะรัง');
  });

  it('gives an empty core for a type word alone or empty text', () => {
    expect(parseOrgName('อบต.')).toEqual(sao(''));
    expect(parseOrgName('  ')).toEqual({ type: null, core: '', district: null, province: null });
  });
});

describe('normalizeThaiName', () => {
  it.each([
    ['จะรัง', 'จะรัง'],
    [' จะ รัง ', 'จะรัง'],
    [`จะ${ZWSP}รัง${NBSP}`, 'จะรัง'],
    ['สุไหงโก-ลก', 'สุไหงโกลก'],
    ['จ.ป.ร.', 'จปร'],
    ['ปอภาร  (ปอพาน)', 'ปอภารปอพาน'],
    ['หมู่ ๑๒', 'หมู่12'],
    ['Khao Saming', 'khaosaming'],
    // SARA AM typed as NIKHAHIT + SARA AA, as PDF converters produce it.
    ['ท\u0E4D\u0E32นบ', 'ทำนบ'],
    // A tone mark typed before the vowel below it looks the same but is a different string.
    ['ผ\u0E49\u0E39', 'ผู้'],
    ['น้\u0E49ำ', 'น้ำ'],
  ])('turns %j into %j', (text, expected) => {
    expect(normalizeThaiName(text)).toBe(expected);
  });

  it('composes to NFC', () => {
    expect(normalizeThaiName('e\u0301')).toBe('\u00E9');
  });
});

describe('cleanThaiText', () => {
  it('keeps punctuation and single spaces but drops invisible characters', () => {
    expect(cleanThaiText(` อบต.${ZWSP}จะรัง${NBSP}${NBSP}(ปัตตานี) `)).toBe('อบต.จะรัง (ปัตตานี)');
    expect(cleanThaiText('ที่ ศก ๗๗๔๐๑')).toBe('ที่ ศก 77401');
  });
});

describe('stripOrgType and stripLocationWord', () => {
  it('removes the type word only at the start', () => {
    expect(stripOrgType('อบต. จะรัง อ.ยะหริ่ง')).toEqual({ type: 'sao', rest: 'จะรัง อ.ยะหริ่ง' });
    expect(stripOrgType('จะรัง อบต.')).toEqual({ type: null, rest: 'จะรัง อบต.' });
  });
  it.each<[string, 'district' | 'province', string]>([
    ['อำเภอยะหริ่ง', 'district', 'ยะหริ่ง'],
    ['อ.ยะหริ่ง', 'district', 'ยะหริ่ง'],
    ['กิ่งอำเภอยะหริ่ง', 'district', 'ยะหริ่ง'],
    ['ยะหริ่ง', 'district', 'ยะหริ่ง'],
    // ออมก๋อย begins with อ but has no dot: not an abbreviation.
    ['ออมก๋อย', 'district', 'ออมก๋อย'],
    ['จังหวัด ปัตตานี', 'province', 'ปัตตานี'],
    ['จ.ปัตตานี', 'province', 'ปัตตานี'],
  ])('strips %j as a %s', (text, kind, expected) => {
    expect(stripLocationWord(text, kind)).toBe(expected);
  });
});

describe('boundedEditDistance', () => {
  it.each([
    ['จะรัง', 'จะรัง', 0],
    ['ตะลุโบ', 'ตะลุโบะ', 1],
    ['จะรงั', 'จะรัง', 1], // neighbours swapped
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['ab', 'ba', 1],
  ])('%j to %j is %d', (a, b, d) => {
    expect(boundedEditDistance(a, b, 5)).toBe(d);
    expect(boundedEditDistance(b, a, 5)).toBe(d);
  });

  it('stops at max + 1 when the strings are further apart', () => {
    expect(boundedEditDistance('kitten', 'sitting', 2)).toBe(3);
    expect(boundedEditDistance('จะรัง', 'วังกระแจะ', 1)).toBe(2);
  });

  it('handles strings longer than its scratch rows', () => {
    const long = 'ก'.repeat(50);
    expect(boundedEditDistance(long, long + 'ข', 3)).toBe(1);
  });
});

describe('deletionVariants', () => {
  it('lists every string with up to max characters deleted', () => {
    expect([...deletionVariants('abc', 1)].sort()).toEqual(['ab', 'abc', 'ac', 'bc']);
    expect([...deletionVariants('abc', 2)].sort()).toEqual([
      'a',
      'ab',
      'abc',
      'ac',
      'b',
      'bc',
      'c',
    ]);
  });
  it('shares a variant between names one typo apart', () => {
    const typo = deletionVariants('จะรงั', 1);
    expect([...deletionVariants('จะรัง', 1)].some((v) => typo.has(v))).toBe(true);
  });
});
