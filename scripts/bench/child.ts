// Runs the CLI (`ita …`) as its own process, as a person would, with a time budget after which it is stopped.
import { spawn } from 'node:child_process';
import path from 'node:path';

export interface ChildRun {
  ms: number;
  code: number | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
}

/** Runs `tsx <script> args` with extra env; SIGTERM after budgetMs (then timedOut is true). */
export function runScript(
  script: string,
  args: string[],
  env: Record<string, string>,
  budgetMs: number,
): Promise<ChildRun> {
  const tsx = path.join(process.cwd(), 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tsx, script, ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += String(d)));
    child.stderr.on('data', (d) => (stderr += String(d)));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGTERM');
    }, budgetMs);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ ms: performance.now() - t0, code, timedOut, stdout, stderr });
    });
  });
}

export const ita = (
  args: string[],
  db: string,
  budgetMs: number,
  env: Record<string, string> = {},
) => runScript('src/cli/ita.ts', args, { ITA_DB: db, ...env }, budgetMs);
