// The generated row types (src/lib/queries/types.ts) are current, and every query's Arrow result agrees with them.
import fs from 'node:fs';
import { DataType, type Field } from 'apache-arrow';
import * as prettier from 'prettier';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import type { QueryRows } from '../../queries/types';
import type { Database } from '../db/database';
import {
  FIXTURE_DIR,
  loadFixtureMeasures,
  loadFixtureScores,
  openFixtureDatabase,
} from '../db/fixture-db';
import { projectPath } from '../paths';
import { FIXTURE_PARAMS } from './fixture-params';
import { tableToRows } from './query-format';
import { queryRunner, type QueryRunner } from './query-runner';
import { loadQuerySpecs, parseQuerySpec, type ColumnSpec } from './query-spec';
import { QUERY_TYPES_FILE, renderQueryTypes } from './query-types';

describe('renderQueryTypes', () => {
  const spec = parseQuerySpec(
    'some_query',
    [
      '-- some_query: rows to test with',
      '-- @param fiscal_year integer[2500..2700] Fiscal year',
      '-- @param province varchar(/\\d{2}/)? Province',
      '-- @param weak enum(pass_mark|lowest)? Definition',
      '-- @column org_code varchar Code',
      '-- @column total double Total; null when not assessed',
      '-- @column passed boolean At or above the pass mark',
      '-- @column files varchar[] Source files',
      '-- @column direction enum(up|down) Direction',
      'SELECT 1 WHERE $fiscal_year > 0 AND $province IS NULL AND $weak IS NULL',
    ].join('\n'),
  );
  const text = renderQueryTypes(new Map([['some_query', spec]]));
  it('gives a row type whose columns are | null only where the description says when they are null', () => {
    expect(text).toContain('export type SomeQueryRow = {');
    expect(text).toMatch(/ org_code: string;\n/);
    expect(text).toMatch(/ total: number \| null;\n/);
    expect(text).toMatch(/ passed: boolean;\n/);
    expect(text).toMatch(/ files: string\[\];\n/);
    expect(text).toMatch(/ direction: 'up' \| 'down';\n/);
  });
  it('gives a params type: required ones required, optional ones optional and nullable, enums as their values', () => {
    expect(text).toMatch(/ fiscal_year: number \| string;\n/);
    expect(text).toMatch(/ province\?: string \| null;\n/);
    expect(text).toMatch(/ weak\?: 'pass_mark' \| 'lowest' \| null;\n/);
  });
  it('lists the query in the name maps', () => {
    expect(text).toMatch(/export type QueryRows = \{\n {2}some_query: SomeQueryRow;\n\};/);
    expect(text).toMatch(/export type QueryParams = \{\n {2}some_query: SomeQueryParams;\n\};/);
  });
  it('refuses a column type it cannot map, naming the file and line', () => {
    expect(() =>
      parseQuerySpec('q', '-- q: x\n-- @column a bigint Count\nSELECT 1 AS a', 'queries/q.sql'),
    ).toThrow(/queries\/q\.sql:2: column a has unknown type 'bigint'/);
  });
});

describe('src/lib/queries/types.ts', () => {
  it('is what the headers of queries/*.sql give (run `npm run gen:query-types` when this fails)', async () => {
    const file = projectPath(QUERY_TYPES_FILE);
    const expected = await prettier.format(
      renderQueryTypes(loadQuerySpecs(projectPath('queries'))),
      {
        ...((await prettier.resolveConfig(file)) ?? {}),
        filepath: file,
      },
    );
    expect(fs.readFileSync(file, 'utf8')).toBe(expected);
  });
  it('types rows by query name', () => {
    expectTypeOf<QueryRows['org_scores']['total']>().toEqualTypeOf<number>();
    expectTypeOf<QueryRows['province_headline']['worst_district_code']>().toEqualTypeOf<
      string | null
    >();
    expectTypeOf<QueryRows['org_years']['source_files']>().toEqualTypeOf<string[]>();
  });
});

/** Whether an Arrow field holds what the header declares: Int32 or narrower (not BIGINT: README rule 3), and so on. */
function agrees(field: Field, c: ColumnSpec): boolean {
  const t = field.type;
  switch (c.kind) {
    case 'integer':
      return DataType.isInt(t) && t.bitWidth <= 32;
    case 'double':
      return DataType.isFloat(t);
    case 'boolean':
      return DataType.isBool(t);
    case 'varchar':
    case 'enum':
      return DataType.isUtf8(t);
    case 'varchar[]':
      return DataType.isList(t) && DataType.isUtf8(t.children[0]!.type);
  }
}

/** What a cell must be for its column: the TS type of the generated row, null only where declared. */
function cellProblem(value: unknown, c: ColumnSpec): string | null {
  if (value === null)
    return c.nullable ? null : 'null, but the header does not say when it is null';
  const ok =
    c.kind === 'integer'
      ? Number.isInteger(value)
      : c.kind === 'double'
        ? typeof value === 'number'
        : c.kind === 'boolean'
          ? typeof value === 'boolean'
          : c.kind === 'varchar'
            ? typeof value === 'string'
            : c.kind === 'enum'
              ? c.values!.includes(value as string)
              : Array.isArray(value) && value.every((v) => typeof v === 'string');
  return ok ? null : `${JSON.stringify(value)} is not ${c.type}`;
}

describe('every query on the fixture database', () => {
  let db: Database;
  let runner: QueryRunner;
  beforeAll(async () => {
    // Scores, indicator scores and measures, so that most queries return rows and the nulls they give are seen.
    db = await openFixtureDatabase();
    await loadFixtureScores(db, `${FIXTURE_DIR}/indicators.csv`);
    await loadFixtureMeasures(db, `${FIXTURE_DIR}/measures.csv`);
    runner = queryRunner(db);
  });
  afterAll(() => db.close());

  it('returns Arrow fields of the declared types and cells that fit the generated row types', async () => {
    const problems: string[] = [];
    const empty: string[] = [];
    for (const [name, spec] of runner.specs) {
      const { table } = await runner.run(name, FIXTURE_PARAMS[name] ?? {});
      const fields = table.schema.fields;
      expect(
        fields.map((f) => f.name),
        name,
      ).toEqual(spec.columns.map((c) => c.name));
      spec.columns.forEach((c, i) => {
        if (!agrees(fields[i]!, c))
          problems.push(`${name}.${c.name}: Arrow ${fields[i]!.type} for ${c.type}`);
      });
      const rows = tableToRows(table);
      if (rows.length === 0) empty.push(name);
      for (const [r, row] of rows.entries())
        for (const c of spec.columns) {
          const problem = cellProblem(row[c.name], c);
          if (problem) problems.push(`${name}.${c.name} row ${r + 1}: ${problem}`);
        }
    }
    expect(problems).toEqual([]);
    // The cell checks mean something only where rows come back: most queries must return some.
    expect(empty.length, `queries without rows: ${empty.join(', ')}`).toBeLessThan(
      runner.specs.size / 4,
    );
  });
});
