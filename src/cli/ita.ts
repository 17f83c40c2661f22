// The ita command line: `npm run -s ita -- <command> [options]`. Errors go to stderr with exit code 2.
import { parseArgs, UsageError } from './args';
import { COMMANDS } from './commands/index';

function help(): string {
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
    'environment: ITA_DB (database file, default data/ita.duckdb)',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    console.log(help());
    return name ? 0 : 2;
  }
  if (name === 'help') {
    const cmd = COMMANDS.find((c) => c.name === rest[0]);
    console.log(cmd ? cmd.usage : help());
    return 0;
  }
  const cmd = COMMANDS.find((c) => c.name === name);
  if (!cmd) {
    console.error(`ita: unknown command '${name}'. Run 'npm run -s ita -- help' for the list.`);
    return 2;
  }
  try {
    return await cmd.run(parseArgs(rest, cmd.booleanFlags));
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`ita ${cmd.name}: ${err.message}\n\n${cmd.usage}`);
    } else {
      console.error(`ita ${cmd.name}: ${(err as Error).message}`);
    }
    return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(`ita: ${(err as Error).message}`);
    process.exit(2);
  },
);
