// Every hostile fixture through the web previews: a clear answer naming the limit, within 10 s, the reader's heap under 1 GB, the server still answering.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  hugeCellCsv,
  manyEntriesZip,
  manyObjectsPdf,
  manyRowsCsv,
} from '../../../../scripts/make-hostile-fixtures';
import { openDatabase, type Database } from '../db/database';
import { reportPreview, scorePreview, type ImportDeps } from '../import-web/handlers';
import { projectPath } from '../paths';
import { loadResolver, type OrgResolver } from '../registry/resolver';
import { closeFileReaders, lastWorkerHeap, readSheetsBudgeted } from './file-readers';
import { count, REPORT_LIMITS, SHEET_LIMITS, ZIP_LIMITS } from './limits';

/** The targets for any hostile file. */
const MAX_MS = 10_000;
const GB = 1024 ** 3;

let db: Database;
let resolver: OrgResolver;
beforeAll(async () => {
  db = await openDatabase(':memory:');
  resolver = await db.withConnection((c) => loadResolver(c));
  // Starts the reader's worker once, outside every measured request (it loads exceljs and pdfjs: seconds).
  await readSheetsBudgeted('warm.csv', new TextEncoder().encode('a,b\n1,2\n'));
}, 120_000);
afterAll(async () => {
  await closeFileReaders();
  db.close();
});

const deps = (): ImportDeps => ({ db, actor: null, resolver: async () => resolver });

const fixture = (name: string) => ({
  name,
  bytes: new Uint8Array(fs.readFileSync(projectPath('data', 'fixtures', 'hostile', name))),
});

function post(file: { name: string; bytes: Uint8Array }): Request {
  return new Request('http://local/x', {
    method: 'POST',
    body: file.bytes as BodyInit,
    headers: {
      'content-type': 'application/octet-stream',
      'x-file-name': encodeURIComponent(file.name),
    },
  });
}

interface Measured<T> {
  value: T;
  ms: number;
  /** The process's resident memory above what it was before the call, at its highest (sampled every 20 ms). */
  rssRise: number;
  /** The longest the event loop was held while the call ran: how long any other request would have waited. */
  maxLagMs: number;
}

/**
 * Runs a call and measures it from outside: time, the process's peak RSS (the worker thread's memory is part of the
 * process), and the event-loop lag this thread saw meanwhile.
 */
async function measured<T>(fn: () => Promise<T>): Promise<Measured<T>> {
  const base = process.memoryUsage().rss;
  let peak = base;
  let maxLagMs = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    maxLagMs = Math.max(maxLagMs, now - last - 20);
    last = now;
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const t = performance.now();
  try {
    const value = await fn();
    return { value, ms: performance.now() - t, rssRise: peak - base, maxLagMs };
  } finally {
    clearInterval(timer);
  }
}

type Answer = { ok: boolean; error?: { code: string; message: string; message_th: string } };

async function preview(
  kind: 'score' | 'report',
  file: { name: string; bytes: Uint8Array },
): Promise<Measured<Answer & Record<string, unknown>>> {
  const m = await measured(async () => {
    const res = await (kind === 'score' ? scorePreview : reportPreview)(post(file), deps());
    expect(res.status).toBe(200);
    return (await res.json()) as Answer & Record<string, unknown>;
  });
  expect(m.ms).toBeLessThan(MAX_MS);
  expect(m.rssRise).toBeLessThan(GB);
  // The worker's own heap, as it measured itself after the job.
  expect(lastWorkerHeap()!.total_heap_size).toBeLessThan(GB);
  // The server answers a read at once afterwards.
  const t = performance.now();
  const orgs = await db.withConnection(async (c) =>
    Number((await c.runAndReadAll('SELECT count(*) FROM org')).getRowsJS()[0]![0]),
  );
  expect(orgs).toBeGreaterThan(7_000);
  expect(performance.now() - t).toBeLessThan(1_000);
  return m;
}

const refused = (a: Answer, code: string, ...words: string[]) => {
  expect(a.ok).toBe(false);
  expect(a.error?.code).toBe(code);
  for (const w of words) expect(a.error?.message).toContain(w);
  expect(a.error?.message_th).toMatch(/[ก-๙]/);
};

describe('hostile score files, through the score preview', () => {
  it('far-corner.xlsx: refused by its declared range, without walking it, the event loop free', async () => {
    const m = await preview('score', fixture('far-corner.xlsx'));
    refused(
      m.value,
      'too_large',
      'XFD1048576',
      'row 1,048,576',
      `${count(SHEET_LIMITS.maxRows)} rows`,
    );
    expect(m.value.error!.message_th).toContain('ไฟล์นี้ใหญ่เกินกว่าจะอ่านได้');
    expect(m.maxLagMs).toBeLessThan(500);
  });

  it('far-corner-no-dimension.xlsx: refused by the far cell itself', async () => {
    const m = await preview('score', fixture('far-corner-no-dimension.xlsx'));
    refused(m.value, 'too_large', 'has a cell at XFD1048576');
  });

  it('zip-bomb.xlsx (300 MB inflated): refused from the ZIP directory, before inflating', async () => {
    const m = await preview('score', fixture('zip-bomb.xlsx'));
    refused(m.value, 'too_large', 'xl/worksheets/sheet1.xml', '100 MB');
    // Nothing was inflated: the answer is immediate and the process did not grow by the bomb's size.
    expect(m.ms).toBeLessThan(2_000);
    expect(m.rssRise).toBeLessThan(100 * 1024 * 1024);
    expect(m.maxLagMs).toBeLessThan(500);
  });

  it('zip-bomb-lying-sizes.xlsx: inflating stops at the 1 kB the directory declares', async () => {
    const m = await preview('score', fixture('zip-bomb-lying-sizes.xlsx'));
    refused(m.value, 'too_large', 'inflates to more than the 1 kB its directory declares');
    expect(m.rssRise).toBeLessThan(100 * 1024 * 1024);
  });

  it('100,000 ZIP entries (made here, ~9 MB): refused from the entry count before the directory is walked', async () => {
    const zip = manyEntriesZip(100_000);
    const m = await preview('score', { name: 'many-entries.xlsx', bytes: zip });
    refused(
      m.value,
      'too_large',
      'holds 100,000 entries',
      `at most ${count(ZIP_LIMITS.maxEntries)}`,
    );
  });

  it('huge-cell.xlsx: a cell over 32,767 characters', async () => {
    const m = await preview('score', fixture('huge-cell.xlsx'));
    refused(m.value, 'too_large', `more than ${count(SHEET_LIMITS.maxCellChars)} characters`);
  });

  it('a CSV cell of 1,000,000 characters (made here)', async () => {
    const m = await preview('score', { name: 'huge-cell.csv', bytes: hugeCellCsv(1_000_000) });
    refused(m.value, 'too_large', 'row 2', 'column B', 'holds 1,000,000 characters');
  });

  it.each(['five-thousand-columns.xlsx', 'five-thousand-columns.csv'])(
    '%s: refused at the first column past the limit',
    async (name) => {
      const m = await preview('score', fixture(name));
      refused(m.value, 'too_large', count(SHEET_LIMITS.maxColumns));
    },
  );

  it('mixed-encoding.csv: read whole, every organisation found, with a warning naming lines 4-5', async () => {
    const m = await preview('score', fixture('mixed-encoding.csv'));
    expect(m.value.ok).toBe(true);
    expect(m.value.encoding).toBe('mixed');
    const problems = m.value.problems as { severity: string; message: string }[];
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(problems.map((p) => p.message)).toContainEqual(
      expect.stringContaining('lines 4-5 were read as Thai TIS-620'),
    );
    // All four organisations, the TIS-620 ones too: their names decoded right, so they matched their codes.
    expect(m.value.counts).toEqual({ new: 4, changed: 0, unchanged: 0, rejected: 0 });
  });

  it('truncated.xlsx: unreadable, cut short', async () => {
    const m = await preview('score', fixture('truncated.xlsx'));
    refused(m.value, 'unreadable', 'not a readable XLSX workbook', 'cut short');
  });

  it('random.xlsx and random-zip-header.xlsx: not workbooks', async () => {
    refused((await preview('score', fixture('random.xlsx'))).value, 'unreadable', 'not a workbook');
    refused(
      (await preview('score', fixture('random-zip-header.xlsx'))).value,
      'unreadable',
      'not a readable XLSX workbook',
    );
  });

  it('random.csv: read as text, no score table found (an error row, nothing imported)', async () => {
    const m = await preview('score', fixture('random.csv'));
    expect(m.value.ok).toBe(true);
    const problems = m.value.problems as { severity: string; message: string }[];
    expect(
      problems.some((p) => p.severity === 'error' && /no score table found/.test(p.message)),
    ).toBe(true);
    expect(m.value.counts).toEqual({ new: 0, changed: 0, unchanged: 0, rejected: 0 });
  });

  it('200,000 rows of CSV (made here, ~6 MB): read whole by the budgeted reader within the budget', async () => {
    const bytes = manyRowsCsv(200_000);
    const m = await measured(() => readSheetsBudgeted('national.csv', bytes));
    expect(m.value.sheets[0]!.rows).toHaveLength(200_001);
    expect(m.value.sheets[0]!.rows[200_000]).toEqual(['6199999', '2564', '10', '99.99']);
    expect(m.ms).toBeLessThan(MAX_MS);
    expect(m.rssRise).toBeLessThan(GB);
    expect(lastWorkerHeap()!.total_heap_size).toBeLessThan(GB);
  });
});

describe('hostile reports, through the report preview', () => {
  it('truncated.docx: not a readable DOCX, cut short', async () => {
    const m = await preview('report', fixture('truncated.docx'));
    refused(m.value, 'unreadable', 'truncated.docx', 'not a readable DOCX', 'cut short');
  });

  it.each(['truncated.pdf', 'random-pdf-header.pdf'])('%s: a damaged PDF', async (name) => {
    const m = await preview('report', fixture(name));
    refused(m.value, 'unreadable', 'PDF is damaged');
    expect(m.value.error!.message_th).toContain('PDF เสียหาย');
  });

  it.each(['random.docx', 'random.pdf'])('%s: a binary file, not a report', async (name) => {
    refused((await preview('report', fixture(name))).value, 'unsupported', 'binary file');
  });

  it('a DOCX that is a zip bomb (the XLSX bomb renamed): refused from its directory', async () => {
    const bomb = fixture('zip-bomb.xlsx');
    const m = await preview('report', { name: 'bomb.docx', bytes: bomb.bytes });
    refused(m.value, 'too_large', '100 MB');
  });

  it('many-pages.pdf (1,000 pages): the first 60 read, with a warning saying so', async () => {
    const m = await preview('report', fixture('many-pages.pdf'));
    expect(m.value.ok).toBe(true);
    expect(m.value.warnings).toContainEqual(
      expect.stringContaining('only the first 60 of 1000 pages were read'),
    );
  });

  it('a PDF of 250,000 objects (made here): refused before pdfjs opens it', async () => {
    const m = await preview('report', { name: 'objects.pdf', bytes: manyObjectsPdf(250_000) });
    refused(m.value, 'too_large', `more than ${count(REPORT_LIMITS.maxPdfObjects)} objects`);
  });
});
