// The ita command line: `npm run -s ita -- <command> [options]`. Errors go to stderr with exit code 2.
import { parseArgs, UsageError } from './args';
import { loadCommand, loadCommands } from './commands/index';
import { CliError, heldRefusal } from './dashboard';
import { DatabaseLockedError } from '../lib/server/db/lock';
import { exitWhenFlushed } from './output';

async function help(): Promise<string> {
  const COMMANDS = await loadCommands();
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'ita: the ITA dashboard command line',
    '',
    'usage: npm run -s ita -- <command> [options]',
    '',
    'commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    `  ${'help'.padEnd(width)}  Show help for a command: ita help <command>`,
    '',
    'environment: ITA_DB (database file, default data/ita.duckdb),',
    '             ITA_API_TOKEN (an API token: sends writes through a running dashboard that holds the database)',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    console.log(await help());
    return name ? 0 : 2;
  }
  if (name === 'help') {
    const cmd = rest[0] ? await loadCommand(rest[0]) : null;
    console.log(cmd ? cmd.usage : await help());
    return 0;
  }
  const cmd = await loadCommand(name);
  if (!cmd) {
    console.error(`ita: unknown command '${name}'. Run 'npm run -s ita -- help' for the list.`);
    return 2;
  }
  try {
    return await cmd.run(parseArgs(rest, cmd.booleanFlags));
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`ita ${cmd.name}: ${err.message}\n\n${cmd.usage}`);
    } else if (err instanceof CliError) {
      console.error(`ita ${cmd.name}: ${err.message}`);
      return err.exitCode;
    } else if (err instanceof DatabaseLockedError) {
      console.error(`ita ${cmd.name}: ${heldRefusal(err, cmd.name).message}`);
    } else {
      console.error(`ita ${cmd.name}: ${(err as Error).message}`);
    }
    return 2;
  }
}

// A reader that stops early (`ita query … | head`) is not an error of ours: stop quietly.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

main(process.argv.slice(2)).then(
  (code) => exitWhenFlushed(code),
  (err) => {
    console.error(`ita: ${(err as Error).message}`);
    return exitWhenFlushed(2);
  },
);
