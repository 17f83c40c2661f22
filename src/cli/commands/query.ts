// ita query: run a named query from queries/ and print it as JSON, CSV or Arrow IPC.
import { UsageError, flag, type ParsedArgs } from '../args';
import type { Command } from '../command';
import { Dashboard, databaseOrDashboard } from '../dashboard';
import { line, out, outStream } from '../output';
import { projectPath } from '../../lib/server/paths';
import { queryRunner } from '../../lib/server/queries/query-runner';
import { loadQuerySpecs } from '../../lib/server/queries/query-spec';
import {
  RESULT_FORMATS,
  serialise,
  type ResultFormat,
} from '../../lib/server/queries/query-format';

function paramsOf(args: ParsedArgs): Record<string, string> {
  const params: Record<string, string> = {};
  for (const kv of args.flags.get('param') ?? []) {
    const eq = kv.indexOf('=');
    if (eq < 1) throw new UsageError(`--param takes name=value (got '${kv}')`);
    params[kv.slice(0, eq)] = kv.slice(eq + 1);
  }
  return params;
}

export const query: Command = {
  name: 'query',
  summary: 'Run a named query: query <name> [--param k=v …] [--format json|csv|arrow]',
  usage: `ita query <name> [--param name=value …] [--format json|csv|arrow]

Runs queries/<name>.sql with its parameters bound as values and prints the result:
json (default, one array of row objects), csv (UTF-8 with BOM), or arrow (Arrow IPC stream, binary).
'ita query --list' lists the queries with their parameters.

Example: npm run -s ita -- query org_scores --param fiscal_year=2567 --format csv`,
  booleanFlags: ['list'],
  async run(args) {
    if (args.flags.has('list')) {
      // The list comes from the .sql files alone: it needs no database.
      for (const spec of loadQuerySpecs(projectPath('queries')).values()) {
        const params = spec.params
          .map((p) => `${p.name}${p.optional ? '?' : ''}:${p.declared}`)
          .join(' ');
        await line(`${spec.name}${params ? ` (${params})` : ''}\n    ${spec.summary}`);
      }
      return 0;
    }
    const name = args.positionals[0];
    if (!name) throw new UsageError('name a query (ita query --list shows them)');
    const format = (flag(args, 'format') ?? 'json') as ResultFormat;
    if (!RESULT_FORMATS.includes(format))
      throw new UsageError(`--format must be one of ${RESULT_FORMATS.join(', ')}`);
    const params = paramsOf(args);
    const target = await databaseOrDashboard({ write: false });
    if (target.dashboard) {
      // The same runner answers /api/query/<name>, so the bytes are the ones a local run prints.
      const { dashboard } = target;
      const res = await dashboard.ok(
        await dashboard.request('GET', `/api/query/${encodeURIComponent(name)}`, {
          params: { ...params, format },
        }),
      );
      await outStream(Dashboard.body(res));
      if (format === 'json') await out('\n');
      return 0;
    }
    const { table } = await queryRunner(target.db).run(name, params);
    const result = serialise(table, format);
    await out(typeof result === 'string' ? result + (format === 'json' ? '\n' : '') : result);
    return 0;
  },
};
