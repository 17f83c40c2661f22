// Finds the organisation of each record: by code, else by name with district and province; adds non-SAO agencies when asked.
import crypto from 'node:crypto';
import { normalizeThaiName, parseOrgName, stripLocationWord } from '../../thai/org-name';
import { loadSubdistricts, PROVINCES } from '../registry/subdistricts';
import type { OrgRecord, OrgResolver, ResolveHints, Resolution } from '../registry/resolver';
import { namesFor, parseOrgType, type OrgType } from './org-type';
import { problem } from './problems';
import type { ScoreRecord } from './score-records';

/** A row for the org table, for agencies a file adds to the registry (--add-orgs). */
export interface NewOrg {
  code: string;
  name_th: string;
  short_name_th: string;
  type: OrgType;
  district_code: string | null;
  district_th: string | null;
  province_code: string;
  province_th: string;
  region: string;
  /** Where in the file it came from. */
  sheet: string | null;
  row: number;
}

export interface OrgMatchOptions {
  file: string;
  resolver: OrgResolver;
  orgsByCode: Map<string, OrgRecord>;
  /** Add agencies that are not SAOs (municipalities, PAOs) to the registry when the file gives their type. */
  addOrgs: boolean;
}

/** How many candidates a problem lists. */
const SHOWN_CANDIDATES = 3;

const describe = (o: OrgRecord) =>
  `${o.code} ${o.short_name_th} (${[o.district_th, o.province_th].filter(Boolean).join(', ')})`;

/** Distinct texts a lookup remembers; the server lives long, and files may carry any text in these cells. */
const MEMO_LIMIT = 10_000;

/** Remembers a pure lookup by its text: a large file names the same few places on thousands of rows. */
function memo<T>(fn: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    if (!seen.has(text)) {
      if (seen.size >= MEMO_LIMIT) seen.clear();
      seen.set(text, fn(text));
    }
    return seen.get(text)!;
  };
}

const provinceByText = memo((text: string) => {
  const key = normalizeThaiName(stripLocationWord(text, 'province'));
  return (
    PROVINCES.find(
      (p) =>
        normalizeThaiName(p.name_th) === key ||
        normalizeThaiName(p.name_en) === key ||
        p.code === key,
    ) ?? null
  );
});

function findProvince(text: string | null) {
  return text ? provinceByText(text) : null;
}

const districtByText = memo((provinceAndText: string) => {
  const [provinceCode, text] = provinceAndText.split('\u0000') as [string, string];
  const key = normalizeThaiName(stripLocationWord(text, 'district'));
  const hit = loadSubdistricts().find(
    (s) => s.province_code === provinceCode && normalizeThaiName(s.district_th) === key,
  );
  return hit ? { code: hit.district_code, name: hit.district_th } : null;
});

function findDistrict(
  text: string | null,
  provinceCode: string,
): { code: string; name: string } | null {
  return text ? districtByText(`${provinceCode}\u0000${text}`) : null;
}

export class OrgMatcher {
  /** Agencies this file adds, by code, in the order first met. */
  readonly added = new Map<string, NewOrg>();
  /**
   * Name resolutions by name and hints: a file of several years names each organisation once a year, and an
   * unknown name costs a scan of the registry for near names.
   */
  private readonly resolved = new Map<string, Resolution>();

  constructor(private readonly opts: OrgMatchOptions) {}

  /** Resolves a name; near-name candidates (a registry scan) only when `candidates`, since only errors show them. */
  private resolveName(name: string, hints: ResolveHints, candidates: boolean): Resolution {
    const key = [name, hints.district, hints.province, hints.type, candidates].join('\u0000');
    let r = this.resolved.get(key);
    if (!r) {
      r = this.opts.resolver.resolve(name, hints, { candidates });
      this.resolved.set(key, r);
    }
    return r;
  }

  /** The organisation code for the record, or null with an error added to the record. */
  match(rec: ScoreRecord): string | null {
    const place = {
      file: this.opts.file,
      sheet: rec.sheet,
      row: rec.rows[0]!,
      column: rec.orgRef?.letter ?? null,
    };
    const fail = (en: string, th: string) => {
      rec.problems.push(problem('error', place, en, th));
      return null;
    };
    const typeFromColumn = rec.orgType ? parseOrgType(rec.orgType) : null;
    if (rec.orgType && !typeFromColumn)
      rec.problems.push(
        problem(
          'warning',
          place,
          `type "${rec.orgType}" is not a known agency type; ignored`,
          `ประเภท "${rec.orgType}" ไม่ใช่ประเภทหน่วยงานที่รู้จัก จึงไม่ใช้`,
        ),
      );
    const parsed = rec.orgName ? parseOrgName(rec.orgName) : null;
    const type = typeFromColumn ?? parsed?.type ?? null;
    const hints = { district: rec.district, province: rec.province, type };
    const byName = rec.orgName ? this.resolveName(rec.orgName, hints, false) : null;
    /** The closest registry names, for an error message. */
    const near = () => (rec.orgName ? this.resolveName(rec.orgName, hints, true).candidates : []);
    const candidates = (list: OrgRecord[]) =>
      list.length ? `; closest: ${list.slice(0, SHOWN_CANDIDATES).map(describe).join('; ')}` : '';
    const candidatesTh = (list: OrgRecord[]) =>
      list.length ? ` ใกล้เคียงที่สุด: ${list.slice(0, SHOWN_CANDIDATES).map(describe).join('; ')}` : '';

    if (rec.orgCode) {
      // A code the organisation had before (the first registry's 6-digit subdistrict code) still finds it.
      const org =
        this.opts.orgsByCode.get(rec.orgCode) ??
        this.added.get(rec.orgCode) ??
        this.opts.resolver.byCode(rec.orgCode);
      if (org) {
        // An agency this file added carries the file's own name for it: nothing to compare.
        const agrees =
          !byName ||
          this.added.has(org.code) ||
          (byName.status === 'resolved'
            ? byName.org.code === org.code
            : (byName.status === 'unknown' ? near() : byName.candidates).some(
                (c) => c.code === org.code,
              ));
        if (!agrees)
          rec.problems.push(
            problem(
              'warning',
              place,
              `code ${org.code} is ${org.short_name_th} (${org.district_th ?? ''}, ${org.province_th ?? ''}) but the name says "${rec.orgName}"; the code is used`,
              `รหัส ${org.code} คือ ${org.short_name_th} แต่ชื่อในแถวคือ "${rec.orgName}" จึงใช้ตามรหัส`,
            ),
          );
        return org.code;
      }
      // Files sometimes carry another numbering: the name, district and province,
      // when they point to exactly one organisation, identify it as well as they do without a code.
      if (byName?.status === 'resolved') {
        rec.problems.push(
          problem(
            'warning',
            place,
            `code ${rec.orgCode} is not in the registry; matched by ${byName.matchedBy} to ${describe(byName.org)}`,
            `ไม่พบรหัส ${rec.orgCode} ในทะเบียน จึงจับคู่ตามชื่อกับ ${describe(byName.org)}`,
          ),
        );
        return byName.org.code;
      }
      if (this.opts.addOrgs && type && type !== 'sao')
        return this.add(rec, rec.orgCode, type, place);
      const closest = near();
      return fail(
        `code ${rec.orgCode} is not in the registry${candidates(closest)}`,
        `ไม่พบรหัส ${rec.orgCode} ในทะเบียน${candidatesTh(closest)}`,
      );
    }
    if (!rec.orgName || !byName) return null; // requireOrg has already reported the row.
    if (byName.status === 'resolved') return byName.org.code;
    if (byName.status === 'ambiguous')
      return fail(
        `"${rec.orgName}" matches ${byName.candidates.length} organisations; add a code, district or province column: ${byName.candidates.slice(0, SHOWN_CANDIDATES).map(describe).join('; ')}`,
        `"${rec.orgName}" ตรงกับ ${byName.candidates.length} หน่วยงาน ให้เพิ่มคอลัมน์รหัส อำเภอ หรือจังหวัด: ${byName.candidates.slice(0, SHOWN_CANDIDATES).map(describe).join('; ')}`,
      );
    if (this.opts.addOrgs && type && type !== 'sao') return this.add(rec, null, type, place);
    const closest = near();
    return fail(
      `no organisation in the registry matches "${rec.orgName}"${[rec.district, rec.province].some(Boolean) ? ` (${[rec.district, rec.province].filter(Boolean).join(', ')})` : ''}${candidates(closest)}`,
      `ไม่พบหน่วยงาน "${rec.orgName}" ในทะเบียน${candidatesTh(closest)}`,
    );
  }

  /** Registers a non-SAO agency from the file; the code is the file's, or one derived from type, place and name. */
  private add(
    rec: ScoreRecord,
    code: string | null,
    type: OrgType,
    place: { file: string; sheet: string | null; row: number; column: string | null },
  ): string | null {
    const province = findProvince(rec.province);
    if (!province) {
      rec.problems.push(
        problem(
          'error',
          place,
          `cannot add "${rec.orgName ?? rec.orgCode}" to the registry: a province (จังหวัด) column is needed`,
          `เพิ่ม "${rec.orgName ?? rec.orgCode}" ในทะเบียนไม่ได้: ต้องมีคอลัมน์จังหวัด`,
        ),
      );
      return null;
    }
    const placeName = rec.orgName ? parseOrgName(rec.orgName).core : rec.orgCode!;
    const district = findDistrict(rec.district, province.code);
    const districtText =
      district?.name ?? (rec.district ? stripLocationWord(rec.district, 'district') : null);
    const orgCode =
      code ??
      `imp-${crypto
        .createHash('sha256')
        .update([type, province.code, districtText ?? '', normalizeThaiName(placeName)].join('|'))
        .digest('hex')
        .slice(0, 10)}`;
    if (!this.added.has(orgCode)) {
      const names =
        type === 'other'
          ? { name_th: rec.orgName ?? orgCode, short_name_th: rec.orgName ?? orgCode }
          : namesFor(type, placeName);
      this.added.set(orgCode, {
        code: orgCode,
        ...names,
        type,
        district_code: district?.code ?? null,
        district_th: districtText,
        province_code: province.code,
        province_th: province.name_th,
        region: province.region,
        sheet: rec.sheet,
        row: rec.rows[0]!,
      });
    }
    return orgCode;
  }
}
