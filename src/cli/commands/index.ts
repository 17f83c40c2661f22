// Every ita CLI command, in the order the help lists them.
import type { Command } from '../command';
import { init } from './init';
import { demo } from './demo';
import { exportCommand } from './export';
import { importScores } from './import-scores';
import { ingest } from './ingest';
import { parseReport } from './parse-report';
import { query } from './query';
import { rebuild } from './rebuild';

export const COMMANDS: Command[] = [
  init,
  demo,
  query,
  importScores,
  exportCommand,
  parseReport,
  ingest,
  rebuild,
];
