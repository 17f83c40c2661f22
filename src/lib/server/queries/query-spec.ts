// Parses a named query file (queries/<name>.sql): its header declares parameters and result columns.
//
// Header syntax, one declaration per comment line before the SQL:
//   -- <name>: <one line saying what the query returns>
//   -- @param <name> <type>[?] [<description>]      '?' marks it optional (bound as NULL when absent)
//   -- @column <name> <type> [<description>]
// Parameter types: integer, integer[min..max], double, boolean, varchar, varchar(/regex/), enum(a|b|c).
// Column types: integer, double, boolean, varchar, varchar[], enum(a|b|c) (a varchar holding one of those). A column may be NULL exactly when its description says
// when it is ("null when none fails"): the word null in the description is what the row types read.
import fs from 'node:fs';
import path from 'node:path';

export type ParamKind = 'integer' | 'double' | 'boolean' | 'varchar' | 'enum';

export interface ParamSpec {
  name: string;
  kind: ParamKind;
  optional: boolean;
  description: string;
  min?: number;
  max?: number;
  pattern?: RegExp;
  values?: string[];
  /** The type as written in the header, for error messages and docs. */
  declared: string;
}

export const COLUMN_KINDS = [
  'integer',
  'double',
  'boolean',
  'varchar',
  'varchar[]',
  'enum',
] as const;
export type ColumnKind = (typeof COLUMN_KINDS)[number];

export interface ColumnSpec {
  name: string;
  /** The type as written in the header. */
  type: string;
  kind: ColumnKind;
  /** An enum column's values. */
  values?: string[];
  description: string;
  /** The description says when the column is NULL (the word "null"); other columns never are. */
  nullable: boolean;
}

export interface QuerySpec {
  name: string;
  summary: string;
  params: ParamSpec[];
  columns: ColumnSpec[];
  sql: string;
  file: string;
}

const NAME = /^[a-z][a-z0-9_]*$/;

function parseParamType(spec: string, where: string): Omit<ParamSpec, 'name' | 'description'> {
  const optional = spec.endsWith('?');
  const t = optional ? spec.slice(0, -1) : spec;
  let m: RegExpMatchArray | null;
  if (t === 'integer' || t === 'double' || t === 'boolean' || t === 'varchar')
    return { kind: t, optional, declared: t };
  if ((m = t.match(/^integer\[(-?\d+)\.\.(-?\d+)\]$/)))
    return { kind: 'integer', optional, min: Number(m[1]), max: Number(m[2]), declared: t };
  if ((m = t.match(/^varchar\(\/(.+)\/\)$/)))
    return { kind: 'varchar', optional, pattern: new RegExp(`^(?:${m[1]})$`), declared: t };
  if ((m = t.match(/^enum\(([^)]+)\)$/)))
    return { kind: 'enum', optional, values: m[1]!.split('|'), declared: t };
  throw new Error(`${where}: unknown parameter type '${spec}'`);
}

export function parseQuerySpec(name: string, text: string, file = `${name}.sql`): QuerySpec {
  const lines = text.split('\n');
  const params: ParamSpec[] = [];
  const columns: ColumnSpec[] = [];
  let summary = '';
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line.startsWith('--')) break;
    const body = line.replace(/^--\s?/, '');
    const where = `${file}:${i + 1}`;
    let m: RegExpMatchArray | null;
    if ((m = body.match(/^@param\s+(\S+)\s+(\S+)\s*(.*)$/))) {
      if (!NAME.test(m[1]!)) throw new Error(`${where}: bad parameter name '${m[1]}'`);
      params.push({ name: m[1]!, description: m[3]!.trim(), ...parseParamType(m[2]!, where) });
    } else if ((m = body.match(/^@column\s+(\S+)\s+(\S+)\s*(.*)$/))) {
      const type = m[2]!;
      const e = type.match(/^enum\(([^)]+)\)$/);
      const kind = (e ? 'enum' : type) as ColumnKind;
      if (!COLUMN_KINDS.includes(kind))
        throw new Error(
          `${where}: column ${m[1]} has unknown type '${type}' (known: integer, double, boolean, varchar, varchar[], enum(a|b|c))`,
        );
      const description = m[3]!.trim();
      columns.push({
        name: m[1]!,
        type,
        kind,
        ...(e ? { values: e[1]!.split('|') } : {}),
        description,
        nullable: /\bnull\b/i.test(description),
      });
    } else if (!summary && (m = body.match(/^([a-z0-9_]+):\s*(.+)$/)) && m[1] === name) {
      summary = m[2]!.trim();
    }
  }
  const sql = lines.slice(i).join('\n').trim();
  if (!summary) throw new Error(`${file}: the first line must be '-- ${name}: <what it returns>'`);
  if (columns.length === 0)
    throw new Error(`${file}: declare the result columns with '-- @column'`);
  for (const p of params) {
    if (!new RegExp(`\\$${p.name}\\b`).test(sql))
      throw new Error(`${file}: parameter ${p.name} is declared but not used`);
  }
  const used = [...sql.matchAll(/\$([a-z][a-z0-9_]*)/g)].map((x) => x[1]!);
  for (const u of used) {
    if (!params.some((p) => p.name === u))
      throw new Error(`${file}: $${u} is used but not declared with '-- @param'`);
  }
  return { name, summary, params, columns, sql, file };
}

export function queriesDir(root: string): string {
  return path.join(root, 'queries');
}

/** Every queries/*.sql file, parsed. */
export function loadQuerySpecs(dir: string): Map<string, QuerySpec> {
  const specs = new Map<string, QuerySpec>();
  for (const f of fs.readdirSync(dir).sort()) {
    if (!f.endsWith('.sql')) continue;
    const name = f.slice(0, -4);
    specs.set(
      name,
      parseQuerySpec(name, fs.readFileSync(path.join(dir, f), 'utf8'), `queries/${f}`),
    );
  }
  return specs;
}
