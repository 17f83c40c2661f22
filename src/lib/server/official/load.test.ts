// The official-figures loader on the bundled files (values read from the cabinet texts) and on broken copies of them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../db/database';
import { projectPath } from '../paths';
import { loadOfficialFigures, OfficialDataError } from './load';
import { syncOfficialFigures } from './sync';

const BUNDLED = projectPath('data', 'official');
const tmp: string[] = [];

/** A copy of data/official with one file's text changed. */
function brokenCopy(file: string, change: (text: string) => string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-official-'));
  tmp.push(dir);
  for (const f of fs.readdirSync(BUNDLED))
    fs.copyFileSync(path.join(BUNDLED, f), path.join(dir, f));
  const p = path.join(dir, file);
  fs.writeFileSync(p, change(fs.readFileSync(p, 'utf8')));
  return dir;
}
afterEach(() => {
  for (const d of tmp.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('loadOfficialFigures on the bundled files', () => {
  const figures = loadOfficialFigures();

  it('reads the national figures of 2562-2568 as the cabinet reports print them', () => {
    expect(figures.national.map((n) => n.fiscal_year)).toEqual([
      2562, 2563, 2564, 2565, 2566, 2567, 2568,
    ]);
    // cabinet-ita-2566.txt: 8,323 agencies, mean 90.19, 6,737 passing (80.94 %).
    expect(figures.national.find((n) => n.fiscal_year === 2566)).toMatchObject({
      agencies: 8323,
      mean_total: 90.19,
      passed: 6737,
      pass_share: 0.8094,
      source_doc: 'cabinet-ita-2566.txt',
    });
    // 2562 is derived from the 2563 report: it names that report and says how.
    const y2562 = figures.national[0]!;
    expect(y2562).toMatchObject({ mean_total: 66.75, passed: null, pass_share: null });
    expect(y2562.source_doc).toBe('cabinet-ita-2563.txt');
    expect(y2562.source_note).toMatch(/^derived/);
  });

  it('maps the local-government types the app knows and leaves other agencies unmapped', () => {
    const typed = (type: string) =>
      figures.byType
        .filter((b) => b.type === type)
        .map((b) => [b.report_year, b.fiscal_year, b.mean_total, b.pass_share]);
    // อบต.: 2565 report (2565 and its 2564 column), 2566 report written out in full.
    expect(typed('sao')).toEqual([
      [2565, 2565, 87.04, 0.6809],
      [2565, 2564, 80.72, null],
      [2566, 2566, 90.11, 0.8011],
    ]);
    expect(typed('pao').map((r) => r[2])).toEqual([93.29, 92.18, 94.63]);
    expect(typed('subdistrict_municipality').map((r) => r[2])).toEqual([87.8, 79.48, 90.16]);
    // อปท. รูปแบบพิเศษ: 2565 (83.13, and 84.44 for 2564) and 2566 (93.96), as the reports print them.
    expect(typed('special').map((r) => r[2])).toEqual([83.13, 84.44, 93.96]);
    expect(figures.byType.find((b) => b.org_type_th === 'จังหวัด')?.type).toBeNull();
    expect(figures.byType.find((b) => b.org_type_th.startsWith('องค์กรปกครอง'))?.type).toBeNull();
  });

  it('reads the 2566 and 2567 ratings as printed', () => {
    const y2567 = figures.ratings.filter((r) => r.fiscal_year === 2567);
    expect(y2567.map((r) => r.agencies)).toEqual([1196, 3638, 2862, 555, 74]);
    expect(y2567.at(-1)!.rating).toBe('ต้องปรับปรุงด่วน');
  });
});

describe('loadOfficialFigures on broken files', () => {
  it('names file, row and column of a score that is not a number', () => {
    const dir = brokenCopy('national_by_year.csv', (t) => t.replace('90.19', '9O.19'));
    expect(() => loadOfficialFigures(dir)).toThrow(
      /national_by_year\.csv, row 6, column national_avg: "9O\.19" is not a number/,
    );
  });

  it('rejects a share above 100 %', () => {
    const dir = brokenCopy('by_org_type.csv', (t) =>
      t.replace('90.11,2566,80.11', '90.11,2566,801.1'),
    );
    expect(() => loadOfficialFigures(dir)).toThrow(
      /column pct_passed_85: "801\.1" is outside 0-100/,
    );
  });

  it('names a missing column, a row with too many cells and a source nobody listed', () => {
    const noColumn = brokenCopy('rating_distribution.csv', (t) => t.replace('count,', 'agencies,'));
    expect(() => loadOfficialFigures(noColumn)).toThrow(
      /rating_distribution\.csv, row 1, column count: the header has no column "count"/,
    );
    const comma = brokenCopy('rating_distribution.csv', (t) =>
      t.replace('2566,ผ่านดี,2550', '2566,ผ่านดี,2,550'),
    );
    expect(() => loadOfficialFigures(comma)).toThrow(/row 3: has 6 cells but the header has 5/);
    const source = brokenCopy('national_by_year.csv', (t) =>
      t.replace(',cabinet-ita-2565.txt', ',cabinet-ita-2565-copy.txt'),
    );
    expect(() => loadOfficialFigures(source)).toThrow(
      /row 5, column source_file: "cabinet-ita-2565-copy\.txt" is not listed in sources\.csv/,
    );
  });

  it('refuses the same year twice', () => {
    const dir = brokenCopy('national_by_year.csv', (t) => t.replace('\n2564,8300', '\n2563,8300'));
    const err = (() => {
      try {
        loadOfficialFigures(dir);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(OfficialDataError);
    expect((err as Error).message).toMatch(/row 4, column year_be: repeats row 3 \(2563\)/);
  });
});

describe('syncOfficialFigures', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase(':memory:');
  });
  afterAll(() => db.close());
  const count = (table: string) =>
    db.withConnection(async (c) =>
      Number((await c.runAndReadAll(`SELECT count(*) FROM ${table}`)).getRows()[0]![0]),
    );

  it('filled the tables at open and writes nothing when the files are unchanged', async () => {
    expect(await count('official_national')).toBe(7);
    expect(await count('official_rating')).toBe(10);
    expect(await count('official_by_type')).toBe(59);
    expect(await db.withConnection((c) => syncOfficialFigures(c))).toBe(false);
  });

  it('leaves the stored figures as they were when a file is malformed', async () => {
    const dir = brokenCopy('by_org_type.csv', (t) => t.replace('94.63', 'ninety'));
    await expect(
      db.withConnection((c) => syncOfficialFigures(c, () => loadOfficialFigures(dir))),
    ).rejects.toThrow(/by_org_type\.csv, row \d+, column avg_score/);
    expect(await count('official_by_type')).toBe(59);
  });

  it('rewrites every table when a file changed, and never touches organisation data', async () => {
    const before = await count('org_year');
    const dir = brokenCopy('national_by_year.csv', (t) => t.replace('93.82', '93.80'));
    expect(
      await db.withConnection((c) => syncOfficialFigures(c, () => loadOfficialFigures(dir))),
    ).toBe(true);
    const mean = await db.withConnection(async (c) =>
      Number(
        (
          await c.runAndReadAll('SELECT mean_total FROM official_national WHERE fiscal_year = 2568')
        ).getRows()[0]![0],
      ),
    );
    expect(mean).toBe(93.8);
    expect(await count('official_national')).toBe(7);
    expect(await count('org_year')).toBe(before);
  });
});
