import { describe, expect, it } from 'vitest';
import { bindParams, QueryParamError } from './query-params';
import { parseQuerySpec } from './query-spec';

const spec = parseQuerySpec(
  'demo_query',
  `-- demo_query: something to test with
-- @param fiscal_year integer[2500..2700] Fiscal year (BE)
-- @param province varchar(/\\d{2}/)? Province code
-- @param name varchar? Free text
-- @param weak enum(pass_mark|lowest|peer_median)? Definition of weak
-- @param min double? Minimum
-- @column x integer something
SELECT $fiscal_year AS x WHERE $province IS NULL AND $name IS NULL AND $weak IS NULL AND $min IS NULL`,
);

function errorOf(fn: () => unknown): QueryParamError {
  try {
    fn();
  } catch (err) {
    if (err instanceof QueryParamError) return err;
    throw err;
  }
  throw new Error('expected a QueryParamError');
}

describe('bindParams', () => {
  it('converts and types the values, absent optionals as null', () => {
    const b = bindParams(spec, { fiscal_year: '๒๕๖๗', province: '94', min: '85.5' });
    expect(b.values).toEqual({
      fiscal_year: 2567,
      province: '94',
      name: null,
      weak: null,
      min: 85.5,
    });
    expect(b.key).toBe('fiscal_year=2567&province=94&min=85.5');
  });
  it('keeps an SQL injection attempt as a plain value', () => {
    const b = bindParams(spec, { fiscal_year: '2567', name: "x' OR 1=1; DROP TABLE score; --" });
    expect(b.values.name).toBe("x' OR 1=1; DROP TABLE score; --");
  });
  it.each([
    [{ fiscal_year: '2567abc' }, 'fiscal_year', /whole number/],
    [{ fiscal_year: '1999' }, 'fiscal_year', /between 2500 and 2700/],
    [{}, 'fiscal_year', /required/],
    [{ fiscal_year: '2567', province: '9' }, 'province', /expected form/],
    [{ fiscal_year: '2567', province: "94' OR '1'='1" }, 'province', /expected form/],
    [{ fiscal_year: '2567', weak: 'median' }, 'weak', /one of pass_mark, lowest, peer_median/],
    [{ fiscal_year: '2567', min: 'abc' }, 'min', /must be a number/],
    [{ fiscal_year: '2567', year: '2567' }, 'year', /Unknown parameter 'year'/],
  ])('rejects %j naming %s', (given, param, message) => {
    const err = errorOf(() => bindParams(spec, given));
    expect(err.param).toBe(param);
    expect(err.message).toMatch(message);
  });
  it('ignores the response parameter format', () => {
    expect(bindParams(spec, { fiscal_year: '2567', format: 'csv' }).values.fiscal_year).toBe(2567);
  });
});

describe('parseQuerySpec', () => {
  it('reads the header', () => {
    expect(spec.summary).toBe('something to test with');
    expect(spec.params.map((p) => [p.name, p.kind, p.optional])).toEqual([
      ['fiscal_year', 'integer', false],
      ['province', 'varchar', true],
      ['name', 'varchar', true],
      ['weak', 'enum', true],
      ['min', 'double', true],
    ]);
    expect(spec.columns).toEqual([
      { name: 'x', type: 'integer', kind: 'integer', description: 'something', nullable: false },
    ]);
  });
  it('refuses a parameter used but not declared', () => {
    expect(() => parseQuerySpec('q', '-- q: x\n-- @column a integer\nSELECT $nope AS a')).toThrow(
      /\$nope is used but not declared/,
    );
  });
  it('refuses a declared parameter the SQL does not use', () => {
    expect(() =>
      parseQuerySpec('q', '-- q: x\n-- @param p integer\n-- @column a integer\nSELECT 1 AS a'),
    ).toThrow(/declared but not used/);
  });
  it('refuses a file without its summary line or columns', () => {
    expect(() => parseQuerySpec('q', 'SELECT 1')).toThrow(/first line/);
    expect(() => parseQuerySpec('q', '-- q: x\nSELECT 1')).toThrow(/@column/);
  });
});
