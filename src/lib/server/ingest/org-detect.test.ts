// Organisation clues from the text and their resolution in the registry, with candidates when it cannot decide.
import { describe, expect, it } from 'vitest';
import { findOrgClues, resolveOrg } from './org-detect';
import { registryResolver } from './org-registry';

describe('findOrgClues', () => {
  it('votes for the name the text uses most, ignoring words glued to it', () => {
    const text = [
      'ส่วนราชการ สำนักปลัดองค์การบริหารส่วนตำบลเมืองน้อย',
      'ที่ ศก ๗๗๔๐๑/..... วันที่ ๒๒ มีนาคม ๒๕๖๔',
      'บัดนี้ องค์การบริหารส่วนตำบลเมืองน้อย อำเภอกันทรารมย์ จังหวัดศรีสะเกษ ได้ดำเนินการตามมาตรการองค์การบริหารส่วนตำบลเมืองน้อยเรียบร้อยแล้ว',
      'หัวหน้าสำนักงานปลัด อบต.เมืองน้อย',
    ].join('\n');
    expect(findOrgClues(text)).toEqual({
      prefix: 'องค์การบริหารส่วนตำบล',
      name: 'เมืองน้อย',
      district: 'กันทรารมย์',
      province: 'ศรีสะเกษ',
      abbreviation: 'ศก',
      // "เมืองน้อยเรียบร้อยแล้ว" (glued words) counts for เมืองน้อย, and stays as another reading.
      otherNames: ['เมืองน้อยเรียบร้อยแล้ว'],
    });
  });

  it('finds the name a PDF converter broke with a space (generated 14.chromium.pdf: "แวงน้ อย")', () => {
    const text = [
      'องค์การบริหารส่วนตำบลแวงน้อย',
      'องค์การบริหารส่วนตำบลแวงน้ อยได้ขับเคลื่อนมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
    ].join('\n');
    const clues = findOrgClues(text);
    // The broken piece is a prefix of the name, so it outvotes it ...
    expect(clues).toMatchObject({ name: 'แวงน้', otherNames: ['แวงน้อย'] });
    // ... but finds nothing, and the whole name does: อบต.แวงน้อย, 6401404 (not ทต.แวงน้อย, 5401401).
    expect(resolveOrg(clues, registryResolver()).org?.code).toBe('6401404');
  });

  it('reads the short forms อ. and จ. only when they name real places', () => {
    const c = findOrgClues('อบต.จะรัง อ.ยะหริ่ง จ.ปัตตานี (ลงชื่อ) พ.จ.ต. สมชาย');
    expect(c).toMatchObject({ name: 'จะรัง', district: 'ยะหริ่ง', province: 'ปัตตานี' });
  });

  it('keeps the dots and hyphens of a name and a district', () => {
    expect(
      findOrgClues('องค์การบริหารส่วนตำบลจ.ป.ร. อำเภอกระบุรี\nองค์การบริหารส่วนตำบลจ.ป.ร.ได้ขับเคลื่อน'),
    ).toMatchObject({ name: 'จ.ป.ร.', district: 'กระบุรี' });
    expect(findOrgClues('องค์การบริหารส่วนตำบลสุไหงโก-ลก อำเภอสุไหงโก-ลก จังหวัดนราธิวาส')).toMatchObject({
      name: 'สุไหงโก-ลก',
      district: 'สุไหงโก-ลก',
      province: 'นราธิวาส',
    });
  });

  it.each([
    'ที่ ตร ๗๑๐๐๑/๑๒๓',
    'ที่ ตร. ๗๑๐๐๑/…',
    'ที่ตร.๗๑๐๐๑/ว ๑๒',
    'ที่ ตร.71001/123',
    'ที่ ตร 71001.2/ว 45',
    'ที่ ตร. ๗๑๐๐๑',
    'บันทึกข้อความ ส่วนราชการ องค์การบริหารส่วนตำบลวังกระแจะที่ ตร ๗๑๐๐๑/๕๕ วันที่ ๒๐ เมษายน ๒๕๖๘',
  ])('reads the province letters of the document number %j', (text) => {
    expect(findOrgClues(text).abbreviation).toBe('ตร');
  });

  it('does not take words after ที่ for a document number', () => {
    expect(findOrgClues('ประชุมครั้งที่ ๒/๒๕๖๘ ณ ห้องประชุม').abbreviation).toBeNull();
    expect(findOrgClues('พื้นที่ ตร.ม. 1200').abbreviation).toBeNull();
  });

  it('reads the place from an address or a signature block, short forms in brackets too', () => {
    expect(findOrgClues('ปลัดองค์การบริหารส่วนตำบลวังกระแจะ (อ.ไทรโยค จ.กาญจนบุรี)')).toMatchObject({
      name: 'วังกระแจะ',
      district: 'ไทรโยค',
      province: 'กาญจนบุรี',
    });
    expect(
      findOrgClues('ที่ทำการองค์การบริหารส่วนตำบลเขาสมิง ต.เขาสมิง อ.เขาสมิง จ.ตราด ๒๓๑๓๐'),
    ).toMatchObject({ name: 'เขาสมิง', district: 'เขาสมิง', province: 'ตราด' });
  });

  it('ignores document numbers that are not a province abbreviation', () => {
    expect(findOrgClues('ที่ มท ๐๘๐๘.๒/ว ๑๒๓').abbreviation).toBeNull();
  });
});

describe('resolveOrg', () => {
  const resolver = registryResolver();

  it('resolves a name with its district and province', () => {
    const r = resolveOrg(
      { prefix: 'อบต.', name: 'จะรัง', district: 'ยะหริ่ง', province: 'ปัตตานี', abbreviation: null },
      resolver,
    );
    expect(r.org?.code).toBe('6940907');
    expect(r.detection.status).toBe('resolved');
  });

  it('resolves names with punctuation read from the text', () => {
    const org = (text: string) => resolveOrg(findOrgClues(text), resolver).org?.code;
    expect(org('เทศบาลตำบลจ.ป.ร. อำเภอกระบุรี จังหวัดระนอง')).toBe('5850402');
    expect(org('เทศบาลเมืองสุไหงโก-ลก อำเภอสุไหงโก-ลก จังหวัดนราธิวาส')).toBe('4961001');
    expect(org('องค์การบริหารส่วนตำบลแป-ระ อำเภอท่าแพ จังหวัดสตูล')).toBe('6910402');
  });

  it('keeps a name that ends in a location word (สามตำบล)', () => {
    const text = [
      'ส่วนราชการ สำนักปลัดองค์การบริหารส่วนตำบลสามตำบล อำเภอจุฬาภรณ์ จังหวัดนครศรีธรรมราช',
      'เรียน นายกองค์การบริหารส่วนตำบลสามตำบล',
      'ตามที่องค์การบริหารส่วนตำบลสามตำบลได้รับผลการประเมิน',
      'องค์การบริหารส่วนตำบลสามตำบลได้ขับเคลื่อนมาตรการ',
    ].join('\n');
    expect(resolveOrg(findOrgClues(text), resolver).org?.code).toBe('6801903');
  });

  it('resolves "อำเภอเมือง" to the capital district of the province', () => {
    const r = resolveOrg(
      {
        prefix: 'องค์การบริหารส่วนตำบล',
        name: 'ตะลุโบะ',
        district: 'เมือง',
        province: 'ปัตตานี',
        abbreviation: null,
      },
      resolver,
    );
    expect(r.org?.code).toBe('6940108');
  });

  it('lists the candidates when the name alone fits two organisations', () => {
    const r = resolveOrg(
      {
        prefix: 'องค์การบริหารส่วนตำบล',
        name: 'วังกระแจะ',
        district: null,
        province: null,
        abbreviation: null,
      },
      resolver,
    );
    expect(r.org).toBeNull();
    expect(r.detection.status).toBe('ambiguous');
    expect(r.detection.candidates.map((c) => c.code)).toEqual(['6230107', '6710207']);
    expect(r.warnings[0]).toMatch(
      /more than one organisation fits; candidates: 6230107 .*; 6710207/,
    );
  });

  it('tries again without a district that matches nothing, and says so', () => {
    const r = resolveOrg(
      {
        prefix: 'องค์การบริหารส่วนตำบล',
        name: 'จะรัง',
        district: 'ไม่มีอำเภอนี้',
        province: 'ปัตตานี',
        abbreviation: null,
      },
      resolver,
    );
    expect(r.org?.code).toBe('6940907');
    expect(r.warnings[0]).toMatch(/without the district named in the text/);
  });

  it('says so when no name is found', () => {
    const r = resolveOrg(
      { prefix: null, name: null, district: null, province: null, abbreviation: null },
      resolver,
    );
    expect(r.detection.status).toBe('not_found');
    expect(r.warnings[0]).toMatch(/no organisation name/);
  });
});
