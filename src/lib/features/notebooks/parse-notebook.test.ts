import { describe, expect, it } from 'vitest';
import { NotebookFormatError, parseNotebook } from './parse-notebook';

const NOTEBOOK = `---
title: สรุปจังหวัด
title_en: Province brief
description: ภาพรวม
params:
  province: "94"
  year: latest
---
# หัวข้อ

ย่อหน้า

\`\`\`sql name=headline
SELECT 1 AS n
\`\`\`

\`\`\`chart
id: by-year
result: headline
title: จำนวน / Count
mark: barY
x: n
y: n
sort: -y
\`\`\`

\`\`\`kpi
result: headline
value: n | จำนวน / Count
\`\`\`

\`\`\`table
result: headline
columns: n | จำนวน / Count, m
limit: 5
\`\`\`

\`\`\`text
มี {headline.n} แห่ง
\`\`\`

\`\`\`js
console.log('prose')
\`\`\`
`;

describe('parseNotebook', () => {
  it('reads the front matter: titles, description and parameters with defaults', () => {
    const nb = parseNotebook('brief', 'brief.md', NOTEBOOK);
    expect(nb.meta.title).toEqual({ th: 'สรุปจังหวัด', en: 'Province brief' });
    expect(nb.meta.description).toEqual({ th: 'ภาพรวม', en: 'ภาพรวม' });
    expect(nb.meta.params).toEqual([
      { name: 'province', default: '94' },
      { name: 'year', default: null },
    ]);
  });

  it('splits prose and blocks in order, with their options', () => {
    const nb = parseNotebook('brief', 'brief.md', NOTEBOOK);
    expect(nb.blocks.map((b) => b.kind)).toEqual([
      'markdown',
      'sql',
      'chart',
      'kpi',
      'table',
      'text',
      'markdown',
    ]);
    const [, sql, chart, kpi, table, text, js] = nb.blocks;
    expect(sql).toMatchObject({ kind: 'sql', name: 'headline', sql: 'SELECT 1 AS n', line: 13 });
    expect(chart).toMatchObject({
      id: 'by-year',
      result: 'headline',
      title: 'จำนวน / Count',
      spec: { mark: 'barY', x: 'n', y: 'n', sort: '-y' },
    });
    expect(kpi).toMatchObject({ id: 'kpi-1', items: [{ column: 'n', label: 'จำนวน / Count' }] });
    expect(table).toMatchObject({
      id: 'table-1',
      columns: ['n', 'm'],
      labels: { n: 'จำนวน / Count' },
      limit: 5,
    });
    expect(text).toMatchObject({ kind: 'text', text: 'มี {headline.n} แห่ง' });
    // A fence of another language stays prose.
    expect(js).toMatchObject({ kind: 'markdown' });
    expect((js as { text: string }).text).toContain("console.log('prose')");
  });

  it('turns a mistake in one block into an error block with its line, and reads the rest', () => {
    const nb = parseNotebook(
      'x',
      'x.md',
      '---\ntitle: t\n---\n```chart\nresult: r\ntitle: T\nmark: pie\nx: a\n```\n\n```sql\nSELECT 1\n```\n\n```table\nresult: r\n```\n',
    );
    expect(nb.blocks).toEqual([
      {
        kind: 'error',
        line: 4,
        message: expect.stringMatching(/line 4: mark 'pie' is not one of dot/),
      },
      {
        kind: 'error',
        line: 11,
        message: expect.stringMatching(/line 11: a sql block needs a result name/),
      },
      expect.objectContaining({ kind: 'table', result: 'r' }),
    ]);
  });

  it('refuses a notebook it cannot read as a whole, naming the file and line', () => {
    expect(() => parseNotebook('x', 'x.md', '# no front matter')).toThrow(NotebookFormatError);
    expect(() => parseNotebook('x', 'x.md', '---\ndescription: d\n---\n')).toThrow(
      /x.md: the front matter has no title/,
    );
    expect(() =>
      parseNotebook('x', 'x.md', '---\ntitle: t\nparams:\n  region: north\n---\n'),
    ).toThrow(/x.md, line 4: unknown parameter 'region'/);
    expect(() =>
      parseNotebook(
        'x',
        'x.md',
        '---\ntitle: t\n---\n```sql name=a\nSELECT 1\n```\n```sql name=a\nSELECT 2\n```\n',
      ),
    ).toThrow(/second sql block is named 'a'/);
    expect(() => parseNotebook('Bad Name', 'Bad Name.md', '---\ntitle: t\n---\n')).toThrow(
      /file name/,
    );
  });

  it('says when a block is never closed', () => {
    const nb = parseNotebook('x', 'x.md', '---\ntitle: t\n---\n```sql name=a\nSELECT 1\n');
    expect(nb.blocks).toEqual([
      { kind: 'error', line: 4, message: 'line 4: the block is never closed with ```' },
    ]);
  });
});
