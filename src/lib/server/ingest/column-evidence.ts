// Guesses what a table column holds from the cells below its header (dates, unit names, status words, long lists), for headers the wording alone does not explain.
import { toArabicDigits } from '../../thai/digits';
import { roleOf, type Header, type Role } from './columns';
import { oneLine } from './markup';
import { fromWords, isPlaceholder } from './measure-status';
import { findDates } from './thai-dates';

/** Units that head a responsible-unit name (สำนักปลัด, กองคลัง, งานพัสดุ…); text glued after one starts a new unit. */
export const UNIT_START =
  /^(สำนักปลัด|สำนัก|กอง|งาน|ฝ่าย|หน่วย|ส่วน|คณะกรรมการ|คณะทำงาน|เจ้าหน้าที่|ผู้บริหาร|ปลัด|รองปลัด|นายก|หัวหน้า|ทุกส่วนราชการ|ทุกกอง|ทุกหน่วย|บุคลากร|พนักงาน)/;

/** A measure's name as a cell gives it: "มาตรการ…", "๑. กิจกรรม…", "โครงการ…". */
const MEASURE_NAME =
  /^\s*(?:ข้อ\s*)?\(?(?:\d{1,2}(?:\.\d{1,2})*\s*[.)]?\s*)?(มาตรการ|กิจกรรม|โครงการ)/;
const PERIOD_WORDS = /ไตรมาส|ตลอดปี|ทุกเดือน|ทุกไตรมาส|ปีงบประมาณ|รอบ\s*\d+\s*เดือน/;
const NUMBER_ONLY = /^\s*\(?\d{1,3}(?:\.\d{1,3})*\s*[.)]?\s*$/;
/** A cell this long on average, or a numbered list, holds what is or was done, not a label or a date. */
const LONG_CELL = 40;

/** How many of the texts satisfy test, as a share of those that are not empty. */
function share(cells: string[], test: (c: string) => boolean): number {
  const filled = cells.filter((c) => !isPlaceholder(c));
  if (filled.length === 0) return 0;
  return filled.filter(test).length / filled.length;
}

const MOST = 0.6;

export const isMeasureName = (cell: string): boolean => MEASURE_NAME.test(toArabicDigits(cell));

/** What the cells of one column say about it, in words for the warning, or null when they say nothing clear. */
function evidenceOf(cells: string[]): { role: Role; why: string } | null {
  const filled = cells.map((c) => oneLine(c)).filter((c) => !isPlaceholder(c));
  if (filled.length === 0) return null;
  const arabic = filled.map(toArabicDigits);
  if (share(arabic, (c) => NUMBER_ONLY.test(c)) >= 0.8) return { role: 'seq', why: 'numbers' };
  if (share(filled, isMeasureName) >= MOST) return { role: 'name', why: 'measure names' };
  const average = filled.reduce((n, c) => n + c.length, 0) / filled.length;
  const short = average <= 80;
  if (short && share(filled, (c) => c.length <= 40 && fromWords(c) !== null) >= MOST)
    return { role: 'status', why: 'status words' };
  if (short && share(arabic, (c) => findDates(c).length > 0 || PERIOD_WORDS.test(c)) >= MOST)
    return { role: 'period', why: 'dates and month names' };
  if (short && share(filled, (c) => UNIT_START.test(c)) >= MOST)
    return { role: 'responsible', why: 'unit names' };
  const lists = share(cells, (c) => /\n|(^|\s)\(?\d[.)]\s|^[-•]/.test(toArabicDigits(c)));
  if (average >= LONG_CELL || lists >= MOST) return { role: 'detail', why: 'long text' };
  return null;
}

const RESULT: Role[] = ['result', 'output', 'outcome', 'detail', 'status'];
const PLAN: Role[] = ['guideline', 'monitoring', 'steps'];

/**
 * Fills the columns the header left without a role from their cells, and says in a warning which and why. Long text
 * is the result in a table with no result column, the steps in a plan table, and the details otherwise.
 */
export function guessColumns(
  header: Header,
  rows: string[][],
  table: number,
  warnings: string[],
): Header {
  const roles = [...header.roles];
  const guessed: string[] = [];
  for (let c = 0; c < roles.length; c++) {
    if (roles[c] !== null) continue;
    const found = evidenceOf(rows.map((r) => r[c] ?? ''));
    if (!found) continue;
    let role = found.role;
    if (role === 'name' && roles.includes('name')) continue;
    if (role === 'seq' && roles.includes('seq')) continue;
    if (role === 'detail') {
      const hasResult = roles.some((r) => r !== null && RESULT.includes(r));
      const plan = roles.some((r) => r !== null && PLAN.includes(r));
      if (hasResult) role = 'detail';
      else if (plan) role = roles.includes('steps') ? 'detail' : 'steps';
      else role = 'result';
    }
    roles[c] = role;
    const label = header.labels[c] ? `"${header.labels[c]}"` : 'without a header';
    guessed.push(`column ${c + 1} (${label}) as ${role} from its ${found.why}`);
  }
  if (guessed.length > 0)
    warnings.push(
      `table ${table}: guessed ${guessed.join('; ')} (ตรวจสอบคอลัมน์ / check the columns)`,
    );
  return { ...header, roles };
}

/**
 * A header made from the cells alone, for a table whose measure names show what it is but whose header is missing or
 * unknown: the first row is taken for an unknown header when its name cell is not a measure while the rows below are.
 */
export function headerFromContent(rows: string[][]): { header: Header; start: number } | null {
  const width = rows[0]?.length ?? 0;
  if (width < 2) return null;
  let nameCol = -1;
  let start = 0;
  for (let c = 0; c < width && nameCol === -1; c++) {
    const cells = rows.map((r) => r[c] ?? '');
    if (rows.length >= 2 && share(cells, isMeasureName) >= MOST) nameCol = c;
    else if (rows.length === 1 && width >= 3 && isMeasureName(cells[0]!)) nameCol = c;
    if (nameCol !== -1 && rows.length > 1 && !isMeasureName(cells[0]!) && isMeasureName(cells[1]!))
      start = 1;
  }
  if (nameCol === -1) return null;
  const labels = start === 1 ? rows[0]!.map((c) => c.trim()) : rows[0]!.map(() => '');
  const roles: (Role | null)[] = labels.map((l, c) => (c === nameCol ? 'name' : roleOf(l)));
  if (roles.filter((r) => r === 'name').length > 1)
    roles.forEach((r, c) => r === 'name' && c !== nameCol && (roles[c] = null));
  return { header: { roles, topRoles: [...roles], labels, height: start }, start: 0 };
}
