// The CLI as a script uses it: output complete through a real pipe, and every command beside a dashboard that holds the database.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../lib/server/auth/api-tokens';
import { authenticate } from '../lib/server/auth/request-auth';
import { createUser } from '../lib/server/auth/users';
import { openDatabase, type Database } from '../lib/server/db/database';
import {
  reportPreview,
  reportStore,
  scoreCommit,
  scorePreview,
  type ImportDeps,
} from '../lib/server/import-web/handlers';
import { datasetResponse } from '../lib/server/import-web/dataset-request';
import { projectPath } from '../lib/server/paths';
import { queryResponse } from '../lib/server/queries/query-http';
import { queryRunner } from '../lib/server/queries/query-runner';
import { loadResolver } from '../lib/server/registry/resolver';
import { adPath, advertiseServer } from '../lib/server/running-server';

/** API tokens of an admin and of an analyst of ตราด (23), made when the dashboard starts. */
let TOKEN: string;
let TRAT_TOKEN: string;
/** Organisations invented for volume, on top of the registry's SAOs: the query result is then several MB. */
const EXTRA_ORGS = 20_000;
/** The year that carries a total for every organisation; the score file the tests import is for 2564 and 2567. */
const VOLUME_YEAR = 2565;

let dir: string;
let dbFile: string;
let orgsWithTotal: number;
let localJson: Buffer;

/** Runs the CLI as a user's script does, through bash (so `|` is a real pipe), and collects what it printed. */
function ita(
  command: string,
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const cli = `"${process.execPath}" node_modules/tsx/dist/cli.mjs src/cli/ita.ts`;
  const childEnv: Record<string, string | undefined> = { ...process.env, ITA_DB: dbFile, ...env };
  if (!('ITA_API_TOKEN' in env)) delete childEnv.ITA_API_TOKEN;
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', `set -o pipefail; ${cli} ${command}`], {
      cwd: projectPath(),
      env: childEnv,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** DuckDB's own words must never reach a person. */
function expectNoRawDuckDbText(r: { stdout: string; stderr: string }): void {
  for (const text of [r.stdout, r.stderr]) {
    expect(text).not.toMatch(/Conflicting lock|IO Error|Could not set lock/);
  }
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-cli-beside-'));
  dbFile = path.join(dir, 'ita.duckdb');
  const db = await openDatabase(dbFile);
  await db.transaction(async (conn) => {
    await conn.run(
      `INSERT INTO org
       SELECT printf('X%06d', i), 'องค์การทดสอบ ' || i, 'อบต.ทดสอบ ' || i, 'sao', NULL, NULL, NULL, NULL,
              '94', 'ปัตตานี', 'south', 'import:cli-test', NULL, NULL, NULL
       FROM range($n) t(i)`,
      { n: EXTRA_ORGS },
    );
    // A total for every organisation, varied so that levels and pass/fail vary too.
    await conn.run(
      `INSERT INTO score
       SELECT code, $year, 'TOTAL', 60 + (hash(code) % 4000) / 100.0, 'synthetic', TIMESTAMP '2026-01-01', NULL
       FROM org`,
      { year: VOLUME_YEAR },
    );
  });
  orgsWithTotal = await db.withConnection(async (c) =>
    Number((await c.runAndReadAll('SELECT count(*) FROM org')).getRows()[0]![0]),
  );
  db.close();
}, 180_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// Each case starts the CLI (a few seconds of start-up, far more on a busy machine).
describe('output into a pipe', { timeout: 180_000 }, () => {
  it('is complete: several MB of JSON through `| cat`, every row there', async () => {
    const out = path.join(dir, 'local.json');
    const r = await ita(
      `query org_scores --param fiscal_year=${VOLUME_YEAR} --format json | cat > "${out}"`,
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    localJson = fs.readFileSync(out);
    expect(localJson.length).toBeGreaterThan(4 * 1024 * 1024);
    const rows = JSON.parse(localJson.toString('utf8')) as { org_code: string }[];
    expect(rows).toHaveLength(orgsWithTotal);
    expect(rows.at(-1)!.org_code).toBe(`X${String(EXTRA_ORGS - 1).padStart(6, '0')}`);
  });
});

describe('beside a dashboard that holds the database', { timeout: 180_000 }, () => {
  let db: Database;
  let server: http.Server;
  let url: string;

  /** Answers the endpoints the CLI uses with the app's own handler functions, as the SvelteKit routes do. */
  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const target = new URL(req.url!, url);
    const request = new Request(target, {
      method: req.method,
      headers: req.headers as Record<string, string>,
      body: req.method === 'POST' ? Buffer.concat(chunks) : undefined,
    });
    // Who the request comes from, as hooks.server.ts decides it (here without cookies: the CLI sends a token).
    const who = await authenticate(() => Promise.resolve(db), request, target, null, '127.0.0.1');
    if (who.refusal) {
      const { ok: _ok, status, ...error } = who.refusal;
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: false, error }));
      return;
    }
    const deps: ImportDeps = {
      db,
      actor: who.actor,
      resolver: () => db.withConnection((c) => loadResolver(c)),
    };
    const p = target.pathname;
    const answer = p.startsWith('/api/query/')
      ? await queryResponse(
          queryRunner(db),
          decodeURIComponent(p.slice('/api/query/'.length)),
          target.searchParams,
        )
      : p === '/data/download'
        ? await datasetResponse(db, target.searchParams)
        : p === '/api/import/scores/preview'
          ? await scorePreview(request, deps)
          : p === '/api/import/scores/commit'
            ? await scoreCommit(request, deps)
            : p === '/api/import/report/preview'
              ? await reportPreview(request, deps)
              : p === '/api/import/report/store'
                ? await reportStore(request, deps)
                : new Response('not found', { status: 404 });
    res.writeHead(answer.status, Object.fromEntries(answer.headers));
    res.end(Buffer.from(await answer.arrayBuffer()));
  }

  const dataVersion = () => db.dataVersion();
  const scalar = async (sql: string, params: Record<string, string | number> = {}) =>
    db.withConnection(async (c) => (await c.runAndReadAll(sql, params)).getRows()[0]![0]);

  beforeAll(async () => {
    // This test process now holds the file, as `node build` does: the CLI's own open fails with DuckDB's lock error.
    db = await openDatabase(dbFile);
    await createUser(db, { login: 'cli-admin', role: 'admin', password: 'a long enough secret' });
    await createUser(db, {
      login: 'trat',
      role: 'analyst',
      provinces: ['23'],
      password: 'a long enough secret',
    });
    TOKEN = (await createApiToken(db, 'cli-admin', 'beside-server test')).token;
    TRAT_TOKEN = (await createApiToken(db, 'trat', 'beside-server test')).token;
    server = http.createServer((req, res) => {
      handle(req, res).catch((err: Error) => {
        res.writeHead(500);
        res.end(err.message);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    advertiseServer(dbFile, url);
  }, 60_000);

  afterAll(async () => {
    fs.rmSync(adPath(dbFile), { force: true });
    await new Promise((resolve) => server.close(resolve));
    db.close();
  });

  it('advertises itself next to the database with its URL and process id', () => {
    const ad = JSON.parse(fs.readFileSync(adPath(dbFile), 'utf8')) as { url: string; pid: number };
    expect(ad).toMatchObject({ url, pid: process.pid, db: dbFile });
  });

  it('answers a read-only query through the dashboard, the same bytes as a local run, through a pipe', async () => {
    const out = path.join(dir, 'served.json');
    const r = await ita(
      `query org_scores --param fiscal_year=${VOLUME_YEAR} --format json | cat > "${out}"`,
    );
    expectNoRawDuckDbText(r);
    expect(r.code).toBe(0);
    const served = fs.readFileSync(out);
    expect(served.length).toBe(localJson.length);
    expect(served.equals(localJson)).toBe(true);
  });

  it("passes on the dashboard's explanation of a bad parameter", async () => {
    const r = await ita('query org_scores --param fiscal_year=1999');
    expectNoRawDuckDbText(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^ita query: .*fiscal_year/);
  });

  it('runs a score dry run through the dashboard and writes nothing', async () => {
    const before = await dataVersion();
    const r = await ita('import-scores data/fixtures/scores/wide-thai-be.csv --dry-run');
    expectNoRawDuckDbText(r);
    expect(r.code).toBe(0);
    // The file's four rows: จะรัง and วังกระแจะ and เขาสมิง in 2564, ตะลุโบะ in 2567, none loaded before.
    expect(r.stdout).toContain('organisation-years: new 4, changed 0, unchanged 0, rejected 0');
    expect(r.stdout).toContain('dry run: nothing was written');
    expect(await dataVersion()).toBe(before);
  });

  it('refuses a write without a token in one sentence, exit 2, nothing written', async () => {
    const before = await dataVersion();
    const r = await ita('import-scores data/fixtures/scores/wide-thai-be.csv');
    expectNoRawDuckDbText(r);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(
      `the dashboard at ${url} holds the database; stop it, or give an API token (ITA_API_TOKEN or --token-file; ita user token create) to send this write through it`,
    );
    expect(await dataVersion()).toBe(before);
  });

  it("refuses a wrong token with the dashboard's reason, nothing written", async () => {
    const before = await dataVersion();
    const r = await ita('import-scores data/fixtures/scores/wide-thai-be.csv', {
      ITA_API_TOKEN: 'ita_not-a-token',
    });
    expectNoRawDuckDbText(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('The API token is not valid');
    expect(await dataVersion()).toBe(before);
  });

  it("refuses an analyst's token for a file with another province's organisations, naming them", async () => {
    const before = await dataVersion();
    const tokenFile = path.join(dir, 'trat.token');
    fs.writeFileSync(tokenFile, `${TRAT_TOKEN}\n`, { mode: 0o600 });
    const r = await ita(
      `import-scores data/fixtures/scores/wide-thai-be.csv --token-file "${tokenFile}"`,
    );
    expectNoRawDuckDbText(r);
    expect(r.code).toBe(2);
    // จะรัง and ตะลุโบะ are in ปัตตานี (94); the analyst writes ตราด (23).
    expect(r.stderr).toContain('องค์การบริหารส่วนตำบลจะรัง (6940907, ปัตตานี)');
    expect(r.stderr).toContain('องค์การบริหารส่วนตำบลตะลุโบะ (6940108, ปัตตานี)');
    expect(r.stderr).toContain('are outside your province(s) (ตราด)');
    expect(await dataVersion()).toBe(before);
  });

  it("sends a score import through the dashboard with an admin's token; the scores are in the database", async () => {
    const r = await ita('import-scores data/fixtures/scores/wide-thai-be.csv', {
      ITA_API_TOKEN: TOKEN,
    });
    expectNoRawDuckDbText(r);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('organisation-years: new 4, changed 0, unchanged 0, rejected 0');
    expect(r.stdout).toContain('written in one transaction');
    // Row 1 of the file: จะรัง (6940907), FY 2564, total 81.45.
    const total = await scalar(
      `SELECT value FROM score WHERE org_code = '6940907' AND fiscal_year = 2564 AND code = 'TOTAL'
       AND superseded_at IS NULL AND source LIKE 'import:%'`,
    );
    expect(total).toBe(81.45);
  });

  it('sends a report through the dashboard with the token, and the report is stored', async () => {
    const file = 'data/reports/000_7b65a3b7a86215a5.txt';
    const hash = crypto
      .createHash('sha256')
      .update(fs.readFileSync(projectPath(file)))
      .digest('hex');
    const r = await ita(`ingest ${file}`, { ITA_API_TOKEN: TOKEN });
    expectNoRawDuckDbText(r);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^1 files: loaded (1, loaded with warnings 0|0, loaded with warnings 1),/,
    );
    expect(r.stdout).toContain(file);
    expect(Number(await scalar('SELECT count(*) FROM report WHERE hash = $h', { h: hash }))).toBe(
      1,
    );

    const again = await ita(`ingest ${file}`, { ITA_API_TOKEN: TOKEN });
    expect(again.stdout).toContain('unchanged 1');
  });

  it('exports CSV through the dashboard into the same folder layout as a local export', async () => {
    const out = path.join(dir, 'export');
    const r = await ita(`export --format csv --province 23 --out "${out}"`);
    expectNoRawDuckDbText(r);
    expect(r.code).toBe(0);
    const manifest = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8')) as {
      tables: { name: string; rows: number; path: string }[];
    };
    const score = manifest.tables.find((t) => t.name === 'score')!;
    // Province 23 (ตราด): the file's วังกระแจะ and เขาสมิง rows were imported above, besides the volume totals.
    expect(score.rows).toBeGreaterThan(0);
    const csvLines = fs.readFileSync(path.join(out, score.path), 'utf8').trim().split('\n');
    expect(csvLines).toHaveLength(score.rows + 1);
    expect(r.stdout).toContain(`through the dashboard at ${url}`);
  });

  it('parses a report against the registry while the database is held, without mentioning the lock', async () => {
    const r = await ita('parse-report data/reports/000_7b65a3b7a86215a5.txt');
    expectNoRawDuckDbText(r);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toHaveProperty('measures');
  });

  it('says in one sentence who holds the database when no dashboard is advertised', async () => {
    const ad = fs.readFileSync(adPath(dbFile));
    fs.rmSync(adPath(dbFile));
    try {
      const r = await ita(`query org_scores --param fiscal_year=${VOLUME_YEAR}`);
      expectNoRawDuckDbText(r);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(
        `the database ${dbFile} is in use by another program (process ${process.pid})`,
      );
    } finally {
      fs.writeFileSync(adPath(dbFile), ad);
    }
  });

  it('has nothing to do for init: the dashboard created and migrated the database when it opened it', async () => {
    const r = await ita('init');
    expectNoRawDuckDbText(r);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      `the dashboard at ${url} holds ${dbFile} and created and migrated it`,
    );
  });

  it('refuses demo in one sentence (it has no endpoint): stop the dashboard first', async () => {
    const r = await ita('demo --province 94', { ITA_API_TOKEN: TOKEN });
    expectNoRawDuckDbText(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`the dashboard at ${url} holds the database, and ita demo cannot`);
  });
});
