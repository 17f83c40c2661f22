// Minimal argument parsing for the ita CLI: positionals, --flag, --key value, --key=value, repeatable --param.
export interface ParsedArgs {
  positionals: string[];
  flags: Map<string, string[]>;
}

export class UsageError extends Error {}

export function parseArgs(argv: string[], booleanFlags: readonly string[] = []): ParsedArgs {
  const positionals: string[] = [];
  const flags = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const key = arg.slice(2, eq === -1 ? undefined : eq);
    let value: string;
    if (eq !== -1) value = arg.slice(eq + 1);
    else if (booleanFlags.includes(key)) value = 'true';
    else {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--'))
        throw new UsageError(`--${key} needs a value`);
      value = next;
      i++;
    }
    flags.set(key, [...(flags.get(key) ?? []), value]);
  }
  return { positionals, flags };
}

export function flag(args: ParsedArgs, key: string): string | undefined {
  const values = args.flags.get(key);
  return values?.[values.length - 1];
}

export function hasFlag(args: ParsedArgs, key: string): boolean {
  return args.flags.has(key);
}
