import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../db/database';
import { commitScoreImport, previewScoreImport, type ScoreFile } from './import-scores';

const fixture = (name: string): ScoreFile => ({
  name,
  bytes: fs.readFileSync(new URL(`../../../../data/fixtures/scores/${name}`, import.meta.url)),
});
const csvFile = (name: string, text: string): ScoreFile => ({
  name,
  bytes: new TextEncoder().encode(text),
});

/** Every table an import may touch, as text, to compare the database before and after. */
async function snapshot(db: Database): Promise<string> {
  return db.withConnection(async (c) => {
    const out: Record<string, unknown> = {};
    for (const t of ['org', 'score', 'import_batch', 'db_meta']) {
      out[t] = (await c.runAndReadAll(`SELECT * FROM ${t} ORDER BY ALL`)).getRowsJS();
    }
    return JSON.stringify(out, (_k, v) => (typeof v === 'bigint' ? String(v) : v));
  });
}

async function rows(
  db: Database,
  sql: string,
  params: Record<string, string | number> = {},
): Promise<unknown[][]> {
  return db.withConnection(async (c) => (await c.runAndReadAll(sql, params)).getRowsJS());
}

let db: Database;
beforeEach(async () => {
  db = await openDatabase(':memory:');
});
afterEach(() => db.close());

describe('importing the same file twice', () => {
  it('changes nothing the second time', async () => {
    const first = await commitScoreImport(db, fixture('wide-thai-be.csv'));
    expect(first.committed).toBe(true);
    const before = await snapshot(db);
    const second = await commitScoreImport(db, fixture('wide-thai-be.csv'));
    expect(second.counts).toEqual({ new: 0, changed: 0, unchanged: 4, rejected: 0 });
    expect(second.committed).toBe(false);
    expect(await snapshot(db)).toBe(before);
  });
});

describe('new values for an organisation-year', () => {
  it('supersede the old ones, which stay in history with their file hash', async () => {
    const original = fixture('wide-thai-be.csv');
    const first = await commitScoreImport(db, original);
    // จะรัง FY 2564 with indicator 10 raised from 65.56 to 75.56: the total rises by 0.2 x 10 = 2.
    const text = new TextDecoder()
      .decode(original.bytes)
      .replace('72.89,65.56,81.45,B', '72.89,75.56,83.45,B');
    const second = await commitScoreImport(db, csvFile('wide-thai-be-corrected.csv', text));
    expect(second.counts).toEqual({ new: 0, changed: 1, unchanged: 3, rejected: 0 });
    expect(second.problems).toEqual([]);

    const history = await rows(
      db,
      `SELECT source, value, superseded_at IS NOT NULL FROM score
       WHERE org_code = '6940907' AND fiscal_year = 2564 AND code = '10' ORDER BY loaded_at`,
    );
    expect(history).toEqual([
      [`import:${first.hash}`, 65.56, true],
      [`import:${second.hash}`, 75.56, false],
    ]);
    // The old rows' superseded_at is the new rows' loaded_at: one moment for the whole import.
    const moments = await rows(
      db,
      `SELECT count(DISTINCT superseded_at)::INTEGER, count(*)::INTEGER FROM score WHERE source = $old AND superseded_at IS NOT NULL`,
      { old: `import:${first.hash}` },
    );
    // จะรัง FY 2564 had 14 values in the first file: ten indicators, three tools and the total.
    expect(moments).toEqual([[1, 14]]);
    expect(
      await rows(
        db,
        `SELECT total FROM org_year WHERE org_code = '6940907' AND fiscal_year = 2564`,
      ),
    ).toEqual([[83.45]]);
    // Other organisation-years of the first file are untouched.
    expect(
      await rows(
        db,
        `SELECT count(*)::INTEGER FROM score WHERE org_code = '6230107' AND superseded_at IS NOT NULL`,
      ),
    ).toEqual([[0]]);
    expect(
      await rows(db, `SELECT file_name FROM import_batch ORDER BY loaded_at, file_name`),
    ).toEqual([['wide-thai-be.csv'], ['wide-thai-be-corrected.csv']]);
  });
});

describe('synthetic scores', () => {
  it('do not count as earlier data, stay in the table, and stop showing once real scores arrive', async () => {
    // Written through a transaction, as every loader writes, so the derived tables follow.
    await db.transaction(async (c) => {
      for (const [code, value] of [
        ['TOTAL', 55.5],
        ['IIT', 60],
      ] as const)
        await c.run(
          `INSERT INTO score VALUES ('6940907', 2564, $code, $value, 'synthetic', now()::TIMESTAMP, NULL)`,
          { code, value },
        );
    });
    expect(
      await rows(
        db,
        `SELECT source, total FROM org_year WHERE org_code = '6940907' AND fiscal_year = 2564`,
      ),
    ).toEqual([['synthetic', 55.5]]);
    const s = await commitScoreImport(db, fixture('wide-thai-be.csv'));
    expect(s.counts.new).toBe(4);
    expect(
      await rows(
        db,
        `SELECT source, total FROM org_year WHERE org_code = '6940907' AND fiscal_year = 2564`,
      ),
    ).toEqual([['real', 81.45]]);
    expect(
      await rows(
        db,
        `SELECT count(*)::INTEGER FROM score WHERE source = 'synthetic' AND superseded_at IS NULL`,
      ),
    ).toEqual([[2]]);
  });
});

describe('--add-orgs', () => {
  // municipalities.csv: the registry's เทศบาลตำบลบางปู (5940902), อบจ.ตราด (2230101) and อบต.จะรัง (6940907); a
  // municipality without a province (row 5) and one the bundled registry does not hold yet (row 6, ตะโละใหม่).
  it('matches the municipalities and PAOs of the registry, and rejects agencies missing from it', async () => {
    const s = await previewScoreImport(db, fixture('municipalities.csv'));
    expect(s.counts).toEqual({ new: 3, changed: 0, unchanged: 0, rejected: 2 });
    expect(s.problems.map((p) => [p.severity, p.row, p.column])).toEqual([
      ['error', 5, 'A'],
      ['error', 6, 'A'],
    ]);
    expect(s.problems[1]!.message).toMatch(
      /^no organisation in the registry matches "เทศบาลตำบลตะโละใหม่" \(ยะหริ่ง, ปัตตานี\)/,
    );
  });

  it('adds typed agencies with their district and province, once', async () => {
    const s = await commitScoreImport(db, fixture('municipalities.csv'), { addOrgs: true });
    expect(s.counts).toEqual({ new: 4, changed: 0, unchanged: 0, rejected: 1 });
    expect(
      s.problems.map(({ severity, row, column, message }) => ({ severity, row, column, message })),
    ).toEqual([
      {
        severity: 'error',
        row: 5,
        column: 'A',
        message:
          'cannot add "เทศบาลเมืองไร้จังหวัด" to the registry: a province (จังหวัด) column is needed',
      },
    ]);
    expect(s.orgs_added.map((o) => [o.name_th, o.type, o.province_th, o.row])).toEqual([
      ['เทศบาลตำบลตะโละใหม่', 'subdistrict_municipality', 'ปัตตานี', 6],
    ]);
    const added = await rows(
      db,
      `SELECT name_th, short_name_th, type, district_code, district_th, province_code, source = $source FROM org
       WHERE source <> 'registry' ORDER BY type`,
      { source: `import:${s.hash}` },
    );
    expect(added).toEqual([
      [
        'เทศบาลตำบลตะโละใหม่',
        'ทต.ตะโละใหม่',
        'subdistrict_municipality',
        '9409',
        'ยะหริ่ง',
        '94',
        true,
      ],
    ]);
    // The registry's own organisations carry their scores: จะรัง with ประเภท อบต. is the SAO, บางปู the municipality.
    const totals = await rows(
      db,
      `SELECT org_code, value FROM score WHERE fiscal_year = 2567 AND code = 'TOTAL'
         AND org_code IN ('6940907', '5940902', '2230101') ORDER BY org_code`,
    );
    expect(totals).toEqual([
      ['2230101', 95.2],
      ['5940902', 92.5],
      ['6940907', 88],
    ]);

    const again = await commitScoreImport(db, fixture('municipalities.csv'), { addOrgs: true });
    expect(again.counts).toEqual({ new: 0, changed: 0, unchanged: 4, rejected: 1 });
    expect(again.orgs_added).toEqual([]);
    expect(await rows(db, `SELECT count(*)::INTEGER FROM org WHERE source <> 'registry'`)).toEqual([
      [1],
    ]);
  });
});

describe('a failure while writing', () => {
  const mixed = [
    'รหัส,ชื่อหน่วยงาน,ประเภท,อำเภอ,จังหวัด,ปีงบประมาณ,คะแนนรวม',
    '6940907,อบต.จะรัง,,,,2564,80.00',
    ',เทศบาลตำบลบางปู,เทศบาลตำบล,ยะหริ่ง,ปัตตานี,2567,92.50',
    '5940902,อบต.บางปู,,,,2564,77.25',
  ].join('\n');

  it('on the last organisation-year leaves the database exactly as it was', async () => {
    await commitScoreImport(db, fixture('wide-thai-be.csv'));
    const before = await snapshot(db);
    const file = csvFile('mixed.csv', mixed);
    let calls = 0;
    await expect(
      commitScoreImport(db, file, {
        addOrgs: true,
        onBeforeWrite: (year, index, total) => {
          calls++;
          if (index === total - 1) throw new Error(`simulated failure writing ${year.orgCode}`);
        },
      }),
    ).rejects.toThrow('simulated failure writing 5940902');
    expect(calls).toBe(3);
    expect(await snapshot(db)).toBe(before);

    // The same import without the failure does change the database: the comparison above is not vacuous.
    const s = await commitScoreImport(db, file, { addOrgs: true });
    expect(s.counts).toEqual({ new: 2, changed: 1, unchanged: 0, rejected: 0 });
    expect(await snapshot(db)).not.toBe(before);
  });
});

describe('strict', () => {
  it('writes nothing when any row has an error', async () => {
    const before = await snapshot(db);
    const s = await commitScoreImport(db, fixture('wide-problems.csv'), { strict: true });
    expect(s.counts).toEqual({ new: 4, changed: 0, unchanged: 0, rejected: 11 });
    expect(s.committed).toBe(false);
    expect(await snapshot(db)).toBe(before);
  });
});

describe('two imports at once', () => {
  it('run one after the other, so the second sees the first and writes nothing twice', async () => {
    const [a, b] = await Promise.all([
      commitScoreImport(db, fixture('wide-thai-be.csv')),
      commitScoreImport(db, fixture('wide-thai-be.csv')),
    ]);
    expect(a.counts).toEqual({ new: 4, changed: 0, unchanged: 0, rejected: 0 });
    expect(b.counts).toEqual({ new: 0, changed: 0, unchanged: 4, rejected: 0 });
    // Rows 2-4: ten indicators, three tools and the total each; row 5: the total only. Once, not twice.
    expect(
      await rows(db, `SELECT count(*)::INTEGER FROM score WHERE superseded_at IS NULL`),
    ).toEqual([[3 * 14 + 1]]);
  });
});
