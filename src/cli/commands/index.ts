// Every ita CLI command, in the order the help lists them, each loaded only when it is run or the list is shown: a
// command's module brings its own libraries (the export's spreadsheet and image writers, the parser's PDF reader),
// and loading all of them cost ~1.4 s before any command started.
import type { Command } from '../command';

const MODULES: readonly [string, () => Promise<Command>][] = [
  ['init', async () => (await import('./init')).init],
  ['demo', async () => (await import('./demo')).demo],
  ['query', async () => (await import('./query')).query],
  ['import-scores', async () => (await import('./import-scores')).importScores],
  ['export', async () => (await import('./export')).exportCommand],
  ['parse-report', async () => (await import('./parse-report')).parseReport],
  ['ingest', async () => (await import('./ingest')).ingest],
  ['rebuild', async () => (await import('./rebuild')).rebuild],
  ['registry', async () => (await import('./registry')).registry],
  ['user', async () => (await import('./user')).user],
];

/** The command of this name, or null when there is none. */
export async function loadCommand(name: string): Promise<Command | null> {
  const load = MODULES.find(([n]) => n === name)?.[1];
  return load ? load() : null;
}

/** Every command, in the help's order. */
export async function loadCommands(): Promise<Command[]> {
  return Promise.all(MODULES.map(([, load]) => load()));
}

/** The commands' names, in the help's order (each module's own `name` must be the one it is listed under). */
export const COMMAND_NAMES: readonly string[] = MODULES.map(([n]) => n);
