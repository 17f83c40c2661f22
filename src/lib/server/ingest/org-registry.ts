// Organisation resolvers for parse-report: the database's org table when it can be read, else the national subdistrict registry.
import fs from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { loadResolver, OrgResolver, type OrgRecord } from '../registry/resolver';
import { loadSubdistricts } from '../registry/subdistricts';
import { SAO_PREFIX, SAO_SHORT_PREFIX } from '../registry/sync';

/** Bangkok's แขวง are not SAOs; the registry sync leaves them out too. */
const NO_SAO_PROVINCE = '10';

let cached: OrgResolver | null = null;

export function registryResolver(): OrgResolver {
  if (cached) return cached;
  const orgs: OrgRecord[] = loadSubdistricts()
    .filter((s) => s.province_code !== NO_SAO_PROVINCE)
    .map((s) => ({
      code: s.code,
      name_th: SAO_PREFIX + s.name_th,
      short_name_th: SAO_SHORT_PREFIX + s.name_th,
      type: 'sao',
      tambon_th: s.name_th,
      district_code: s.district_code,
      district_th: s.district_th,
      province_code: s.province_code,
      province_th: s.province_th,
    }));
  cached = new OrgResolver(orgs);
  return cached;
}

/**
 * The org table of the database file, opened read-only so that parse-report never writes; it also holds the
 * agencies added by score imports (เทศบาล…). Null when the file is missing, locked by a writer, or not initialised.
 */
export async function databaseResolver(file: string): Promise<OrgResolver | null> {
  if (file === ':memory:' || !fs.existsSync(file)) return null;
  let instance: DuckDBInstance | null = null;
  try {
    instance = await DuckDBInstance.create(file, { access_mode: 'READ_ONLY' });
    const conn = await instance.connect();
    try {
      return await loadResolver(conn);
    } finally {
      conn.closeSync();
    }
  } catch {
    return null;
  } finally {
    instance?.closeSync();
  }
}
