// Incremental refresh of the derived tables equals a full rebuild after every kind of write, in random sequences.
import fs from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from './database';
import { rebuildDerived, refreshDerived, startTouched, touchOrgYear } from './derived';
import { loadFixtureScores, FIXTURE_DIR } from './fixture-db';
import { loadDemo } from '../demo/load';
import { commitScoreImport } from '../import/import-scores';
import { ingestReport } from '../ingest/ingest';
import { recordMeasureOverride, recordReportOrgOverride } from '../ingest/overrides';
import { jaRangReport } from '../ingest/sample-report-text';
import { storeUploadedReport } from '../ingest/web-store';
import { MEASURE_STATUSES } from '../ingest/types';
import { projectPath } from '../paths';

/** Derived tables in dependency order, each beside the view that defines it. */
const DERIVED = [
  'score_current',
  'org_year',
  'measure_current',
  'indicator_value',
  'indicator_median',
];

/**
 * Rows that differ between each derived table and its definition, both ways (EXCEPT ALL keeps duplicates). Checked
 * in dependency order, so a table equal to its view over inputs equal to theirs equals a full rebuild.
 */
async function differences(db: Database): Promise<string[]> {
  return db.withConnection(async (c) => {
    const out: string[] = [];
    for (const t of DERIVED) {
      for (const [a, b] of [
        [t, `${t}_v`],
        [`${t}_v`, t],
      ]) {
        const r = await c.runAndReadAll(`SELECT * FROM ${a} EXCEPT ALL SELECT * FROM ${b} LIMIT 3`);
        for (const row of r.getRowsJS())
          out.push(
            `${a} has, ${b} lacks: ${JSON.stringify(row, (_k, v) => (typeof v === 'bigint' ? Number(v) : v))}`,
          );
      }
    }
    return out;
  });
}

async function rowsOf(db: Database, sql: string): Promise<unknown[][]> {
  return db.withConnection(async (c) => (await c.runAndReadAll(sql)).getRowsJS());
}

/** SAOs in two districts of Pattani, one of Trat and one of Sisaket (the real sample reports' organisations). */
const ORGS = ['6940907', '5940902', '6940108', '6940104', '6230303', '6230107', '6330311'];
const YEARS = [2564, 2565, 2566, 2567];
const SAMPLE_REPORTS = fs
  .readdirSync(projectPath('data', 'reports'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => projectPath('data', 'reports', f));

const score = fc.integer({ min: 4000, max: 10000 }).map((n) => (n / 100).toFixed(2));

type Write =
  | { kind: 'import'; rows: { org: string; year: number; values: string[] }[] }
  | { kind: 'import_year'; year: number; seed: number }
  | { kind: 'import_many'; count: number; seed: number }
  | { kind: 'report'; sample: number; variant: number }
  | { kind: 'jarang'; total: string; done: boolean[] }
  | { kind: 'web'; sample: number; variant: number; org: string }
  | {
      kind: 'measure_override';
      pick: number;
      field: 'status' | 'category' | 'indicators';
      value: number;
    }
  | { kind: 'report_org'; pick: number; org: string }
  | { kind: 'synthetic'; province: '23' | '94'; seed: number }
  | { kind: 'fixture_synthetic' }
  | { kind: 'failed_report'; total: string };

const write: fc.Arbitrary<Write> = fc.oneof(
  fc.record({
    kind: fc.constant('import' as const),
    rows: fc.array(
      fc.record({
        org: fc.constantFrom(...ORGS),
        year: fc.constantFrom(...YEARS),
        values: fc.array(score, { minLength: 10, maxLength: 10 }),
      }),
      { minLength: 1, maxLength: 7 },
    ),
  }),
  fc.record({
    kind: fc.constant('import_year' as const),
    year: fc.constantFrom(...YEARS),
    seed: fc.nat(1000),
  }),
  fc.record({
    kind: fc.constant('import_many' as const),
    count: fc.integer({ min: 20, max: 400 }),
    seed: fc.nat(1000),
  }),
  fc.record({
    kind: fc.constant('report' as const),
    sample: fc.nat(SAMPLE_REPORTS.length - 1),
    variant: fc.nat(3),
  }),
  fc.record({
    kind: fc.constant('jarang' as const),
    total: score,
    done: fc.array(fc.boolean(), { minLength: 1, maxLength: 3 }),
  }),
  fc.record({
    kind: fc.constant('web' as const),
    sample: fc.nat(SAMPLE_REPORTS.length - 1),
    variant: fc.nat(3),
    org: fc.constantFrom(...ORGS),
  }),
  fc.record({
    kind: fc.constant('measure_override' as const),
    pick: fc.nat(50),
    field: fc.constantFrom('status' as const, 'category' as const, 'indicators' as const),
    value: fc.nat(10),
  }),
  fc.record({
    kind: fc.constant('report_org' as const),
    pick: fc.nat(10),
    org: fc.constantFrom(...ORGS),
  }),
  fc.record({
    kind: fc.constant('synthetic' as const),
    province: fc.constantFrom('23' as const, '94' as const),
    seed: fc.nat(3),
  }),
  fc.constant({ kind: 'fixture_synthetic' as const }),
  fc.record({ kind: fc.constant('failed_report' as const), total: score }),
);

const CATEGORIES = ['asset_use', 'complaints', 'communication', 'e_service'];
const INDICATORS = ['4', '9.4', '7,8', '10'];

/** A score file with indicators 1-10 (the importer computes tools and total from the year's weights). */
function scoreCsv(rows: { org: string; year: number; values: string[] }[]): Uint8Array {
  const header = ['รหัส', 'ปีงบประมาณ', ...Array.from({ length: 10 }, (_, i) => `ตัวชี้วัดที่ ${i + 1}`)];
  // The last row for an organisation-year wins, as a person correcting a file would expect.
  const byKey = new Map(rows.map((r) => [`${r.org}|${r.year}`, r]));
  const lines = [...byKey.values()].map((r) => [r.org, r.year, ...r.values].join(','));
  return new TextEncoder().encode([header.join(','), ...lines].join('\n'));
}

const variantOf = (file: string, variant: number): Uint8Array =>
  Buffer.concat([fs.readFileSync(file), Buffer.from('\n'.repeat(variant + 1))]);

let clock = Date.parse('2026-06-01T00:00:00Z');
/** Each write a second after the last, so "latest loaded" is never a tie decided by chance. */
const tick = () => new Date((clock += 1000));

async function apply(db: Database, w: Write): Promise<void> {
  switch (w.kind) {
    case 'import':
      await commitScoreImport(db, { name: `scores-${clock}.csv`, bytes: scoreCsv(w.rows) });
      return;
    case 'import_year':
    case 'import_many': {
      // A whole year of two provinces' SAOs (every area statistic of the year moves), or organisation-years spread
      // over the country, most of them with no scores yet: many keys at once, through the keyed refresh or the
      // rebuild of the score tables, whichever the share of keys picks.
      const picked = await rowsOf(
        db,
        w.kind === 'import_year'
          ? `SELECT code, ${w.year} FROM org WHERE province_code IN ('23', '94') AND type = 'sao'`
          : `SELECT code, (SELECT min(fiscal_year) FROM framework) + hash(code, ${w.seed}) % (SELECT count(*) FROM framework)
             FROM org ORDER BY hash(code, ${w.seed}) LIMIT ${w.count}`,
      );
      const values = (i: number) =>
        Array.from({ length: 10 }, (_, k) =>
          (40 + ((i * 37 + k * 11 + w.seed) % 6000) / 100).toFixed(2),
        );
      const rows = picked.map(([org, year], i) => ({
        org: String(org),
        year: Number(year),
        values: values(i),
      }));
      await commitScoreImport(db, { name: `scores-${clock}.csv`, bytes: scoreCsv(rows) });
      return;
    }
    case 'report':
      await ingestReport(
        db,
        { name: SAMPLE_REPORTS[w.sample]!, bytes: variantOf(SAMPLE_REPORTS[w.sample]!, w.variant) },
        { now: tick },
      );
      return;
    case 'jarang': {
      const text = jaRangReport(
        w.done.map((d, i) => [
          `มาตรการที่ ${i + 1} การเปิดเผยข้อมูลสาธารณะ`,
          d ? 'ดำเนินการแล้ว เผยแพร่ทางเว็บไซต์' : '',
        ]),
        w.total,
      );
      await ingestReport(
        db,
        { name: 'jarang.txt', bytes: new TextEncoder().encode(text) },
        { now: tick },
      );
      return;
    }
    case 'web':
      await storeUploadedReport(
        db,
        { name: 'upload.txt', bytes: variantOf(SAMPLE_REPORTS[w.sample]!, w.variant + 10) },
        { orgCode: w.org, who: 'ผู้ทดสอบ', now: tick() },
      );
      return;
    case 'measure_override': {
      const all = await rowsOf(
        db,
        'SELECT report_hash, seq FROM measure_current ORDER BY report_hash, seq',
      );
      if (all.length === 0) return;
      const [hash, seq] = all[w.pick % all.length] as [string, number];
      const value =
        w.field === 'status'
          ? MEASURE_STATUSES[w.value % MEASURE_STATUSES.length]!
          : w.field === 'category'
            ? CATEGORIES[w.value % CATEGORIES.length]!
            : INDICATORS[w.value % INDICATORS.length]!;
      await recordMeasureOverride(db, {
        report_hash: hash,
        seq: Number(seq),
        field: w.field,
        value,
        who: 'ผู้ทดสอบ',
        at: tick(),
      });
      return;
    }
    case 'report_org': {
      const all = await rowsOf(
        db,
        `SELECT hash FROM report WHERE source LIKE 'report:%' ORDER BY hash`,
      );
      if (all.length === 0) return;
      const hash = String(all[w.pick % all.length]![0]);
      await recordReportOrgOverride(db, {
        report_hash: hash,
        org_code: w.org,
        who: 'ผู้ทดสอบ',
        at: tick(),
      });
      return;
    }
    case 'synthetic':
      await loadDemo(db, { provinces: [w.province], seed: w.seed, force: true });
      return;
    case 'fixture_synthetic':
      await loadFixtureScores(db, `${FIXTURE_DIR}/indicators.csv`);
      return;
    case 'failed_report': {
      // A write that fails half-way must leave the derived tables as they were.
      const text = jaRangReport([['มาตรการตรวจสอบการใช้ดุลยพินิจ', 'ดำเนินการแล้ว']], w.total);
      await expect(
        ingestReport(
          db,
          { name: 'fails.txt', bytes: new TextEncoder().encode(text) },
          {
            now: tick,
            afterWrite: (what) => {
              if (what === 'score') throw new Error('simulated failure');
            },
          },
        ),
      ).rejects.toThrow();
      return;
    }
  }
}

let db: Database | undefined;
afterEach(() => {
  db?.close();
  db = undefined;
});

describe('incremental refresh of the derived tables', () => {
  it('equals a full rebuild after each write of a random sequence', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(write, { minLength: 3, maxLength: 8 }), async (writes) => {
        db?.close();
        db = await openDatabase(':memory:');
        for (const [i, w] of writes.entries()) {
          await apply(db, w);
          const diff = await differences(db);
          expect(diff, `after write ${i + 1} (${JSON.stringify(w)})`).toEqual([]);
        }
      }),
      { seed: 20261204, numRuns: 6, endOnFailure: true },
    );
  }, 600_000);

  it('rewrites only the touched organisation-years, and a forgotten key shows as a difference', async () => {
    db = await openDatabase(':memory:');
    // Eight organisations of Trat beside two of Pattani: the district median of 9409 must not mix in Trat's rows.
    const others = (
      await rowsOf(
        db,
        `SELECT code FROM org WHERE province_code = '23' AND type = 'sao' ORDER BY code LIMIT 8`,
      )
    ).map((r) => ({ org: String(r[0]), year: 2566, values: Array(10).fill('75.00') }));
    expect(others).toHaveLength(8);
    await commitScoreImport(db, {
      name: 'many.csv',
      bytes: scoreCsv([
        { org: '6940907', year: 2566, values: Array(10).fill('90.00') },
        { org: '5940902', year: 2566, values: Array(10).fill('80.00') },
        ...others,
      ]),
    });
    expect(await differences(db)).toEqual([]);
    const median = `SELECT median FROM indicator_median WHERE fiscal_year = 2566 AND code = '1' AND peer = 'district' AND area = '9409'`;
    expect(await rowsOf(db, median)).toEqual([[85]]);

    // A writer that records its organisation-year: the row and its district's median follow.
    await db.transaction(async (c) => {
      await c.run(
        `UPDATE score SET value = 70 WHERE org_code = '5940902' AND fiscal_year = 2566 AND code = '1'`,
      );
      await touchOrgYear(c, '5940902', 2566);
    }, 'touched');
    expect(await rowsOf(db, median)).toEqual([[80]]);
    expect(await differences(db)).toEqual([]);

    // One that forgets: the tables keep the old value, which the comparison with the views catches.
    await db.transaction(async (c) => {
      await c.run(
        `UPDATE score SET value = 60 WHERE org_code = '5940902' AND fiscal_year = 2566 AND code = '1'`,
      );
    }, 'touched');
    expect(await rowsOf(db, median)).toEqual([[80]]);
    expect((await differences(db)).length).toBeGreaterThan(0);

    // A full rebuild (ita rebuild) repairs it.
    await db.transaction(async () => undefined);
    expect(await rowsOf(db, median)).toEqual([[75]]);
    expect(await differences(db)).toEqual([]);
  });

  it('a write of scores only refreshes the score tables, for its keys only', async () => {
    db = await openDatabase(':memory:');
    await loadDemo(db, { provinces: ['94'] });
    const refresh = (what: 'scores' | 'measures' | null) =>
      db!.withConnection(async (c) => {
        await c.run('BEGIN TRANSACTION');
        try {
          await startTouched(c);
          await touchOrgYear(c, '6940907', 2566, what);
          return await refreshDerived(c, 'touched');
        } finally {
          await c.run('ROLLBACK');
        }
      });
    const [[scoreRows], [measureRows], [indicatorRows]] = (await rowsOf(
      db,
      `SELECT count(*) FROM score_current WHERE org_code = '6940907' AND fiscal_year = 2566
       UNION ALL SELECT count(*) FROM measure_current WHERE org_code = '6940907' AND fiscal_year = 2566
       UNION ALL SELECT count(*) FROM indicator_value WHERE org_code = '6940907' AND fiscal_year = 2566`,
    )) as [[bigint], [bigint], [bigint]];
    expect(Number(measureRows)).toBeGreaterThan(0);
    const scores = await refresh('scores');
    expect(scores.rows.score_current).toBe(Number(scoreRows));
    expect(scores.rows.org_year).toBe(1);
    expect(scores.rows.indicator_value).toBe(Number(indicatorRows));
    expect(scores.rows.measure_current).toBeUndefined();
    const measures = await refresh('measures');
    expect(measures.rows).toEqual({ measure_current: Number(measureRows) });
    const both = await refresh(null);
    expect(both.rows.measure_current).toBe(Number(measureRows));
    expect(both.rows.org_year).toBe(1);
  });

  it('a view replaced without its macro (a later migration) is refreshed from that view, not the old macro', async () => {
    db = await openDatabase(':memory:');
    await loadDemo(db, { provinces: ['23'] });
    // As a migration that adds a column to org_year would: a new definition, the macro of 015 left behind.
    await db.withConnection(async (c) => {
      await c.run(`CREATE OR REPLACE VIEW org_year_v AS
        SELECT org_code, fiscal_year, total, iit, eit, oit, level, level_en, passed, source,
          'checked:' || coalesce(real_sources, '') AS real_sources, eit1, eit2, tools_incomplete
        FROM org_year_of('score_current')`);
    });
    await db.transaction(async () => undefined);
    expect(await differences(db)).toEqual([]);
    await commitScoreImport(db, {
      name: 'one.csv',
      bytes: scoreCsv([{ org: '6230303', year: 2566, values: Array(10).fill('88.00') }]),
    });
    expect(await differences(db)).toEqual([]);
    expect(
      await rowsOf(
        db,
        `SELECT real_sources LIKE 'checked:import:%' FROM org_year WHERE org_code = '6230303' AND fiscal_year = 2566`,
      ),
    ).toEqual([[true]]);
  });

  it('a full rebuild reports the rows it wrote', async () => {
    db = await openDatabase(':memory:');
    await loadFixtureScores(db, `${FIXTURE_DIR}/indicators.csv`);
    const result = await db.withConnection((c) => rebuildDerived(c));
    const [[indicatorRows]] = (await rowsOf(db, 'SELECT count(*) FROM indicator_value')) as [
      [bigint],
    ];
    expect(result.refresh).toBe('full');
    expect(result.rows.indicator_value).toBe(Number(indicatorRows));
    expect(result.rows.indicator_value).toBeGreaterThan(0);
  });
});
