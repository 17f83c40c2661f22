// Turns the many ways documents name an organisation into one registry record, or says honestly that it cannot.
import type { DuckDBConnection } from '@duckdb/node-api';
import {
  boundedEditDistance,
  deletionVariants,
  cleanThaiText,
  normalizeThaiName,
  parseOrgName,
  stripLocationWord,
  stripOrgType,
} from '../../thai/org-name';
import { PROVINCES } from './subdistricts';

export interface OrgRecord {
  code: string;
  name_th: string;
  short_name_th: string;
  type: string;
  tambon_th: string | null;
  district_code: string | null;
  district_th: string | null;
  province_code: string | null;
  province_th: string | null;
}

export interface ResolveHints {
  district?: string | null;
  province?: string | null;
  provinceAbbreviation?: string | null;
  type?: string | null;
}

export type Resolution =
  | { status: 'resolved'; org: OrgRecord; matchedBy: string; candidates: OrgRecord[] }
  | { status: 'ambiguous'; org: null; candidates: OrgRecord[] }
  | { status: 'unknown'; org: null; candidates: OrgRecord[] };

/** How many records an 'unknown' answer lists at most. */
const MAX_CANDIDATES = 10;

/** Edits that the deletion index covers; names further apart are only found by a full scan. */
const INDEXED_EDITS = 2;

/** Short forms of province names that documents use instead of the official one. */
const PROVINCE_ALIASES: Record<string, string> = { อยุธยา: 'พระนครศรีอยุธยา', โคราช: 'นครราชสีมา' };

const PROVINCE_BY_ENGLISH = new Map(
  PROVINCES.map((p) => [normalizeThaiName(p.name_en), normalizeThaiName(p.name_th)]),
);

const MUNICIPALITY_WORD = 'เทศบาล';

interface Entry {
  org: OrgRecord;
  keys: string[]; // matching keys of the name: core name, plus each spelling of a name like "ปอภาร (ปอพาน)"
  district: string; // normalised district name
  province: string; // normalised province name
}

/** One location clue: where it came from (for matchedBy) and whether a record satisfies it. */
interface Clue {
  label: 'district' | 'province' | 'provinceAbbreviation';
  test: (e: Entry) => boolean;
}

/** The matching keys of a record's name: from name_th, short_name_th, and the tambon for an SAO. */
function keysOf(org: OrgRecord): string[] {
  const names = [parseOrgName(org.name_th).core, parseOrgName(org.short_name_th).core];
  if (org.type === 'sao' && org.tambon_th) names.push(org.tambon_th);
  const keys = new Set<string>();
  for (const name of names) {
    keys.add(normalizeThaiName(name));
    // "ปอภาร (ปอพาน)": the registry gives an old spelling in brackets; documents use either one.
    const bracket = /^(.+?)\s*\((.+)\)\s*$/u.exec(cleanThaiText(name));
    if (bracket) for (const part of bracket.slice(1)) keys.add(normalizeThaiName(part));
  }
  keys.delete('');
  return [...keys];
}

/** A district clue: a name with or without อำเภอ/อ., "เมือง" for the capital district, or a 4-digit code. */
function districtClue(text: string): Clue | null {
  const raw = stripLocationWord(text, 'district');
  const key = normalizeThaiName(raw);
  if (key === '') return null;
  if (/^\d{4}$/.test(key)) return { label: 'district', test: (e) => e.org.district_code === key };
  // "อำเภอเมือง" is the capital district (code ending 01), whose full name is usually เมือง + province.
  if (key === 'เมือง')
    return { label: 'district', test: (e) => e.org.district_code?.endsWith('01') === true };
  return { label: 'district', test: (e) => e.district === key };
}

/** A province clue: Thai name with or without จังหวัด/จ., a common short form, English name, or 2-digit code. */
function provinceClue(text: string): Clue | null {
  const key = normalizeThaiName(stripLocationWord(text, 'province'));
  if (key === '') return null;
  if (/^\d{2}$/.test(key)) return { label: 'province', test: (e) => e.org.province_code === key };
  const thai = PROVINCE_BY_ENGLISH.get(key) ?? PROVINCE_ALIASES[key] ?? key;
  return { label: 'province', test: (e) => e.province === thai };
}

/**
 * The two-letter abbreviation of a document number ("ที่ ศก ๗๗๔๐๑/…"). Letters that are no province's
 * abbreviation are ignored, not held against every record: numbers like "มท ๐๘๐๘" name a ministry.
 */
function abbreviationClue(text: string): Clue | null {
  const key = normalizeThaiName(text);
  const province = PROVINCES.find((p) => p.abbreviation === key);
  if (!province) return null;
  return { label: 'provinceAbbreviation', test: (e) => e.org.province_code === province.code };
}

const byCode = (a: Entry, b: Entry) => a.org.code.localeCompare(b.org.code);

export class OrgResolver {
  private readonly entries: Entry[];
  private readonly codes = new Map<string, Entry>();
  private readonly names = new Map<string, Entry[]>();
  /** Distinct keys grouped by length, so fuzzy matching only looks at keys of a plausible length. */
  private readonly keysByLength = new Map<number, string[]>();
  /** Deletion variant → names it comes from; built on the first fuzzy lookup (a few hundred ms). */
  private deletions: Map<string, string[]> | null = null;

  /**
   * aliases: codes that once named an organisation (the first registry's 6-digit subdistrict codes, codes a registry
   * change retired) → its code now. A file or an address that carries one still finds the organisation.
   */
  constructor(
    orgs: OrgRecord[],
    private readonly aliases: ReadonlyMap<string, string> = new Map(),
  ) {
    this.entries = orgs.map((org) => ({
      org,
      keys: keysOf(org),
      district: normalizeThaiName(org.district_th ?? ''),
      province: normalizeThaiName(org.province_th ?? ''),
    }));
    this.entries.sort(byCode);
    for (const e of this.entries) {
      this.codes.set(e.org.code, e);
      for (const key of e.keys) {
        const list = this.names.get(key);
        if (list) list.push(e);
        else {
          this.names.set(key, [e]);
          const sameLength = this.keysByLength.get(key.length) ?? [];
          sameLength.push(key);
          this.keysByLength.set(key.length, sameLength);
        }
      }
    }
  }

  /**
   * opts.candidates = false skips the fuzzy search for near names when nothing matches (an 'unknown' answer then
   * lists none): that search scans the registry, and a caller that only needs to know whether a name resolves
   * (a score import adding thousands of agencies) should not pay for it on every row.
   */
  resolve(text: string, hints: ResolveHints = {}, opts: { candidates?: boolean } = {}): Resolution {
    const clean = cleanThaiText(text);
    if (/^[\d ]+$/.test(clean) && [6, 7].includes(normalizeThaiName(clean).length)) {
      const code = normalizeThaiName(clean);
      const hit = this.byCode(code);
      if (hit)
        return {
          status: 'resolved',
          org: hit,
          matchedBy: hit.code === code ? 'code' : 'old code',
          candidates: [hit],
        };
      return { status: 'unknown', org: null, candidates: [] };
    }

    const parsed = parseOrgName(clean);
    let core = parsed.core;
    // A bare "เทศบาล" says municipality without saying which level: it may not match an SAO either.
    const municipalityOnly =
      parsed.type === null && core.startsWith(MUNICIPALITY_WORD) && core !== MUNICIPALITY_WORD;
    if (municipalityOnly) core = core.slice(MUNICIPALITY_WORD.length).trim();
    const typeOk = (e: Entry) =>
      (parsed.type === null || e.org.type === parsed.type) &&
      (!hints.type || e.org.type === hints.type) &&
      (!municipalityOnly || e.org.type.endsWith('_municipality'));

    const clues = [
      parsed.district ? districtClue(parsed.district) : null,
      hints.district ? districtClue(hints.district) : null,
      parsed.province ? provinceClue(parsed.province) : null,
      hints.province ? provinceClue(hints.province) : null,
      hints.provinceAbbreviation ? abbreviationClue(hints.provinceAbbreviation) : null,
    ].filter((c): c is Clue => c !== null);
    const located = (e: Entry) => clues.every((c) => c.test(e));

    const key = normalizeThaiName(core);
    if (key === '') return { status: 'unknown', org: null, candidates: [] };
    let named = (this.names.get(key) ?? []).map((e) => ({ e, inName: [] as string[] }));
    if (named.length === 0) named = this.splitNameAndLocation(key);
    // Location words can also be read wrongly (the ตำบล of "สามตำบลจุฬาภรณ์…"): try the text as written.
    if (named.length === 0)
      named = this.splitNameAndLocation(normalizeThaiName(stripOrgType(clean).rest));
    if (named.length === 0)
      return {
        status: 'unknown',
        org: null,
        candidates: opts.candidates === false ? [] : this.closest(key, typeOk, located),
      };

    const typed = named.filter(({ e }) => typeOk(e));
    // Same name, other type (เทศบาลตำบลจะรัง vs อบต.จะรัง): a different organisation, so only a candidate.
    if (typed.length === 0) {
      const others = named
        .map(({ e }) => e)
        .sort((a, b) => Number(located(b)) - Number(located(a)));
      return {
        status: 'unknown',
        org: null,
        candidates: others.slice(0, MAX_CANDIDATES).map((e) => e.org),
      };
    }
    const fitting = typed.filter(({ e }) => located(e));
    if (fitting.length === 1) {
      const { e, inName } = fitting[0];
      const used = new Set([...inName, ...clues.map((c) => c.label)]);
      const matchedBy = [
        'name',
        ...['district', 'province', 'provinceAbbreviation'].filter((l) => used.has(l)),
      ].join('+');
      const rest = typed.filter((t) => t.e !== e).map((t) => t.e.org);
      return { status: 'resolved', org: e.org, matchedBy, candidates: [e.org, ...rest] };
    }
    if (fitting.length > 1)
      return { status: 'ambiguous', org: null, candidates: fitting.map(({ e }) => e.org) };
    // The name exists but not where the clues say: the user must choose, a silent resolve could attach
    // scores to the wrong body, so the name matches are offered instead.
    return {
      status: 'unknown',
      org: null,
      candidates: typed.slice(0, MAX_CANDIDATES).map(({ e }) => e.org),
    };
  }

  /** The organisation a code names: its DLA code, or a code it had before (see the constructor's aliases). */
  byCode(code: string): OrgRecord | null {
    const direct = this.codes.get(code);
    if (direct) return direct.org;
    const now = this.aliases.get(code);
    return now ? (this.codes.get(now)?.org ?? null) : null;
  }

  /**
   * For text without location words ("จะรังยะหริ่งปัตตานี", "วังกระแจะ (ตราด)"): a registry name followed by
   * that record's own district and/or province. Records found this way carry the clues their text gave.
   */
  private splitNameAndLocation(key: string): { e: Entry; inName: string[] }[] {
    const found: { e: Entry; inName: string[] }[] = [];
    for (let len = key.length - 1; len >= 2; len--) {
      for (const e of this.names.get(key.slice(0, len)) ?? []) {
        const inName = locationSuffix(key.slice(len), e);
        if (inName) found.push({ e, inName });
      }
    }
    return found;
  }

  /** The records whose names are closest to key by edit distance, those that fit the clues first. */
  private closest(
    key: string,
    typeOk: (e: Entry) => boolean,
    located: (e: Entry) => boolean,
  ): OrgRecord[] {
    let near = this.nearKeys(key, key.length <= 4 ? 1 : INDEXED_EDITS);
    // Long names can carry more typos; only then, and only when nothing is nearer, scan every name.
    if (near.size === 0 && key.length >= 9) near = this.scanKeys(key, INDEXED_EDITS + 1);
    const scored: { e: Entry; score: number }[] = [];
    for (const [name, d] of near) {
      for (const e of this.names.get(name)!) {
        scored.push({ e, score: d + (located(e) ? 0 : 1.5) + (typeOk(e) ? 0 : 0.5) });
      }
    }
    scored.sort((a, b) => a.score - b.score || byCode(a.e, b.e));
    // A record with two spellings ("ปอภาร (ปอพาน)") can be near by both: list it once, at its best.
    const listed = new Set<Entry>();
    for (const { e } of scored) if (listed.size < MAX_CANDIDATES) listed.add(e);
    return [...listed].map((e) => e.org);
  }

  /**
   * Names within max edits of key (max at most INDEXED_EDITS), with their distances. Two strings that
   * close share a string made by deleting up to max characters from each, so an index of those
   * deletions finds them without comparing key to every name.
   */
  private nearKeys(key: string, max: number): Map<string, number> {
    if (!this.deletions) {
      this.deletions = new Map();
      for (const name of this.names.keys()) {
        for (const variant of deletionVariants(name, INDEXED_EDITS)) {
          const list = this.deletions.get(variant);
          if (list) list.push(name);
          else this.deletions.set(variant, [name]);
        }
      }
    }
    const checked = new Set<string>();
    const near = new Map<string, number>();
    for (const variant of deletionVariants(key, max)) {
      for (const name of this.deletions.get(variant) ?? []) {
        if (checked.has(name)) continue;
        checked.add(name);
        const d = boundedEditDistance(key, name, max);
        if (d <= max) near.set(name, d);
      }
    }
    return near;
  }

  private scanKeys(key: string, max: number): Map<string, number> {
    const near = new Map<string, number>();
    for (let len = key.length - max; len <= key.length + max; len++) {
      for (const name of this.keysByLength.get(len) ?? []) {
        const d = boundedEditDistance(key, name, max);
        if (d <= max) near.set(name, d);
      }
    }
    return near;
  }

  /** For a search box: Thai name with or without its type (อบต., เทศบาลตำบล…), DLA code or old 6-digit code, district or province name; prefix and fuzzy; best first. */
  search(query: string, limit = 20): OrgRecord[] {
    const clean = cleanThaiText(query);
    if (/^[\d ]+$/.test(clean)) {
      const prefix = normalizeThaiName(clean);
      const old = this.aliases.has(prefix) ? this.byCode(prefix) : null;
      return [
        ...(old ? [old] : []),
        ...this.entries.filter((e) => e.org.code.startsWith(prefix)).map((e) => e.org),
      ].slice(0, limit);
    }
    const parsed = parseOrgName(clean);
    const words = parsed.core
      .split(' ')
      .map(normalizeThaiName)
      .filter((w) => w !== '');
    const clues = [
      parsed.district ? districtClue(parsed.district) : null,
      parsed.province ? provinceClue(parsed.province) : null,
    ].filter((c): c is Clue => c !== null);
    if (words.length === 0 && clues.length === 0) return [];
    // The whole text as one name, or its first word as the name and the others as places ("วังกระแจะ ตราด").
    const readings = [{ name: words.join(''), places: [] as string[] }];
    if (words.length > 1) readings.push({ name: words[0], places: words.slice(1) });

    const ranked: { e: Entry; rank: number }[] = [];
    for (const e of this.entries) {
      if (parsed.type && e.org.type !== parsed.type) continue;
      if (!clues.every((c) => c.test(e))) continue;
      let rank = Infinity;
      for (const { name, places } of readings) {
        if (!places.every((p) => e.district.startsWith(p) || e.province.startsWith(p))) continue;
        rank = Math.min(rank, searchRank(name, e));
      }
      if (rank < Infinity) ranked.push({ e, rank });
    }
    ranked.sort((a, b) => a.rank - b.rank || byCode(a.e, b.e));
    return ranked.slice(0, limit).map(({ e }) => e.org);
  }
}

/**
 * How well a typed name fits a record, lower is better: its name exactly (0), a prefix of its name (1,
 * shorter names first), its district (2), its province (3), inside its name (4), then by edit distance (5+).
 */
function searchRank(name: string, e: Entry): number {
  if (name === '') return 6;
  let rank = Infinity;
  for (const key of e.keys) {
    if (key === name) return 0;
    if (key.startsWith(name)) rank = Math.min(rank, 1 + key.length / 1000);
    else if (key.includes(name)) rank = Math.min(rank, 4);
  }
  if (rank < 2) return rank;
  if (e.district.startsWith(name)) return e.district === name ? 2 : 2.5;
  if (e.province.startsWith(name)) return e.province === name ? 3 : 3.5;
  if (rank < Infinity || name.length < 3) return rank;
  const max = name.length <= 4 ? 1 : 2;
  for (const key of e.keys) {
    // Against the whole name and against its beginning: a search box holds half-typed names.
    const d = Math.min(
      boundedEditDistance(name, key, max),
      boundedEditDistance(name, key.slice(0, name.length), max) + 0.5,
    );
    if (d <= max + 0.5) rank = Math.min(rank, 5 + d);
  }
  return rank;
}

/** The clues that the text after a name spells (its district, then its province, each with or without อำเภอ/จังหวัด), or null. */
function locationSuffix(rest: string, e: Entry): string[] | null {
  const districts = e.district === '' ? [] : [e.district];
  if (e.org.district_code?.endsWith('01')) districts.push('เมือง');
  const parts: [string, string[], string[]][] = [
    ['district', ['กิ่งอำเภอ', 'อำเภอ', 'อ', ''], districts],
    ['province', ['จังหวัด', 'จ', ''], e.province === '' ? [] : [e.province]],
  ];
  const used: string[] = [];
  let left = rest;
  for (const [label, words, values] of parts) {
    const spelled = words.flatMap((w) => values.map((v) => w + v)).find((s) => left.startsWith(s));
    if (spelled) {
      used.push(label);
      left = left.slice(spelled.length);
    }
  }
  return left === '' && used.length > 0 ? used : null;
}

/** The org table's rows as a resolver needs them (also sent to the parse workers, which build their own). */
export async function loadOrgRecords(conn: DuckDBConnection): Promise<OrgRecord[]> {
  const reader = await conn.runAndReadAll(
    `SELECT code, name_th, short_name_th, type, tambon_th, district_code, district_th, province_code, province_th
     FROM org ORDER BY code`,
  );
  return reader.getRowObjectsJS() as unknown as OrgRecord[];
}

/** Old codes → the organisation's code now (org_code_alias). */
export async function loadOrgAliases(conn: DuckDBConnection): Promise<Map<string, string>> {
  const reader = await conn.runAndReadAll(`SELECT old_code, code FROM org_code_alias`);
  return new Map(reader.getRows().map(([old, code]) => [String(old), String(code)]));
}

/** Builds a resolver from the org table and its aliases. */
export async function loadResolver(conn: DuckDBConnection): Promise<OrgResolver> {
  return new OrgResolver(await loadOrgRecords(conn), await loadOrgAliases(conn));
}

/**
 * A fingerprint of the org table's rows as a resolver reads them: it changes when an organisation is added, removed
 * or renamed, by any writer (registry sync, score imports that add agencies), and not when scores or reports are
 * written. A few milliseconds on the national table, against ~1 s to read it and build a resolver.
 */
export async function orgTableVersion(conn: DuckDBConnection): Promise<string> {
  const r = await conn.runAndReadAll(
    `SELECT count(*)::VARCHAR || ':' || coalesce(bit_xor(hash(code, name_th, short_name_th, type, tambon_th,
       district_code, district_th, province_code, province_th)), 0)::VARCHAR FROM org`,
  );
  return String(r.getRows()[0]![0]);
}

/**
 * One resolver for a database, rebuilt only when its org table changes. `dataVersion` is a cheap check that
 * nothing was written at all (see Database.dataVersion); after a write the org table's fingerprint decides.
 */
export class ResolverCache {
  private current: { dataVersion: number; orgVersion: string; value: Promise<OrgResolver> } | null =
    null;

  constructor(
    private readonly db: {
      dataVersion(): Promise<number>;
      withConnection<T>(fn: (conn: DuckDBConnection) => Promise<T>): Promise<T>;
    },
  ) {}

  async get(): Promise<OrgResolver> {
    const dataVersion = await this.db.dataVersion();
    if (this.current?.dataVersion === dataVersion) return this.current.value;
    const orgVersion = await this.db.withConnection(orgTableVersion);
    if (this.current?.orgVersion === orgVersion) {
      this.current.dataVersion = dataVersion;
      return this.current.value;
    }
    const value = this.db.withConnection((conn) => loadResolver(conn));
    this.current = { dataVersion, orgVersion, value };
    // A failed build is not kept: the next call tries again.
    value.catch(() => {
      if (this.current?.value === value) this.current = null;
    });
    return value;
  }
}
