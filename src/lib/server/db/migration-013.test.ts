// Migration 013 on a database that already holds reports and measures: the rows keep their meaning, gain empty
// reasons and round evidence, and measure_current is rebuilt with the new columns on the next open.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './database';
import { loadMigrations, migrate } from './migrate';

let dir: string | null = null;
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('migration 013', () => {
  it('upgrades a database stored before it without losing a measure', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-013-'));
    const file = path.join(dir, 'old.duckdb');
    const old = await DuckDBInstance.create(file);
    const c = await old.connect();
    await migrate(
      c,
      loadMigrations().filter((m) => m.version < 13),
    );
    // A database of the first registry: อบต.จะรัง under its subdistrict code.
    await c.run(`INSERT INTO org VALUES ('940917', 'องค์การบริหารส่วนตำบลจะรัง', 'อบต.จะรัง', 'sao', '940917', 'จะรัง',
      '9409', 'ยะหริ่ง', '94', 'ปัตตานี', 'south', 'registry')`);
    await c.run(`INSERT INTO report (hash, org_code, fiscal_year, round, file_name, format, parsed_at, parser_version,
      warnings, source) VALUES ('r1', '940917', 2567, '6m', 'a.txt', 'txt', TIMESTAMP '2026-01-01 00:00:00', 'v1', [],
      'report:r1')`);
    await c.run(`INSERT INTO measure (report_hash, seq, name_th, name_norm, responsible, monitoring_rounds, status,
      category, categories_other, indicators, indicator_source, source) VALUES ('r1', 1, 'มาตรการ ก', 'มาตรการก', [],
      [], 'not_started', 'other', [], ['4'], 'explicit', 'report:r1')`);
    c.closeSync();
    old.closeSync();

    const db = await openDatabase(file);
    try {
      const rows = await db.withConnection(async (conn) => ({
        measures: (
          await conn.runAndReadAll(
            `SELECT seq, status, status_reason_kind, status_reason_text FROM measure_current`,
          )
        ).getRowsJS(),
        reports: (
          await conn.runAndReadAll(
            `SELECT org_code, round, round_evidence_kind, round_evidence_text, round_confirmed FROM report_current`,
          )
        ).getRowsJS(),
        applied: (
          await conn.runAndReadAll(`SELECT max(version) FROM schema_migration`)
        ).getRowsJS(),
      }));
      expect(rows.measures).toEqual([[1, 'not_started', null, null]]);
      // ... and the DLA registry (migration 019) moved the report to the organisation's DLA code.
      expect(rows.reports).toEqual([['6940907', '6m', null, null, false]]);
      expect(Number(rows.applied[0]![0])).toBeGreaterThanOrEqual(13);
    } finally {
      db.close();
    }
  });
});
