import { DuckDBInstance } from '@duckdb/node-api';
import { tableFromIPC, tableToIPC, Type } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resultToArrow } from './duckdb-to-arrow';
import { tableToRows } from './query-format';

let instance: DuckDBInstance;
beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
});
afterAll(() => instance.closeSync());

async function arrowOf(sql: string) {
  const conn = await instance.connect();
  try {
    return resultToArrow(await conn.run(sql));
  } finally {
    conn.closeSync();
  }
}

describe('DuckDB result to Arrow', () => {
  it('maps every column type the queries use, with nulls', async () => {
    const table = await arrowOf(`
      SELECT * FROM (VALUES
        (1::INTEGER, 2::BIGINT, 3.25::DOUBLE, 'จะรัง'::VARCHAR, true, DATE '2024-03-31',
         TIMESTAMP '2024-03-31 12:34:56', ['9', '9.4']::VARCHAR[], 84.99::DECIMAL(5,2), 7::SMALLINT, [1, 2]::INTEGER[]),
        (NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
        (-5, 9007199254740993, -0.5, '', false, DATE '1970-01-01', TIMESTAMP '2000-01-01', []::VARCHAR[], 0, -1, [NULL]::INTEGER[])
      ) t(i, b, d, s, bo, dt, ts, l, dec, sm, li)`);
    const types = Object.fromEntries(table.schema.fields.map((f) => [f.name, f.type.typeId]));
    expect(types).toEqual({
      i: Type.Int,
      b: Type.Int,
      d: Type.Float,
      s: Type.Utf8,
      bo: Type.Bool,
      dt: Type.Date,
      ts: Type.Timestamp,
      l: Type.List,
      dec: Type.Float,
      sm: Type.Int,
      li: Type.List,
    });
    expect(table.numRows).toBe(3);
    const rows = tableToRows(table);
    expect(rows[0]).toEqual({
      i: 1,
      b: 2,
      d: 3.25,
      s: 'จะรัง',
      bo: true,
      dt: '2024-03-31',
      ts: '2024-03-31T12:34:56.000Z',
      l: ['9', '9.4'],
      dec: 84.99,
      sm: 7,
      li: [1, 2],
    });
    expect(Object.values(rows[1]!).every((v) => v === null)).toBe(true);
    expect(rows[2]).toMatchObject({
      i: -5,
      d: -0.5,
      s: '',
      bo: false,
      dt: '1970-01-01',
      l: [],
      sm: -1,
      li: [null],
    });
    // BIGINT stays exact in Arrow (Int64), beyond the range of a double.
    expect(table.getChild('b')!.get(2)).toBe(9007199254740993n);
  });

  it('uses typed arrays for numeric columns without nulls', async () => {
    const table = await arrowOf('SELECT range::INTEGER AS n, range / 4 AS x FROM range(5000)');
    expect(table.getChild('n')!.data[0]!.values).toBeInstanceOf(Int32Array);
    expect(table.getChild('x')!.data[0]!.values).toBeInstanceOf(Float64Array);
    expect(table.getChild('x')!.get(4999)).toBe(1249.75);
  });

  it('reads results of many chunks with nulls, long and short strings at the right rows', async () => {
    // 5000 rows span three DuckDB chunks (2048 rows each): values, nulls and string bytes must land at their row.
    const table = await arrowOf(`
      SELECT range::INTEGER AS n,
        CASE WHEN range % 7 = 0 THEN NULL ELSE range * 0.5 END AS half,
        CASE WHEN range % 5 = 0 THEN NULL WHEN range % 2 = 0 THEN 'ตำบล' || range ELSE 's' || range END AS s,
        range % 3 = 0 AS three,
        CASE WHEN range % 11 = 0 THEN NULL ELSE range::BIGINT * 1000000 END AS big
      FROM range(5000) ORDER BY range`);
    expect(table.numRows).toBe(5000);
    const rows = tableToRows(table);
    for (const i of [0, 1, 2, 5, 7, 2047, 2048, 2049, 4095, 4096, 4999]) {
      expect(rows[i]).toEqual({
        n: i,
        half: i % 7 === 0 ? null : i / 2,
        s: i % 5 === 0 ? null : i % 2 === 0 ? `ตำบล${i}` : `s${i}`,
        three: i % 3 === 0,
        big: i % 11 === 0 ? null : i * 1_000_000,
      });
    }
    expect(table.getChild('half')!.nullCount).toBe(Math.ceil(5000 / 7));
    expect(table.getChild('s')!.nullCount).toBe(1000);
  });

  it('turns decimals of every width and unsigned integers into their numbers', async () => {
    const table = await arrowOf(`
      SELECT * FROM (VALUES
        (12.5::DECIMAL(4,1), 123456.789::DECIMAL(9,3), 1234567890123.45::DECIMAL(18,2), 98.76::DECIMAL(38,2),
         200::UTINYINT, 60000::USMALLINT, 4000000000::UINTEGER, 9000000000::UBIGINT, 1.5::FLOAT),
        (-0.1, -0.001, -0.01, NULL, NULL, 0, 0, 0, -2.25)
      ) t(d4, d9, d18, d38, ut, us, ui, ub, f)`);
    expect(tableToRows(table)).toEqual([
      {
        d4: 12.5,
        d9: 123456.789,
        d18: 1234567890123.45,
        d38: 98.76,
        ut: 200,
        us: 60000,
        ui: 4000000000,
        ub: 9000000000,
        f: 1.5,
      },
      { d4: -0.1, d9: -0.001, d18: -0.01, d38: null, ut: null, us: 0, ui: 0, ub: 0, f: -2.25 },
    ]);
  });

  it('keeps the schema of an empty result', async () => {
    const table = await arrowOf(`SELECT 1::INTEGER AS a, 'x' AS b WHERE false`);
    expect(table.numRows).toBe(0);
    expect(table.schema.fields.map((f) => f.name)).toEqual(['a', 'b']);
  });

  it('survives an IPC round trip with Thai text intact', async () => {
    const table = await arrowOf(`SELECT 'องค์การบริหารส่วนตำบลเมืองน้อย' AS name, 6.25 AS v`);
    const back = tableFromIPC(tableToIPC(table, 'stream'));
    expect(tableToRows(back)).toEqual([{ name: 'องค์การบริหารส่วนตำบลเมืองน้อย', v: 6.25 }]);
  });

  it('refuses a type it cannot map, naming it', async () => {
    await expect(arrowOf(`SELECT {'a': 1} AS st`)).rejects.toThrow(/STRUCT/);
  });
});
