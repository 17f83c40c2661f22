// Fills the org table from the DLA registry (data/registry/): every local government with its DLA code, and moves
// data stored under the first registry's 6-digit subdistrict codes to the organisations those codes now name.
import crypto from 'node:crypto';
import fs from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import { inTransaction } from '../db/transaction';
import { readRegistryChanges, type RegistryChange } from './changes';
import {
  bundledRegistry,
  legacyCodes,
  REGISTRY_CHANGES_FILE,
  REGISTRY_FILE,
  type Registry,
} from './dla';

export const REGISTRY_SOURCE = 'registry';
/** Organisations a registry no longer lists but data still names (kept, so nothing is lost). */
export const FORMER_SOURCE = 'registry-former';

/** Tables whose org_code names an organisation. */
const ORG_CODE_COLUMNS: [table: string, column: string][] = [
  ['score', 'org_code'],
  ['report', 'org_code'],
  ['measure_override', 'org_code'],
  ['report_org_override', 'value_before'],
  ['report_org_override', 'value_after'],
];

/** The files the registry is read from, as one fingerprint: the org table is rewritten when it changes. */
export function registryFingerprint(
  files: string[] = [REGISTRY_FILE, REGISTRY_CHANGES_FILE],
): string {
  const h = crypto.createHash('sha256');
  for (const f of files) h.update(fs.readFileSync(f));
  return `dla:${h.digest('hex').slice(0, 16)}`;
}

export interface RegistrySyncResult {
  /** Organisations written from the registry (0 when it was already in place). */
  orgs: number;
  /** Old codes whose rows (scores, reports, corrections) were moved to a DLA code. */
  moved: number;
  /** Organisations no longer in the registry but kept because data names them. */
  kept: number;
}

/**
 * Brings the org table to the bundled registry. Reading the registry costs a few hundred ms, so db_meta remembers
 * the files' fingerprint ('registry_source'): a server start on the same files only hashes them.
 */
export async function syncRegistry(
  conn: DuckDBConnection,
  source: { registry: () => Registry; changes: (codes: Set<string>) => RegistryChange[] } = {
    registry: bundledRegistry,
    changes: (codes) => readRegistryChanges(REGISTRY_CHANGES_FILE, codes),
  },
  fingerprint: string = registryFingerprint(),
): Promise<RegistrySyncResult> {
  const known = (
    await conn.runAndReadAll(`SELECT value FROM db_meta WHERE key = 'registry_source'`)
  ).getRows()[0]?.[0];
  if (known === fingerprint) return { orgs: 0, moved: 0, kept: 0 };
  const registry = source.registry();
  const changes = source.changes(new Set(registry.orgs.map((o) => o.code)));
  const legacy = legacyCodes(registry.orgs);
  // No 'touched': codes move, so every derived table is rebuilt.
  return inTransaction(conn, async (c) => {
    await c.run(`CREATE OR REPLACE TEMP TABLE registry_in (code VARCHAR, name_th VARCHAR, short_name_th VARCHAR,
      type VARCHAR, tambon_code VARCHAR, tambon_th VARCHAR, district_code VARCHAR, district_th VARCHAR,
      province_code VARCHAR, province_th VARCHAR, region VARCHAR, lat DOUBLE, lon DOUBLE, area_km2 DOUBLE)`);
    const app = await c.createAppender('registry_in');
    const text = (v: string | null) => (v === null ? app.appendNull() : app.appendVarchar(v));
    const num = (v: number | null) => (v === null ? app.appendNull() : app.appendDouble(v));
    for (const o of registry.orgs) {
      for (const v of [o.code, o.name_th, o.short_name_th, o.type, o.tambon_code, o.tambon_th])
        text(v);
      for (const v of [o.district_code, o.district_th, o.province_code, o.province_th, o.region])
        text(v);
      num(o.lat);
      num(o.lon);
      num(o.area_km2);
      app.endRow();
    }
    app.closeSync();

    await c.run(
      `CREATE OR REPLACE TEMP TABLE alias_in (old_code VARCHAR, code VARCHAR, kind VARCHAR)`,
    );
    const aliases = await c.createAppender('alias_in');
    const alias = (old: string, code: string, kind: string) => {
      aliases.appendVarchar(old);
      aliases.appendVarchar(code);
      aliases.appendVarchar(kind);
      aliases.endRow();
    };
    for (const [geocode, code] of legacy) alias(geocode, code, 'geocode');
    for (const ch of changes)
      if (ch.old_code !== ch.new_code) alias(ch.old_code, ch.new_code, 'change');
    aliases.closeSync();
    await c.run(`DELETE FROM org_code_alias`);
    // A retired code still in the registry is its own organisation: only codes no registry row holds are aliases.
    await c.run(`INSERT INTO org_code_alias SELECT DISTINCT ON (old_code) old_code, code, kind FROM alias_in
      WHERE old_code NOT IN (SELECT code FROM registry_in) ORDER BY old_code, kind`);

    await c.run(`DELETE FROM org_registry_change`);
    for (const ch of changes)
      await c.run(
        `INSERT INTO org_registry_change VALUES ($effective_date::DATE, $fiscal_year, $old_code, $new_code,
           $old_type, $new_type, $note, $source)`,
        { ...ch },
      );

    // Data stored under a first-registry geocode moves to the organisation that code now names. Synthetic rows
    // under any registry code the files no longer list are the demo's: dropped (the next demo load writes them
    // under the new codes), so a code that names no organisation any more is kept only for real data.
    const moving = `SELECT old_code FROM org_code_alias WHERE kind = 'geocode'`;
    const retired = `${moving} UNION SELECT code FROM org WHERE source IN ('${REGISTRY_SOURCE}', '${FORMER_SOURCE}')
        AND code NOT IN (SELECT code FROM registry_in)`;
    await c.run(`DELETE FROM measure WHERE source = 'synthetic' AND report_hash IN
      (SELECT hash FROM report WHERE source = 'synthetic' AND org_code IN (${retired}))`);
    await c.run(`DELETE FROM claim WHERE report_hash IN
      (SELECT hash FROM report WHERE source = 'synthetic' AND org_code IN (${retired}))`);
    await c.run(`DELETE FROM report WHERE source = 'synthetic' AND org_code IN (${retired})`);
    await c.run(`DELETE FROM score WHERE source = 'synthetic' AND org_code IN (${retired})`);
    const movedCodes = new Set<string>();
    for (const [table, column] of ORG_CODE_COLUMNS) {
      const hit = await c.runAndReadAll(
        `SELECT DISTINCT ${column} FROM ${table} WHERE ${column} IN (${moving})`,
      );
      for (const [code] of hit.getRows()) movedCodes.add(String(code));
      await c.run(`UPDATE ${table} SET ${column} = a.code FROM org_code_alias a
        WHERE a.kind = 'geocode' AND ${table}.${column} = a.old_code`);
    }
    const moved = movedCodes.size;

    const written =
      await c.run(`INSERT INTO org (code, name_th, short_name_th, type, tambon_code, tambon_th,
        district_code, district_th, province_code, province_th, region, source, lat, lon, area_km2)
      SELECT code, name_th, short_name_th, type, tambon_code, tambon_th, district_code, district_th, province_code,
        province_th, region, '${REGISTRY_SOURCE}', lat, lon, area_km2 FROM registry_in
      ON CONFLICT (code) DO UPDATE SET name_th = excluded.name_th, short_name_th = excluded.short_name_th,
        type = excluded.type, tambon_code = excluded.tambon_code, tambon_th = excluded.tambon_th,
        district_code = excluded.district_code, district_th = excluded.district_th,
        province_code = excluded.province_code, province_th = excluded.province_th, region = excluded.region,
        source = excluded.source, lat = excluded.lat, lon = excluded.lon, area_km2 = excluded.area_km2`);

    // Registry rows the files no longer list: gone unless data still names them, then kept and marked.
    const named = ORG_CODE_COLUMNS.map(([t, col]) => `SELECT ${col} FROM ${t}`).join(' UNION ');
    const stale = `source IN ('${REGISTRY_SOURCE}', '${FORMER_SOURCE}') AND code NOT IN (SELECT code FROM registry_in)`;
    await c.run(`DELETE FROM org WHERE ${stale} AND code NOT IN (${named})`);
    const kept = await c.run(`UPDATE org SET source = '${FORMER_SOURCE}' WHERE ${stale}`);
    await c.run('DROP TABLE registry_in');
    await c.run('DROP TABLE alias_in');
    await c.run(`INSERT OR REPLACE INTO db_meta VALUES ('registry_source', $v)`, {
      v: fingerprint,
    });
    return { orgs: Number(written.rowsChanged), moved, kept: Number(kept.rowsChanged) };
  });
}
