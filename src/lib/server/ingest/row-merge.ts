// Turns a logical table's raw rows into measure rows: joins rows broken across pages, splits sub-measures, drops group headings.
import { toArabicDigits } from '../../thai/digits';
import type { Role } from './columns';
import type { MeasureTable } from './measure-tables';

export interface MeasureRow {
  table: number;
  row: number;
  /** Numbering as written, Arabic digits: '1', '1.2'. */
  number: string | null;
  name: string;
  /** Cell text by role; columns sharing a role are joined with a line break. */
  fields: Partial<Record<Role, string>>;
  /** The heading of a group of numbered sub-measures (๑ over ๑.๑ and ๑.๒). */
  group: string | null;
}

/** Closing punctuation or a joining word: a cell that starts so goes on from the row above. */
const MID_SENTENCE = /^([,，;:)\]}…]|และ|หรือ|ซึ่ง|รวมถึง|รวมทั้ง|ตลอดจน|ๆ|(ของ|แก่|กับ|จึง|ต่อ)(\s|$))/;

/** Thai vowels and marks that can only follow a consonant (ะ ั า ำ ิ … ์): no word starts with one. */
function startsWithFollowingMark(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c >= 0x0e30 && c <= 0x0e3a) || c === 0x0e45 || (c >= 0x0e47 && c <= 0x0e4e);
}

const join = (a: string | undefined, b: string): string =>
  a && a !== '' ? (b !== '' ? `${a}\n${b}` : a) : b;

function columnsOf(t: MeasureTable, role: Role): number[] {
  return t.header.roles.flatMap((r, i) => (r === role ? [i] : []));
}

/** Numbering from a ลำดับ cell: '๑', '1.', '(2)', '1.2' → '1', '1', '2', '1.2'. */
export function numberFrom(text: string): string | null {
  const m = /^\s*\(?\s*(\d{1,3}(?:\.\d{1,3})*)\s*[.)]?\s*$/.exec(toArabicDigits(text));
  return m ? m[1]! : null;
}

const MULTI_LEVEL_NUMBER = /^\s*(?:ข้อ\s*)?\(?(\d{1,3}(?:\.\d{1,3})+)\s*[.)]?\s*(?=[^\d\s.])/;
const ONE_LEVEL_NUMBER = /^\s*(?:ข้อ\s*)?\(?(\d{1,3})\s*[.)]\s*(?=[^\d\s.])/;

/** Numbering written at the start of a name ("๑. มาตรการ…", "๑.๒ กิจกรรม…"), and the name without it. */
export function splitLeadingNumber(name: string): { number: string | null; rest: string } {
  const arabic = toArabicDigits(name);
  const m = MULTI_LEVEL_NUMBER.exec(arabic) ?? ONE_LEVEL_NUMBER.exec(arabic);
  if (!m) return { number: null, rest: name };
  return { number: m[1]!, rest: name.slice(m[0].length).trim() };
}

interface Marker {
  label: string;
  start: number;
  end: number;
}

/** Two or more numbered sub-measures in one cell: ๑.๑ … ๑.๒ …, or ๑. มาตรการ… ๒. มาตรการ… */
export function subMeasureMarkers(text: string): Marker[] | null {
  const arabic = toArabicDigits(text);
  const twoLevel = [...arabic.matchAll(/(^|\s)(\d{1,2})\.(\d{1,2})(?![\d.]*\d)[.)]?\s*/g)].map(
    (m) => ({
      label: `${m[2]}.${m[3]}`,
      major: m[2]!,
      minor: Number(m[3]),
      start: m.index! + m[1]!.length,
      end: m.index! + m[0].length,
    }),
  );
  const run = twoLevel.filter((m) => m.major === twoLevel[0]?.major);
  if (run.length >= 2 && run.every((m, i) => m.minor === i + 1) && run.length === twoLevel.length)
    return run;
  const oneLevel = [...arabic.matchAll(/(^|\s)\(?(\d{1,2})[.)]\s*(?=มาตรการ|กิจกรรม|โครงการ)/g)].map(
    (m) => ({
      label: m[2]!,
      start: m.index! + m[1]!.length,
      end: m.index! + m[0].length,
    }),
  );
  if (oneLevel.length >= 2 && oneLevel.every((m, i) => Number(m.label) === i + 1)) return oneLevel;
  return null;
}

function slices(text: string, markers: Marker[]): string[] {
  return markers.map((m, i) => text.slice(m.end, markers[i + 1]?.start ?? text.length).trim());
}

/** Splits another cell by the same markers when it carries all of them in order; otherwise every part gets the whole cell. */
function splitLike(text: string, markers: Marker[]): string[] {
  const arabic = toArabicDigits(text);
  const found: Marker[] = [];
  let from = 0;
  for (const m of markers) {
    const re = new RegExp(`(^|\\s)\\(?${m.label.replace('.', '\\.')}(?![\\d.]*\\d)[.)]?\\s*`, 'g');
    re.lastIndex = from;
    const hit = re.exec(arabic);
    if (!hit) return markers.map(() => text);
    found.push({
      label: m.label,
      start: hit.index + hit[1]!.length,
      end: hit.index + hit[0].length,
    });
    from = hit.index + hit[0].length;
  }
  return slices(text, found);
}

function isContinuation(cells: string[], nameCol: number, seqCol: number | undefined): boolean {
  const name = cells[nameCol]!.trim();
  const seq = seqCol === undefined ? '' : cells[seqCol]!.trim();
  if (seq !== '') return false;
  return name === '' || MID_SENTENCE.test(name) || startsWithFollowingMark(name);
}

/** The measure rows of one logical table, with a warning for each row that could not be placed. */
export function measureRows(t: MeasureTable, warnings: string[]): MeasureRow[] {
  const nameCol = columnsOf(t, 'name')[0];
  if (nameCol === undefined) return [];
  const seqCol = columnsOf(t, 'seq')[0];

  const merged: { row: number; cells: string[] }[] = [];
  for (const raw of t.rows) {
    const prev = merged[merged.length - 1];
    if (isContinuation(raw.cells, nameCol, seqCol)) {
      if (prev) {
        prev.cells = prev.cells.map((c, i) => join(c, raw.cells[i] ?? ''));
        continue;
      }
      if (raw.cells[nameCol]!.trim() === '') {
        warnings.push(
          `table ${t.index}, row ${raw.row}: a row without a measure name at the top of the table was skipped`,
        );
        continue;
      }
    }
    merged.push({ row: raw.row, cells: [...raw.cells] });
  }

  const rows: MeasureRow[] = [];
  let indicatorAbove: Partial<Record<number, string>> = {};
  for (const m of merged) {
    const fields: Partial<Record<Role, string>> = {};
    t.header.roles.forEach((role, i) => {
      if (role === null || role === 'name' || role === 'seq') return;
      let text = m.cells[i]!.trim();
      // An indicator cell merged down over several measures is written only on the first of them.
      if (role === 'indicator') {
        if (text === '') text = indicatorAbove[i] ?? '';
        else indicatorAbove = { ...indicatorAbove, [i]: text };
      }
      if (text !== '') fields[role] = join(fields[role], text);
    });
    let name = m.cells[nameCol]!.trim();
    let number = seqCol === undefined ? null : numberFrom(m.cells[seqCol]!);
    const markers = subMeasureMarkers(name);
    if (!markers) {
      const lead = splitLeadingNumber(name);
      if (lead.number && lead.rest !== '') {
        number ??= lead.number;
        name = lead.rest;
      }
      rows.push({ table: t.index, row: m.row, number, name, fields, group: null });
      continue;
    }
    const heading = name.slice(0, markers[0]!.start).trim();
    const names = slices(name, markers);
    const split = Object.fromEntries(
      Object.entries(fields).map(([role, text]) => [role, splitLike(text!, markers)]),
    );
    names.forEach((part, k) => {
      const own: Partial<Record<Role, string>> = {};
      for (const [role, parts] of Object.entries(split)) if (parts[k]) own[role as Role] = parts[k];
      rows.push({
        table: t.index,
        row: m.row,
        number: markers[k]!.label,
        name: part,
        fields: own,
        group: heading || null,
      });
    });
  }
  return dropGroupHeadings(rows);
}

/** Words that open a heading row spanning the table ("ตัวชี้วัดที่ ๔ …", "ด้านที่ ๑ …", "มิติที่ ๒ …"). */
const HEADING_WORDS = /^(ตัวชี้วัด|ด้านที่|มิติที่|ยุทธศาสตร์|ประเด็นที่|ส่วนที่|หมวด|องค์ประกอบที่)/;

/**
 * Rows that only head others are not measures: a row numbered N with rows N.x under it and nothing of its own, or an
 * empty row opening with a heading word (its text then heads every row below it, until the next heading).
 */
function dropGroupHeadings(rows: MeasureRow[]): MeasureRow[] {
  const out: MeasureRow[] = [];
  let heading: string | null = null;
  for (const r of rows) {
    const children = r.number ? rows.filter((c) => c.number?.startsWith(`${r.number}.`)) : [];
    const empty = Object.values(r.fields).every((v) => !v || v.trim() === '');
    if (children.length > 0 && empty) {
      for (const c of children) c.group ??= r.name;
      continue;
    }
    if (empty && HEADING_WORDS.test(r.name)) {
      heading = r.name;
      continue;
    }
    if (heading !== null) r.group ??= heading;
    out.push(r);
  }
  return out;
}
