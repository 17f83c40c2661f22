// Registry changes over time (data/registry/changes.csv): an อบต. upgraded to เทศบาลตำบล, keeping or changing its code.
import fs from 'node:fs';
import { parseCsv } from '../import/read-csv';
import { ORG_TYPES } from '../../scope';
import { REGISTRY_CHANGES_FILE, RegistryFileError } from './dla';

export interface RegistryChange {
  /** ISO date the change took effect (the announcement's date). */
  effective_date: string;
  /** The first fiscal year whose scores are under the new code or type. */
  fiscal_year: number;
  old_code: string;
  new_code: string;
  old_type: string;
  new_type: string;
  note: string | null;
  /** The document that announced it (ราชกิจจานุเบกษา volume and page, a DLA letter). */
  source: string;
}

const COLUMNS = [
  'effective_date',
  'fiscal_year',
  'old_code',
  'new_code',
  'old_type',
  'new_type',
  'note',
  'source',
] as const;

/** Reads and checks the changes file; the first bad cell stops the read with its row and column. */
export function readRegistryChanges(
  file: string = REGISTRY_CHANGES_FILE,
  knownCodes?: ReadonlySet<string>,
): RegistryChange[] {
  const rows = parseCsv(fs.readFileSync(file, 'utf8'), ',').filter((r) =>
    r.some((c) => c.trim() !== ''),
  );
  const header = rows[0]?.map((c) => c.trim()) ?? [];
  const missing = COLUMNS.filter((c) => !header.includes(c));
  if (missing.length)
    throw new RegistryFileError(`${file}: the header lacks the column(s) ${missing.join(', ')}`);
  const seen = new Set<string>();
  return rows.slice(1).map((r, i) => {
    const cell = (c: (typeof COLUMNS)[number]) => (r[header.indexOf(c)] ?? '').trim();
    const bad = (c: (typeof COLUMNS)[number], why: string) =>
      new RegistryFileError(`${file} row ${i + 2}, column ${c}: ${why}`);
    const date = cell('effective_date');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date)))
      throw bad('effective_date', `"${date}" is not a date written YYYY-MM-DD (Common Era)`);
    const year = cell('fiscal_year');
    if (!/^25\d\d$/.test(year))
      throw bad('fiscal_year', `"${year}" is not a Buddhist-Era fiscal year such as 2567`);
    for (const c of ['old_code', 'new_code'] as const) {
      if (!/^\d{7}$/.test(cell(c))) throw bad(c, `"${cell(c)}" is not a 7-digit DLA code`);
    }
    if (knownCodes && !knownCodes.has(cell('new_code')))
      throw bad('new_code', `${cell('new_code')} is not in the registry`);
    for (const c of ['old_type', 'new_type'] as const) {
      if (!(ORG_TYPES as readonly string[]).includes(cell(c)))
        throw bad(c, `"${cell(c)}" is not one of ${ORG_TYPES.join(', ')}`);
    }
    if (cell('old_code') === cell('new_code') && cell('old_type') === cell('new_type'))
      throw bad('new_type', 'the row changes neither the code nor the type');
    if (cell('source') === '') throw bad('source', 'say which document announced the change');
    const k = `${cell('old_code')} ${date}`;
    if (seen.has(k)) throw bad('old_code', `${cell('old_code')} changes twice on ${date}`);
    seen.add(k);
    return {
      effective_date: date,
      fiscal_year: Number(year),
      old_code: cell('old_code'),
      new_code: cell('new_code'),
      old_type: cell('old_type'),
      new_type: cell('new_type'),
      note: cell('note') || null,
      source: cell('source'),
    };
  });
}
