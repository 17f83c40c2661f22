// The machine a benchmark ran on: cores, memory, load, Node and the commit, so results can be compared honestly.
import { execFileSync } from 'node:child_process';
import os from 'node:os';

export interface Machine {
  nproc: number;
  memory_gib: number;
  load_before: number[];
  load_after?: number[];
  node: string;
  commit: string;
  branch: string;
}

function git(...args: string[]): string {
  try {
    return execFileSync('git', args, { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

export function describeMachine(): Machine {
  return {
    nproc: os.availableParallelism(),
    memory_gib: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    load_before: os.loadavg().map((x) => Math.round(x * 100) / 100),
    node: process.version,
    commit: git('rev-parse', '--short', 'HEAD'),
    branch: git('rev-parse', '--abbrev-ref', 'HEAD'),
  };
}
