// Organisation resolvers for parse-report: the database's org table when it can be read, else the bundled DLA registry.
import fs from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { loadResolver, OrgResolver } from '../registry/resolver';
import { bundledRegistry, legacyCodes } from '../registry/dla';

let cached: OrgResolver | null = null;

/** Every local government of the DLA registry, with the first registry's subdistrict codes as aliases. */
export function registryResolver(): OrgResolver {
  if (cached) return cached;
  const { orgs } = bundledRegistry();
  cached = new OrgResolver(orgs, legacyCodes(orgs));
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
