// Writes made from the command line are recorded as cli:<os user> (no user id, no address) in the audit log.
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseArgs } from '../args';
import type { Command } from '../command';
import { getDatabase } from '../../lib/server/db/database';
import { importScores } from './import-scores';
import { ingest } from './ingest';

async function run(command: Command, ...argv: string[]): Promise<number> {
  const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
  try {
    return await command.run(parseArgs(argv, command.booleanFlags));
  } finally {
    log.mockRestore();
  }
}

let saved: string | undefined;
beforeAll(() => {
  saved = process.env.ITA_DB;
  process.env.ITA_DB = ':memory:';
});
afterAll(() => {
  if (saved === undefined) delete process.env.ITA_DB;
  else process.env.ITA_DB = saved;
});

describe('the command line in the audit log', () => {
  it('records ita import-scores and ita ingest as cli:<user>', async () => {
    expect(await run(importScores, 'data/fixtures/scores/wide-thai-be.csv')).toBe(0);
    expect(await run(ingest, 'data/reports/002_4c4a9c54fc41eb39.txt', '--quiet')).toBe(0);
    const db = await getDatabase();
    const rows = await db.withConnection(async (c) =>
      (
        await c.runAndReadAll(
          `SELECT action, via, actor_name, user_id, ip, file_name FROM audit_log ORDER BY id`,
        )
      ).getRowsJS(),
    );
    const me = `cli:${os.userInfo().username}`;
    expect(rows).toEqual([
      ['score_import', 'cli', me, null, null, 'wide-thai-be.csv'],
      ['report_store', 'cli', me, null, null, '002_4c4a9c54fc41eb39.txt'],
    ]);
  });
});
