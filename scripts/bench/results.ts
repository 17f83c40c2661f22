// The benchmark's verdicts: each target with what was measured and whether it was met, as a table and as files.
import fs from 'node:fs';
import path from 'node:path';
import { format } from 'prettier';
import type { Machine } from './machine';

export interface Verdict {
  /** The dataset it ran on: 'national' or 'national ×10'. */
  dataset: string;
  what: string;
  measured: string;
  target: string;
  /** null when it could not be measured (the detail says why). */
  met: boolean | null;
  detail?: string;
  /** The raw numbers behind `measured`. */
  values?: Record<string, number | string>;
}

export interface BenchResult {
  date: string;
  machine: Machine;
  verdicts: Verdict[];
  /** Per page: request p95 uncached and cached, page total p95, ms. */
  pages: Record<string, number | string>[];
  notes: string[];
}

const mark = (met: boolean | null) => (met === null ? 'not measured' : met ? 'yes' : '**no**');

export function markdownTable(verdicts: readonly Verdict[]): string {
  const rows = verdicts.map(
    (v) =>
      `| ${v.dataset} | ${v.what} | ${v.measured} | ${v.target} | ${mark(v.met)} |${v.detail ? ` ${v.detail} |` : ' |'}`,
  );
  return [
    '| data | what | measured | target | met | detail |',
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

export function machineLine(m: Machine): string {
  return (
    `${m.nproc} cores (nproc), ${m.memory_gib} GiB memory, load average ${m.load_before.join(' / ')} before` +
    (m.load_after ? ` and ${m.load_after.join(' / ')} after` : '') +
    `; Node ${m.node}; commit ${m.commit} (${m.branch})`
  );
}

export function pagesTable(pages: BenchResult['pages']): string {
  const keys = ['uncached_p95', 'uncached_median', 'page_total_p95', 'cached_p95', 'requests'];
  return [
    `| data | page | ${keys.join(' | ')} |`,
    `|---|---|${keys.map(() => '---').join('|')}|`,
    ...pages.map(
      (p) =>
        `| ${p.dataset} | ${p.page} | ${keys.map((k) => (typeof p[k] === 'number' ? (p[k] as number).toFixed(1) : '')).join(' | ')} |`,
    ),
  ].join('\n');
}

/** Writes bench/results/<date>.json and .md (formatted as `npm run lint` expects); returns the Markdown. */
export async function writeResults(
  result: BenchResult,
  dir = path.join(process.cwd(), 'bench', 'results'),
): Promise<string> {
  fs.mkdirSync(dir, { recursive: true });
  const text = [
    `# Benchmark ${result.date}`,
    '',
    `Machine: ${machineLine(result.machine)}.`,
    '',
    markdownTable(result.verdicts),
    '',
    '## Page data requests (ms, over distinct parameters)',
    '',
    pagesTable(result.pages),
    '',
    ...(result.notes.length ? ['## Notes', '', ...result.notes.map((n) => `- ${n}`), ''] : []),
  ].join('\n');
  const md = await format(text, { parser: 'markdown' });
  fs.writeFileSync(path.join(dir, `${result.date}.json`), JSON.stringify(result, null, 2) + '\n');
  fs.writeFileSync(path.join(dir, `${result.date}.md`), md);
  return md;
}
