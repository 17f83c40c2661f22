// The SQL views grade with the same framework data as the TypeScript rules: checked on every edge of every year.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gradeWithTools, isPassing, type ToolScores } from '../../ita/framework';
import { openDatabase, type Database } from '../db/database';
import { frameworksByYear } from './load';

let db: Database;
beforeAll(async () => {
  db = await openDatabase(':memory:');
});
afterAll(() => db.close());

const totals = [
  0, 49.99, 50, 54.99, 55, 64.99, 65, 69.99, 70, 74.99, 75, 84.99, 85, 94.99, 95, 96, 100,
];
/** Single-EIT sets (rated on three tools, incomplete from 2566), four-tool sets, a lone part, and no tools at all. */
const toolSets: ToolScores[] = [
  { IIT: 95, EIT: 95, OIT: 95 },
  { IIT: 94.99, EIT: 96, OIT: 96 },
  { IIT: 84.99, EIT: 90, OIT: 90 },
  { IIT: 85, EIT: 85, OIT: 85 },
  { IIT: 96, EIT1: 96, EIT2: 84.99, EIT: 90.5, OIT: 96 },
  { IIT: 95, EIT1: 95, EIT2: 95, EIT: 95, OIT: 95 },
  { IIT: 97, EIT1: 94.99, EIT2: 99, EIT: 97, OIT: 97 },
  { IIT: 85, EIT1: 85, EIT2: 85, EIT: 85, OIT: 85 },
  { IIT: 96, EIT1: 96, OIT: 96 },
  {},
];

describe('SQL grading agrees with gradeWithTools', () => {
  it('for every year, total edge and tool combination', async () => {
    const cases: { fy: number; org: string; total: number; tools: ToolScores }[] = [];
    let n = 0;
    for (const fy of frameworksByYear().keys())
      for (const total of totals)
        for (const tools of toolSets)
          cases.push({ fy, org: `T${String(n++).padStart(5, '0')}`, total, tools });
    await db.transaction(async (conn) => {
      for (const c of cases) {
        const codes: [string, number][] = [
          ['TOTAL', c.total],
          ...(Object.entries(c.tools) as [string, number][]),
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
        await conn.runAndReadAll(
          'SELECT org_code, level, passed, tools_incomplete FROM org_year ORDER BY org_code',
        )
      ).getRowObjectsJS(),
    );
    expect(rows).toHaveLength(cases.length);
    for (const [i, c] of cases.entries()) {
      const fw = frameworksByYear().get(c.fy)!;
      const expected = gradeWithTools(fw, c.total, c.tools);
      const row = rows[i]!;
      expect({
        case: c,
        level: row.level,
        passed: row.passed,
        incomplete: row.tools_incomplete,
      }).toEqual({
        case: c,
        level: expected.rule.label,
        passed: isPassing(fw, c.total),
        incomplete: expected.incomplete,
      });
    }
  });
});

describe('four-tool ratings in org_year', () => {
  it('gives a total of 96 with EIT part 2 at 84.99 ผ่าน, complete, with both parts as columns', async () => {
    await db.transaction(async (conn) => {
      for (const [code, v] of Object.entries({
        TOTAL: 96,
        IIT: 96,
        EIT1: 96,
        EIT2: 84.99,
        EIT: 90.5,
        OIT: 96,
      }))
        await conn.run(
          `INSERT INTO score VALUES ('EDGE96', 2566, $code, $v, 'synthetic', now()::TIMESTAMP, NULL)`,
          { code, v },
        );
    });
    const row = await db.withConnection(async (conn) =>
      (
        await conn.runAndReadAll(
          `SELECT level, eit, eit1, eit2, tools_incomplete FROM org_year WHERE org_code = 'EDGE96'`,
        )
      ).getRowObjectsJS(),
    );
    expect(row).toEqual([
      { level: 'ผ่าน', eit: 90.5, eit1: 96, eit2: 84.99, tools_incomplete: false },
    ]);
  });
});
