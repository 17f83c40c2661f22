// The parse pool: workers give what the calling thread gives, name the file when it cannot be read, and survive it.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/database';
import { projectPath } from '../paths';
import { loadOrgRecords, OrgResolver, type OrgRecord } from '../registry/resolver';
import { inThreadParser, startParsePool, type ReportParser } from './parse-pool';

const SAMPLES = [
  '000_7b65a3b7a86215a5.txt',
  '002_4c4a9c54fc41eb39.txt',
  '003_deb62b3327a31e92.txt',
];

let orgs: OrgRecord[];
let pool: ReportParser | null;

beforeAll(async () => {
  const db = await openDatabase(':memory:');
  orgs = await db.withConnection((c) => loadOrgRecords(c));
  db.close();
  pool = await startParsePool(orgs, 2);
});
afterAll(() => pool?.close());

describe('startParsePool', () => {
  it('starts its workers under vitest, from the TypeScript source', () => {
    expect(pool?.threads).toBe(2);
  });

  it('parses the samples on its workers exactly as the calling thread does', async () => {
    const here = inThreadParser(new OrgResolver(orgs));
    const inputs = SAMPLES.map((f) => ({
      name: f,
      bytes: fs.readFileSync(projectPath('data', 'reports', f)),
    }));
    const [pooled, local] = await Promise.all([
      Promise.all(inputs.map((i) => pool!.parse(i.name, i.bytes))),
      Promise.all(inputs.map((i) => here.parse(i.name, i.bytes))),
    ]);
    expect(pooled.map((p) => p.report.org.code)).toEqual(['940917', '940111', '330309']);
    expect(pooled).toEqual(local);
  });

  it('rejects an unreadable file with a message naming it, and goes on parsing', async () => {
    await expect(pool!.parse('empty.txt', new Uint8Array())).rejects.toThrow(
      'empty.txt: the file is empty',
    );
    const bytes = fs.readFileSync(projectPath('data', 'reports', SAMPLES[1]!));
    expect((await pool!.parse('again.txt', bytes)).report.org.code).toBe('940111');
  });
});
