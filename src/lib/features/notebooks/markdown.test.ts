import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('renders raw HTML as text: a <script> never becomes an element', () => {
    const html = renderMarkdown(
      'ก่อน <script>alert(1)</script> หลัง\n\n<img src=x onerror=alert(1)>',
    );
    expect(html).toBe(
      '<p>ก่อน &lt;script&gt;alert(1)&lt;/script&gt; หลัง</p>\n<p>&lt;img src=x onerror=alert(1)&gt;</p>',
    );
  });

  it('keeps links to the web and the app, and drops javascript: links to their text', () => {
    expect(
      renderMarkdown(
        '[หน้า](/province/94?year=2567&type=sao) [x](javascript:alert(1)) [y](https://nacc.go.th)',
      ),
    ).toBe(
      '<p><a href="/province/94?year=2567&amp;type=sao">หน้า</a> x <a href="https://nacc.go.th">y</a></p>',
    );
  });

  it('renders headings one level below the page title, lists, emphasis, code, quotes and tables', () => {
    const html = renderMarkdown(
      '# หัวข้อ\n\n- **หนา** และ *เอียง*\n- `SELECT <1>`\n\n1. หนึ่ง\n2. สอง\n\n> ข้อควรระวัง\n\n| a | b |\n|---|---|\n| 1 | <b>2</b> |',
    );
    expect(html).toBe(
      [
        '<h2>หัวข้อ</h2>',
        '<ul><li><strong>หนา</strong> และ <em>เอียง</em></li><li><code>SELECT &lt;1&gt;</code></li></ul>',
        '<ol><li>หนึ่ง</li><li>สอง</li></ol>',
        '<blockquote><p>ข้อควรระวัง</p></blockquote>',
        '<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td>1</td><td>&lt;b&gt;2&lt;/b&gt;</td></tr></tbody></table>',
      ].join('\n'),
    );
  });

  it('reads _emphasis_ at word edges only, so snake_case names stay as written', () => {
    expect(renderMarkdown('_ภาษาอังกฤษ in English_ อ่าน org_year_count และ score_current')).toBe(
      '<p><em>ภาษาอังกฤษ in English</em> อ่าน org_year_count และ score_current</p>',
    );
  });

  it('escapes the body of a code fence', () => {
    expect(renderMarkdown('```js\n</pre><script>x</script>\n```')).toBe(
      '<pre><code>&lt;/pre&gt;&lt;script&gt;x&lt;/script&gt;</code></pre>',
    );
  });
});
