// Reads measures written as numbered paragraphs instead of a table: "๑. มาตรการ…" then lines such as "ผลการดำเนินการ: …", "สถานะ: …".
import { toArabicDigits } from '../../thai/digits';
import { roleOf, type Header, type Role } from './columns';
import type { RawRow } from './measure-tables';

/** "๑. มาตรการ…", "(๒) กิจกรรม…", "ข้อ ๓ โครงการ…", "๑.๒ กิจกรรม…": a measure opens a numbered paragraph. */
const HEADING =
  /^\s*(?:ข้อ(?:ที่)?\s*)?\(?(\d{1,2}(?:\.\d{1,2})*)\s*[.)]?\)?\s*((?:มาตรการ|กิจกรรม|โครงการ)\S.*)$/;
/** Any short numbered line ("๒. ประกาศเจตจำนงสุจริต…"): a measure when a labelled line follows it. */
const NUMBERED = /^\s*(?:ข้อ(?:ที่)?\s*)?\(?(\d{1,2}(?:\.\d{1,2})*)\s*[.)]\)?\s*(\S.{2,150})$/;
/** "มาตรการที่ ๑ ชื่อมาตรการ…". */
const HEADING_WORD = /^\s*(?:มาตรการ|กิจกรรม|โครงการ)ที่\s*(\d{1,2})\s*[:.]?\s*(\S.*)$/;
/** "ผลการดำเนินการ : …", "- สถานะ: …": a label (a known column name) and its value. */
const LABELLED = /^\s*[-•*]?\s*([^:：]{2,50}?)\s*[:：]\s*(.*)$/;
/** The same labels written without a colon, followed by a space or nothing. */
const LABEL_START =
  /^\s*[-•*]?\s*(ผล(?:การ)?(?:ดำเนินการ|ดำเนินงาน|ปฏิบัติงาน)|สถานะ(?:การ(?:ดำเนินการ|ดำเนินงาน))?|ผู้รับผิดชอบ|หน่วยงานที่รับผิดชอบ|ระยะเวลา(?:ดำเนินการ|การดำเนินการ|ในการดำเนินการ)?|ผลผลิต|ผลลัพธ์|หมายเหตุ|วิธีการ(?:ดำเนินการ)?|ขั้นตอน(?:การดำเนินการ)?|แนวทาง(?:การ)?(?:ปฏิบัติ|ดำเนินการ)|การกำกับติดตาม|รายละเอียด(?:การดำเนินงาน|การดำเนินการ)?|ปัญหา(?:และ)?อุปสรรค|งบประมาณ)(?:\s+(.*)|\s*)$/;
/** Lines that go on with the value above: list items and sub-items. */
const LIST_ITEM = /^\s*([-•*]|\(?\d{1,2}\)|\d{1,2}\.\d{1,2}\s|[ก-ฮ][.)]\s)/;

interface Item {
  number: string;
  name: string;
  fields: Map<Role, string>;
  lines: number[];
}

function labelled(line: string): { role: Role; value: string } | null {
  const m = LABELLED.exec(line) ?? LABEL_START.exec(line);
  if (!m) return null;
  const role = roleOf(m[1]!);
  // A score under a numbered indicator ("คะแนน: ๖.๒๕") belongs to the analysis, not to a measure.
  if (role === null || role === 'name' || role === 'seq' || role === 'score') return null;
  return { role, value: (m[2] ?? '').trim() };
}

/**
 * The measures in numbered paragraphs, as the rows of one table with a header made for them, and which lines they
 * took; null when the lines hold no such list (at least two measures, or one with a labelled line).
 */
export function numberedMeasures(
  lines: string[],
): { header: Header; rows: RawRow[]; lines: number[] } | null {
  const items: Item[] = [];
  let current: Item | null = null;
  let field: Role | null = null;
  lines.forEach((line, i) => {
    const arabic = toArabicDigits(line);
    const next = lines[i + 1];
    const head =
      HEADING.exec(arabic) ??
      HEADING_WORD.exec(arabic) ??
      (next !== undefined && labelled(next) !== null && !labelled(line)
        ? NUMBERED.exec(arabic)
        : null);
    if (head) {
      // The name as written (Thai digits kept): the heading's number is the only part read in Arabic.
      const name = line.slice(line.length - head[2]!.length).trim();
      current = { number: head[1]!, name, fields: new Map(), lines: [i] };
      items.push(current);
      field = null;
      return;
    }
    if (!current) return;
    const item: Item = current;
    const lab = labelled(line);
    if (lab) {
      field = lab.role;
      const before = item.fields.get(lab.role);
      item.fields.set(lab.role, before ? `${before}\n${lab.value}` : lab.value);
      item.lines.push(i);
      return;
    }
    // A list item, or a line right under a label left empty, goes on with that label's value.
    if (field !== null && (LIST_ITEM.test(arabic) || item.fields.get(field) === '')) {
      const before = item.fields.get(field)!;
      item.fields.set(field, before ? `${before}\n${line.trim()}` : line.trim());
      item.lines.push(i);
      return;
    }
    current = null;
    field = null;
  });
  if (items.length < 2 && !items.some((it) => it.fields.size > 0)) return null;

  const roles: Role[] = [];
  for (const it of items) for (const r of it.fields.keys()) if (!roles.includes(r)) roles.push(r);
  const header: Header = {
    roles: ['seq', 'name', ...roles],
    topRoles: ['seq', 'name', ...roles],
    labels: ['', '', ...roles.map(() => '')],
    height: 0,
  };
  const rows: RawRow[] = items.map((it, k) => ({
    table: 1,
    row: k + 1,
    cells: [it.number, it.name, ...roles.map((r) => it.fields.get(r) ?? '')],
  }));
  return { header, rows, lines: items.flatMap((it) => it.lines) };
}
