// Renders src/lib/queries/types.ts from the headers of queries/*.sql: each query's row and parameter types by name.
import type { ColumnKind, ColumnSpec, ParamSpec, QuerySpec } from './query-spec';

/** Where the generated file lives, from the project root (committed; `npm run check` fails when it is stale). */
export const QUERY_TYPES_FILE = 'src/lib/queries/types.ts';

/** The TypeScript type of a column's value as rows carry it (tableToRows and the browser's fetch give the same). */
export const COLUMN_TS: Record<Exclude<ColumnKind, 'enum'>, string> = {
  integer: 'number',
  double: 'number',
  boolean: 'boolean',
  varchar: 'string',
  'varchar[]': 'string[]',
};

const literals = (values: string[]): string => values.map((v) => `'${v}'`).join(' | ');

/** org_scores → OrgScores */
export function pascalName(name: string): string {
  return name
    .split('_')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

function doc(text: string, indent = ''): string {
  return text ? `${indent}/** ${text.replace(/\*\//g, '*\\/')} */\n` : '';
}

const columnType = (c: ColumnSpec): string =>
  (c.kind === 'enum' ? literals(c.values!) : COLUMN_TS[c.kind]) + (c.nullable ? ' | null' : '');

/**
 * What a caller may pass: numbers and booleans as numbers or as the strings a URL gives; an enum as one of its
 * values; an optional parameter may be left out, undefined or null (all bound as NULL).
 */
function paramType(p: ParamSpec): string {
  const base =
    p.kind === 'integer' || p.kind === 'double'
      ? 'number | string'
      : p.kind === 'boolean'
        ? 'boolean | string'
        : p.kind === 'enum'
          ? literals(p.values!)
          : 'string';
  return p.optional ? `${base} | null` : base;
}

function renderQuery(spec: QuerySpec): string {
  const base = pascalName(spec.name);
  // Type aliases rather than interfaces: an alias has an implicit index signature, so typed rows can go to the
  // shared components that take Record<string, unknown>[] (DataTable, ChartFrame) without a cast.
  const columns = spec.columns
    .map((c) => `${doc(c.description, '  ')}  ${c.name}: ${columnType(c)};\n`)
    .join('');
  const params = spec.params
    .map(
      (p) =>
        `${doc(`${p.declared}${p.description ? ': ' + p.description : ''}`, '  ')}  ${p.name}${p.optional ? '?' : ''}: ${paramType(p)};\n`,
    )
    .join('');
  return (
    `${doc(`${spec.name}: ${spec.summary}`)}export type ${base}Row = {\n${columns}};\n\n` +
    `${doc(`The parameters of ${spec.name}.`)}export type ${base}Params = ${params ? `{\n${params}}` : 'Record<string, never>'};\n`
  );
}

/** The generated module's text (before Prettier), queries in file-name order. */
export function renderQueryTypes(specs: Map<string, QuerySpec>): string {
  const names = [...specs.keys()].sort();
  const map = (suffix: string) => names.map((n) => `  ${n}: ${pascalName(n)}${suffix};\n`).join('');
  return (
    `// Row and parameter types of every named query, generated from the headers of queries/*.sql: do not edit.\n` +
    `// Regenerate with \`npm run gen:query-types\` (scripts/gen-query-types.ts); \`npm run check\` fails when stale.\n` +
    `// A column is \`| null\` exactly when its @column description says when it is null.\n\n` +
    names.map((n) => renderQuery(specs.get(n)!)).join('\n') +
    `\n/** Each named query's row type, by query name. */\nexport type QueryRows = {\n${map('Row')}};\n\n` +
    `/** Each named query's parameters, by query name. */\nexport type QueryParams = {\n${map('Params')}};\n\n` +
    `/** The name of a query in queries/. */\nexport type QueryName = keyof QueryRows;\n`
  );
}
