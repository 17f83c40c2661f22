// Times one snapshot publication (COPY FROM DATABASE into a new file) of a database: ITA_DB=<file> tsx scripts/bench/snapshot-time.ts <dir>
import fs from 'node:fs';
import { openDatabase } from '../../src/lib/server/db/database';
import { databasePath } from '../../src/lib/server/paths';
import { publishSnapshot } from '../../src/lib/server/db/snapshot';

const dir = process.argv[2];
if (!dir)
  throw new Error('usage: ITA_DB=<file> tsx scripts/bench/snapshot-time.ts <snapshot folder>');
const db = await openDatabase(databasePath());
const t0 = performance.now();
const file = await publishSnapshot(db, dir);
const ms = performance.now() - t0;
console.log(
  `snapshot of ${databasePath()} (${(fs.statSync(databasePath()).size / 2 ** 20).toFixed(0)} MB): ` +
    `${(ms / 1000).toFixed(1)} s, ${(fs.statSync(file).size / 2 ** 20).toFixed(0)} MB`,
);
db.close();
