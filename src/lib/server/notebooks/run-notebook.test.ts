import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { openFixtureDatabase } from '../db/fixture-db';
import { pageLoadContext } from '../page-charts';
import { queryRunner } from '../queries/query-runner';
import { resolveScope } from '../scope-context';
import { parseNotebook } from '../../features/notebooks/parse-notebook';
import { renderNotebook } from './run-notebook';

let db: Database;
beforeAll(async () => {
  db = await openFixtureDatabase();
});
afterAll(() => db.close());

// The base fixture (data/fixtures/db/scores.csv): four SAOs of ปัตตานี (94) with 2565 totals 94.99, 95.00, 84.99
// and 85.03, and one SAO of ตราด.
const NOTEBOOK = `---
title: ทดสอบ
params:
  year: "2565"
  province: "94"
---
# ผล <b>ตัวหนา</b>

\`\`\`sql name=passing
SELECT count(*) AS orgs, count(*) FILTER (WHERE total >= 85) AS passed, $year AS fiscal_year
FROM org_year y JOIN org o ON o.code = y.org_code
WHERE y.fiscal_year = $year AND o.province_code = $province
\`\`\`

\`\`\`text
ผ่าน {passing.passed} จาก {passing.orgs} แห่งในปี {passing.fiscal_year}
\`\`\`

\`\`\`sql name=files
COPY org TO '/tmp/org.csv'
\`\`\`

\`\`\`kpi
result: files
value: n | จำนวน
\`\`\`

\`\`\`sql name=totals
SELECT o.code, y.total FROM org_year y JOIN org o ON o.code = y.org_code
WHERE y.fiscal_year = $year AND o.province_code = $province ORDER BY y.total
\`\`\`

\`\`\`chart
id: totals
result: totals
title: คะแนนรวม / Totals
mark: barY
x: code
y: total
rule: pass_mark
\`\`\`

\`\`\`chart
id: wrong-column
result: totals
title: ผิด
mark: dot
x: no_such_column
\`\`\`

\`\`\`table
result: totals
columns: total | คะแนนรวม / Total, code
limit: 2
\`\`\`
`;

describe('renderNotebook', () => {
  it('runs the blocks for the view: values in text, errors in place, charts through the chart path', async () => {
    const runner = queryRunner(db);
    const resolved = await resolveScope(runner, new URLSearchParams('year=2565&province=94'));
    const ctx = pageLoadContext({ ...resolved, runner }, 'th');
    const nb = parseNotebook('test', 'test.md', NOTEBOOK);
    const { blocks } = await renderNotebook(nb, ctx, async () => db, resolved.dataVersion);
    expect(blocks[0]).toEqual({ kind: 'html', html: '<h2>ผล &lt;b&gt;ตัวหนา&lt;/b&gt;</h2>' });
    // 94.99, 95.00 and 85.03 pass; 84.99 does not.
    expect(blocks[2]).toEqual({ kind: 'html', html: '<p>ผ่าน 3 จาก 4 แห่งในปี 2565</p>' });
    expect(blocks[3]).toMatchObject({
      kind: 'sql',
      name: 'files',
      error: expect.stringMatching(/Only one SELECT/),
    });
    expect(blocks[4]).toMatchObject({
      kind: 'error',
      message: expect.stringMatching(/^'files' failed: Only one SELECT/),
    });
    const chart = blocks[6] as Extract<(typeof blocks)[number], { kind: 'chart' }>;
    expect(chart.payload.id).toBe('notebook-test--totals');
    expect(chart.payload.text?.cells.map((r) => r[1])).toEqual([
      '84.99',
      '85.03',
      '94.99',
      '95.00',
    ]);
    expect(chart.payload.svg).toMatch(/^<svg/);
    expect(chart.payload.text?.source).toEqual({
      line: 'ที่มา: สมุดวิเคราะห์ไม่ได้ระบุ',
      synthetic: false,
    });
    const wrong = blocks[7] as Extract<(typeof blocks)[number], { kind: 'chart' }>;
    expect(wrong.payload.error).toMatch(/'totals' has no column 'no_such_column'/);
    // A table shows its columns in the order asked, under the headers given (the SQL name where none is).
    expect(blocks[8]).toMatchObject({
      kind: 'table',
      columns: ['คะแนนรวม / Total', 'code'],
      cells: [
        ['84.99', expect.any(String)],
        ['85.03', expect.any(String)],
      ],
      more: 2,
    });
  });
});
