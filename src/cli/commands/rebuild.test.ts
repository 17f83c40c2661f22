// ita rebuild on a small database file: every derived table is rewritten and listed with its rows, and the time.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../lib/server/db/database';
import { FIXTURE_DIR, loadFixtureScores } from '../../lib/server/db/fixture-db';
import { projectPath } from '../../lib/server/paths';

let dir: string | undefined;
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('ita rebuild', () => {
  it('rewrites the derived tables from the data and says what it wrote', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-rebuild-'));
    const file = path.join(dir, 'ita.duckdb');
    const db = await openDatabase(file);
    // indicators.csv: three SAOs, FY 2566, indicators 1-10 each, all live (30 rows).
    await loadFixtureScores(db, `${FIXTURE_DIR}/indicators.csv`);
    // Emptied by hand, as a person editing the file might: the rebuild must restore it.
    await db.withConnection((c) => c.run('DELETE FROM indicator_value'));
    db.close();

    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', projectPath('src', 'cli', 'ita.ts'), 'rebuild'],
      { encoding: 'utf8', env: { ...process.env, ITA_DB: file } },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/indicator_value: 30 rows/);
    expect(r.stdout).toMatch(/score_current: \d+ rows/);
    expect(r.stdout).toMatch(/time: \d+\.\d s/);

    const again = await openDatabase(file);
    const rows = await again.withConnection(async (c) =>
      (await c.runAndReadAll('SELECT count(*) FROM indicator_value')).getRowsJS(),
    );
    again.close();
    expect(rows).toEqual([[30n]]);
  }, 120_000);
});
