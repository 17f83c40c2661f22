// ita init: create or migrate the database and load frameworks and the organisation registry.
import type { Command } from '../command';
import { openDatabase } from '../../lib/server/db/database';

export const init: Command = {
  name: 'init',
  summary: 'Create or migrate the database (frameworks and the organisation registry included)',
  usage: `ita init

Creates the database file (ITA_DB, default data/ita.duckdb) if needed, applies pending
migrations, loads data/frameworks/*.json and the national organisation registry.`,
  async run() {
    const db = await openDatabase();
    const counts = await db.withConnection(async (c) => {
      const r = await c.runAndReadAll(
        `SELECT (SELECT count(*) FROM org), (SELECT count(*) FROM framework), (SELECT max(version) FROM schema_migration)`,
      );
      return r.getRows()[0]!.map(Number);
    });
    db.close();
    console.log(`database: ${db.path}`);
    console.log(
      `organisations: ${counts[0]}, frameworks: ${counts[1]}, schema version: ${counts[2]}`,
    );
    return 0;
  },
};
