// Web writes record the request's actor (ImportDeps.actor, from locals.actor); the public's refused write records nothing.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor';
import { openDatabase, type Database } from '../db/database';
import {
  reportCorrection,
  reportStore,
  scoreCommit,
  type ImportDeps,
} from '../import-web/handlers';
import { projectPath } from '../paths';
import { loadResolver, type OrgResolver } from '../registry/resolver';

let db: Database;
let resolver: OrgResolver;
beforeAll(async () => {
  db = await openDatabase(':memory:');
  resolver = await db.withConnection((c) => loadResolver(c));
});
afterAll(() => db.close());

const officer: Actor = {
  via: 'session',
  userId: 'u-42',
  name: 'malee',
  role: 'officer',
  provinces: [],
  orgs: ['6940907'],
  ip: '192.0.2.44',
};

const admin: Actor = {
  via: 'token',
  userId: 'u-1',
  name: 'somchai',
  role: 'admin',
  provinces: [],
  orgs: [],
  ip: '192.0.2.7',
};

const deps = (actor: Actor | null): ImportDeps => ({
  db,
  resolver: async () => resolver,
  now: () => new Date('2026-03-01T09:00:00Z'),
  actor,
});

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request('http://local/x', { method: 'POST', body, headers });

async function audit(): Promise<unknown[][]> {
  return db.withConnection(async (c) =>
    (
      await c.runAndReadAll(
        `SELECT action, via, actor_name, user_id, ip, file_name FROM audit_log ORDER BY id`,
      )
    ).getRowsJS(),
  );
}

describe('web writes in the audit log', () => {
  it('carry the actor of the request into a store, a correction and a score import', async () => {
    const report = fs.readFileSync(projectPath('data', 'reports', '000_7b65a3b7a86215a5.txt'));
    const stored = await (
      await reportStore(
        post(report, { 'x-file-name': encodeURIComponent('จะรัง.txt') }),
        deps(officer),
      )
    ).json();
    expect(stored.status).toBe('stored');
    const corrected = await reportCorrection(
      post(JSON.stringify({ kind: 'round', round: '12m', who: 'มาลี' }), {
        'content-type': 'application/json',
      }),
      deps(officer),
      stored.hash,
    );
    expect(corrected.status).toBe(200);
    const scores = fs.readFileSync(projectPath('data', 'fixtures', 'scores', 'wide-thai-be.csv'));
    // The public may not write: refused, and nothing is logged.
    const refused = await scoreCommit(
      post(scores, { 'x-file-name': 'wide-thai-be.csv' }),
      deps(null),
    );
    expect(refused.status).toBe(401);
    const committed = await (
      await scoreCommit(post(scores, { 'x-file-name': 'wide-thai-be.csv' }), deps(admin))
    ).json();
    expect(committed.committed).toBe(true);
    expect(await audit()).toEqual([
      ['report_store', 'session', 'malee', 'u-42', '192.0.2.44', 'จะรัง.txt'],
      ['round_correction', 'session', 'malee', 'u-42', '192.0.2.44', 'จะรัง.txt'],
      ['score_import', 'token', 'somchai', 'u-1', '192.0.2.7', 'wide-thai-be.csv'],
    ]);
  });
});
