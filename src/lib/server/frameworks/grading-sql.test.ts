// The SQL views grade with the same framework data as the TypeScript rules: checked on every edge of every year.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gradeFor, isPassing } from '../../ita/framework';
import { openDatabase, type Database } from '../db/database';
import { frameworksByYear } from './load';

let db: Database;
beforeAll(async () => {
  db = await openDatabase(':memory:');
});
afterAll(() => db.close());

const totals = [
  0, 49.99, 50, 54.99, 55, 64.99, 65, 69.99, 70, 74.99, 75, 84.99, 85, 94.99, 95, 100,
];
const toolSets = [
  [95, 95, 95],
  [94.99, 96, 96],
  [84.99, 90, 90],
  [85, 85, 85],
];

describe('SQL grading agrees with gradeFor', () => {
  it('for every year, total edge and tool combination', async () => {
    const cases: { fy: number; org: string; total: number; tools: number[] }[] = [];
    let n = 0;
    for (const fy of frameworksByYear().keys())
      for (const total of totals)
        for (const tools of toolSets)
          cases.push({ fy, org: `T${String(n++).padStart(5, '0')}`, total, tools });
    await db.transaction(async (conn) => {
      for (const c of cases) {
        const codes: [string, number][] = [
          ['TOTAL', c.total],
          ['IIT', c.tools[0]!],
          ['EIT', c.tools[1]!],
          ['OIT', c.tools[2]!],
        ];
        for (const [code, value] of codes)
          await conn.run(
            `INSERT INTO score VALUES ($org, $fy, $code, $v, 'synthetic', now()::TIMESTAMP, NULL)`,
            {
              org: c.org,
              fy: c.fy,
              code,
              v: value,
            },
          );
      }
    });
    const rows = await db.withConnection(async (conn) =>
      (
        await conn.runAndReadAll('SELECT org_code, level, passed FROM org_year ORDER BY org_code')
      ).getRowObjectsJS(),
    );
    expect(rows).toHaveLength(cases.length);
    for (const [i, c] of cases.entries()) {
      const fw = frameworksByYear().get(c.fy)!;
      const expected = gradeFor(fw, c.total, { IIT: c.tools[0], EIT: c.tools[1], OIT: c.tools[2] });
      expect({ case: c, level: rows[i]!.level, passed: rows[i]!.passed }).toEqual({
        case: c,
        level: expected.label,
        passed: isPassing(fw, c.total),
      });
    }
  });
});
