// ita init: create or migrate the database and load frameworks and the organisation registry.
import type { Command } from '../command';
import { Database, openDatabase } from '../../lib/server/db/database';
import { DatabaseLockedError } from '../../lib/server/db/lock';
import type { ServerAd } from '../../lib/server/running-server';
import { CliError, dashboardHolding } from '../dashboard';
import { line } from '../output';

/** The database, opened and migrated here; or the running dashboard that holds it (and so has already done both). */
async function openUnlessServed(): Promise<Database | ServerAd> {
  try {
    return await openDatabase();
  } catch (err) {
    if (!(err instanceof DatabaseLockedError)) throw err;
    const ad = dashboardHolding(err);
    if (!ad) throw new CliError(err.message);
    return ad;
  }
}

export const init: Command = {
  name: 'init',
  summary: 'Create or migrate the database (frameworks and the organisation registry included)',
  usage: `ita init

Creates the database file (ITA_DB, default data/ita.duckdb) if needed, applies pending
migrations, loads data/frameworks/*.json and the national organisation registry.`,
  async run() {
    const db = await openUnlessServed();
    if (!(db instanceof Database)) {
      await line(
        `the dashboard at ${db.url} holds ${db.db} and created and migrated it when it opened it: nothing to do / ` +
          `แดชบอร์ดใช้ฐานข้อมูลนี้อยู่และได้สร้างและปรับโครงสร้างไว้แล้ว`,
      );
      return 0;
    }
    const counts = await db.withConnection(async (c) => {
      const r = await c.runAndReadAll(
        `SELECT (SELECT count(*) FROM org), (SELECT count(*) FROM framework), (SELECT max(version) FROM schema_migration)`,
      );
      return r.getRows()[0]!.map(Number);
    });
    db.close();
    await line(`database: ${db.path}`);
    await line(
      `organisations: ${counts[0]}, frameworks: ${counts[1]}, schema version: ${counts[2]}`,
    );
    return 0;
  },
};
