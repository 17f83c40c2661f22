// Loading reports into the database: counts, idempotence, rollback of a failed file, superseding, score precedence.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../db/database';
import { projectPath } from '../paths';
import { ingestFiles, ingestReport } from './ingest';
import { makeReportCopies } from '../../../../scripts/make-report-copies';
import { jaRangReport } from './sample-report-text';

const SAMPLES = projectPath('data', 'reports');

async function snapshot(db: Database): Promise<Record<string, unknown>> {
  return db.withConnection(async (c) => {
    const out: Record<string, unknown> = {};
    for (const t of [
      'report',
      'measure',
      'claim',
      'score',
      'import_batch',
      'measure_override',
      'report_org_override',
      'db_meta',
    ]) {
      out[t] = (await c.runAndReadAll(`SELECT * FROM ${t} ORDER BY ALL`)).getRowsJS();
    }
    return out;
  });
}

async function rows(db: Database, sql: string): Promise<unknown[][]> {
  return db.withConnection(async (c) => (await c.runAndReadAll(sql)).getRowsJS());
}

let db: Database;
let dir: string;

beforeEach(async () => {
  db = await openDatabase(':memory:');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-ingest-'));
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function write(name: string, text: string | Uint8Array): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

describe('ingestFiles', () => {
  it('loads the three samples from their folder, skipping the README', async () => {
    const s = await ingestFiles(db, [SAMPLES]);
    expect(s.failed).toEqual([]);
    // 000 and 003 say no round, which is worth a warning; 002's round (12m) is its period column's.
    expect(s.loadedWithWarnings.map((r) => path.basename(r.file))).toEqual([
      '000_7b65a3b7a86215a5.txt',
      '003_deb62b3327a31e92.txt',
    ]);
    expect(s.loaded.map((r) => path.basename(r.file))).toEqual(['002_4c4a9c54fc41eb39.txt']);
    expect(
      await rows(db, `SELECT org_code, fiscal_year, round, format FROM report ORDER BY org_code`),
    ).toEqual([
      ['6330311', 2564, null, 'txt'],
      ['6940108', 2567, '12m', 'txt'],
      ['6940907', 2565, null, 'txt'],
    ]);
    expect(await rows(db, `SELECT count(*)::INT FROM measure_current`)).toEqual([[4 + 12 + 6]]);
    expect(
      await rows(
        db,
        `SELECT org_code, fiscal_year, code, value FROM score WHERE source LIKE 'report:%' ORDER BY org_code`,
      ),
    ).toEqual([
      ['6330311', 2563, '10', 6.25],
      ['6940108', 2567, 'TOTAL', 91.67],
    ]);
    expect(
      await rows(db, `SELECT kind, count(*)::INT FROM claim GROUP BY kind ORDER BY kind`),
    ).toEqual([
      ['indicator_score', 1],
      ['total_score', 1],
      ['weak_indicator', 3],
    ]);
  });

  it('changes nothing when the same file comes again, under any name', async () => {
    const file = path.join(SAMPLES, '002_4c4a9c54fc41eb39.txt');
    await ingestFiles(db, [file]);
    const before = await snapshot(db);
    const copy = write('renamed.txt', fs.readFileSync(file));
    const s = await ingestFiles(db, [file, copy]);
    expect(s.unchanged.map((u) => u.file)).toEqual([file, copy]);
    expect(s.loaded).toEqual([]);
    expect(await snapshot(db)).toEqual(before);
  });

  it('leaves no trace of a file that fails halfway, and loads it cleanly afterwards', async () => {
    const file = path.join(SAMPLES, '002_4c4a9c54fc41eb39.txt');
    const before = await snapshot(db);
    let measures = 0;
    const s = await ingestFiles(db, [file], {
      afterWrite: (what) => {
        if (what === 'measure' && ++measures === 5) throw new Error('disk full (simulated)');
      },
    });
    expect(measures).toBe(5);
    expect(s.failed).toEqual([{ file, reason: `${file}: disk full (simulated)` }]);
    expect(await snapshot(db)).toEqual(before);

    const again = await ingestFiles(db, [file]);
    expect(again.failed).toEqual([]);
    expect(await rows(db, `SELECT count(*)::INT FROM measure`)).toEqual([[12]]);
  });

  it('lets a newer report for the same organisation, year and round supersede the older one', async () => {
    const older = write('older.txt', jaRangReport([['มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', '']], '๘๘.๑๒'));
    const newer = write(
      'newer.txt',
      jaRangReport([['มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', 'เผยแพร่บนเว็บไซต์แล้ว']], '๘๘.๒๑'),
    );
    const t0 = new Date('2026-01-01T00:00:00Z');
    const t1 = new Date('2026-02-01T00:00:00Z');
    await ingestFiles(db, [older], { now: () => t0 });
    const s = await ingestFiles(db, [newer], { now: () => t1 });
    expect(s.loaded[0]?.superseded ?? s.loadedWithWarnings[0]?.superseded).toHaveLength(1);

    expect(
      await rows(db, `SELECT file_name, superseded_at IS NOT NULL FROM report ORDER BY file_name`),
    ).toEqual([
      ['newer.txt', false],
      ['older.txt', true],
    ]);
    expect(await rows(db, `SELECT file_name FROM report_current`)).toEqual([['newer.txt']]);
    expect(await rows(db, `SELECT status, file_name FROM measure_current`)).toEqual([
      ['completed', 'newer.txt'],
    ]);
    // The older report's score stays as history, superseded; the live one is the newer report's.
    expect(
      await rows(
        db,
        `SELECT value, superseded_at IS NOT NULL FROM score WHERE org_code = '6940907' ORDER BY value`,
      ),
    ).toEqual([
      [88.12, true],
      [88.21, false],
    ]);
  });

  it('does not supersede a report of another round', async () => {
    const six = write('six.txt', jaRangReport([['มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', 'ทำแล้ว']]));
    const twelve = write(
      'twelve.txt',
      jaRangReport([['มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', 'ทำแล้ว']]).replace('รอบ ๖ เดือน', 'รอบ ๑๒ เดือน'),
    );
    await ingestFiles(db, [six, twelve]);
    expect(await rows(db, `SELECT round FROM report_current ORDER BY round`)).toEqual([
      ['12m'],
      ['6m'],
    ]);
  });

  it('gives a report score precedence over the synthetic one for that organisation and year', async () => {
    await db.transaction((c) =>
      c.run(`INSERT INTO score VALUES ('6940108', 2567, 'TOTAL', 50, 'synthetic', now()::TIMESTAMP, NULL),
                                      ('6940108', 2567, '1', 60, 'synthetic', now()::TIMESTAMP, NULL)`),
    );
    await ingestFiles(db, [path.join(SAMPLES, '002_4c4a9c54fc41eb39.txt')]);
    expect(
      await rows(
        db,
        `SELECT code, value, source LIKE 'report:%' FROM score_current WHERE org_code = '6940108' AND fiscal_year = 2567`,
      ),
    ).toEqual([['TOTAL', 91.67, true]]);
  });

  it('loads an upload from memory, once', async () => {
    const bytes = fs.readFileSync(path.join(SAMPLES, '000_7b65a3b7a86215a5.txt'));
    const first = await ingestReport(db, { name: 'upload.txt', bytes });
    expect(first.status === 'loaded' && first.report).toMatchObject({
      file: 'upload.txt',
      org_code: '6940907',
      measures: 4,
    });
    expect((await ingestReport(db, { name: 'again.txt', bytes })).status).toBe('unchanged');
    expect(await rows(db, `SELECT file_name FROM report`)).toEqual([['upload.txt']]);
  });

  it('loads a PDF upload as format pdf, with the measures of the report it prints', async () => {
    const bytes = fs.readFileSync(
      projectPath('data', 'fixtures', 'reports', 'pdf', '000_7b65a3b7a86215a5.chromium.pdf'),
    );
    const loaded = await ingestReport(db, { name: 'report.pdf', bytes });
    expect(loaded.status === 'loaded' && loaded.report).toMatchObject({
      file: 'report.pdf',
      org_code: '6940907',
      measures: 4,
    });
    expect(await rows(db, `SELECT format, fiscal_year FROM report`)).toEqual([['pdf', 2565]]);
  }, 60_000);

  it('reports each failure with its reason and goes on with the other files', async () => {
    write('scan.pdf', new TextEncoder().encode('%PDF-1.7 ...'));
    const empty = write('empty.txt', '');
    const good = path.join(SAMPLES, '000_7b65a3b7a86215a5.txt');
    const missing = path.join(dir, 'nowhere');
    const s = await ingestFiles(db, [dir, good, missing]);
    expect(s.failed.map((f) => f.reason)).toEqual([
      `${missing}: no such file or folder`,
      `${empty}: the file is empty`,
      expect.stringMatching(
        /scan\.pdf: this PDF is damaged and cannot be read \(.*\): save or export it again$/,
      ),
    ]);
    expect(s.loadedWithWarnings.map((r) => r.file)).toEqual([good]);
  });

  it('stores an unresolved organisation as null with the candidates in the warnings', async () => {
    const file = write(
      'unknown.txt',
      jaRangReport([['มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', 'ทำแล้ว']])
        .replaceAll('จะรัง', 'วังกระแจะ')
        .replace(/อำเภอยะหริ่ง จังหวัดปัตตานี/, ''),
    );
    const s = await ingestFiles(db, [file]);
    const r = s.loadedWithWarnings[0]!;
    expect(r.org_code).toBeNull();
    expect(r.warnings.join('\n')).toMatch(
      /more than one organisation fits; candidates: 6230107 .*6710207/,
    );
    // No organisation, no score observation; the claim itself is kept.
    expect(await rows(db, `SELECT count(*)::INT FROM score`)).toEqual([[0]]);
    expect(await rows(db, `SELECT value FROM claim`)).toEqual([[88.12]]);
  });
});

describe('ingestFiles in bulk', () => {
  const at = new Date('2026-03-01T00:00:00Z');

  it('parses on worker threads and writes in batches what one file at a time writes', async () => {
    const copies = makeReportCopies(6, dir);
    const s = await ingestFiles(db, [dir], { threads: 2, batchSize: 4, now: () => at });
    expect(s.failed).toEqual([]);
    expect(s.stats).toMatchObject({ threads: 2, transactions: 2, rolledBack: 0 });
    const loaded = [...s.loaded, ...s.loadedWithWarnings].sort((a, b) =>
      a.file.localeCompare(b.file),
    );
    expect(loaded.map((r) => [r.file, r.org_code])).toEqual(copies.map((c) => [c.file, c.code]));

    const one = await openDatabase(':memory:');
    try {
      const t = await ingestFiles(one, [dir], { threads: 0, batchSize: 1, now: () => at });
      expect(t.stats).toMatchObject({ threads: 0, transactions: 6 });
      const { db_meta: _a, ...bulk } = await snapshot(db);
      const { db_meta: _b, ...single } = await snapshot(one);
      expect(bulk).toEqual(single);
    } finally {
      one.close();
    }
  });

  it('skips only the file whose write fails in a batch, leaving no trace of it', async () => {
    const copies = makeReportCopies(5, dir);
    const bad = copies[2]!.file;
    const s = await ingestFiles(db, [dir], {
      threads: 0,
      batchSize: 5,
      afterWrite: (what, file) => {
        if (file === bad && what === 'measure') throw new Error('disk full (simulated)');
      },
    });
    expect(s.failed).toEqual([{ file: bad, reason: `${bad}: disk full (simulated)` }]);
    expect(s.loaded.length + s.loadedWithWarnings.length).toBe(4);
    // The 5 fail together; their first half (3) fails, split into 2 (written) and the bad file alone (fails);
    // the second half (2) is written.
    expect(s.stats).toMatchObject({ transactions: 2, rolledBack: 3 });
    expect(await rows(db, `SELECT file_name FROM report ORDER BY file_name`)).toEqual(
      copies.filter((c) => c.file !== bad).map((c) => [path.basename(c.file)]),
    );
    expect(
      await rows(db, `SELECT count(*)::INT FROM report WHERE org_code = '${copies[2]!.code}'`),
    ).toEqual([[0]]);
  });

  it('supersedes reports and score claims within one batch exactly as one file at a time does', async () => {
    const measure = 'มาตรการเผยแพร่ข้อมูลต่อสาธารณะ';
    const of2564 = (text: string) =>
      text.replace('ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๕', 'ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๔');
    const loaded = write('a-loaded.txt', jaRangReport([[measure, '']], '๘๘.๑๒'));
    const files = [
      // Same organisation, year and round as the loaded one: supersedes it and its 2565 total.
      write('b-newer.txt', jaRangReport([[measure, 'ทำแล้ว']], '๘๘.๒๑')),
      // Supersedes b, loaded in the same batch, and with it b's 2565 total (c claims 2564's instead).
      write('c-newest.txt', of2564(jaRangReport([[measure, 'เผยแพร่แล้ว']], '๘๘.๓๐'))),
      // Another round: c stays live, but this claim on the same 2564 total replaces c's observation.
      write(
        'd-twelve.txt',
        of2564(jaRangReport([[measure, 'ทำแล้ว']], '๘๙.๐๐')).replace('รอบ ๖ เดือน', 'รอบ ๑๒ เดือน'),
      ),
    ];
    const clock = () => {
      let t = Date.parse('2026-03-01T00:00:00Z');
      return () => new Date((t += 60_000));
    };
    const one = await openDatabase(':memory:');
    try {
      for (const target of [db, one]) await ingestFiles(target, [loaded], { now: clock() });
      const bulk = await ingestFiles(db, files, { threads: 0, batchSize: 10, now: clock() });
      expect(bulk.stats.transactions).toBe(1);
      const single = await ingestFiles(one, files, { threads: 0, batchSize: 1, now: clock() });
      expect(single.stats.transactions).toBe(3);
      const { db_meta: _a, ...inBatch } = await snapshot(db);
      const { db_meta: _b, ...oneByOne } = await snapshot(one);
      expect(inBatch).toEqual(oneByOne);
      // Read from the files: c (6m) and d (12m) are the live reports, d's 89.00 (2564) the one live total.
      expect(await rows(db, `SELECT file_name FROM report_current ORDER BY 1`)).toEqual([
        ['c-newest.txt'],
        ['d-twelve.txt'],
      ]);
      expect(
        await rows(
          db,
          `SELECT fiscal_year, value, superseded_at IS NULL FROM score WHERE org_code = '6940907' ORDER BY value`,
        ),
      ).toEqual([
        [2565, 88.12, false],
        [2565, 88.21, false],
        [2564, 88.3, false],
        [2564, 89, true],
      ]);
    } finally {
      one.close();
    }
  });

  it('keeps loading order within a batch: the later report supersedes the earlier one', async () => {
    const older = write('a-older.txt', jaRangReport([['มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', '']]));
    const newer = write(
      'b-newer.txt',
      jaRangReport([['มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', 'เผยแพร่บนเว็บไซต์แล้ว']]),
    );
    const copy = write('c-copy.txt', fs.readFileSync(older));
    const s = await ingestFiles(db, [older, newer, copy], { threads: 0, batchSize: 10 });
    expect(s.stats.transactions).toBe(1);
    // The copy has the older report's content: it was loaded already in this batch, so nothing changes.
    expect(s.unchanged.map((u) => u.file)).toEqual([copy]);
    expect(await rows(db, `SELECT file_name FROM report_current`)).toEqual([['b-newer.txt']]);
  });
});
