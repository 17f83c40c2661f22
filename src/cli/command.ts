// The shape of one ita CLI command; each lives in commands/<name>.ts and is listed in commands/index.ts.
import type { ParsedArgs } from './args';

export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Full usage text shown by `ita help <name>`. */
  usage: string;
  /** Flags that take no value. */
  booleanFlags?: readonly string[];
  /** Returns the exit code. Throw UsageError for bad arguments (exit 2). */
  run(args: ParsedArgs): Promise<number>;
}
