// A small Markdown renderer for notebook prose that never passes raw HTML through: every character of the source is
// escaped first, and only headings, paragraphs, lists, quotes, rules, tables, code, emphasis and links are made.

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** Links only to the web, the app's own pages and anchors: no javascript:, data: or other schemes. */
function safeHref(href: string): string | null {
  const h = href.trim();
  return /^(https?:\/\/|\/(?!\/)|#|\?)/i.test(h) ? h : null;
}

/** Inline Markdown on already-escaped text: `code`, **bold**, *emphasis*, [links](url). */
function inline(escaped: string): string {
  const codes: string[] = [];
  let s = escaped.replace(/`([^`]+)`/g, (_, c: string) => {
    codes.push(`<code>${c}</code>`);
    return `\uE000${codes.length - 1}\uE000`;
  });
  s = s
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^*])\*([^*\s][^*]*)\*/g, '$1<em>$2</em>')
    // _emphasis_ (Prettier's spelling), only at word edges: org_year_count stays a name.
    .replace(/(^|[^\w])_([^_\s][^_]*)_(?!\w)/g, '$1<em>$2</em>')
    .replace(
      /\[([^\]]+)\]\(((?:[^()\s]|\([^()\s]*\))+)\)/g,
      (whole, text: string, href: string) => {
        // The href was escaped with the rest; undo &amp; so a query string keeps its meaning, then escape it again.
        const safe = safeHref(href.replace(/&amp;/g, '&'));
        return safe ? `<a href="${escapeHtml(safe)}">${text}</a>` : text;
      },
    );
  return s.replace(/\uE000(\d+)\uE000/g, (_, i: string) => codes[Number(i)]!);
}

const cells = (line: string): string[] =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => c.trim());

/** Renders Markdown to HTML in which only the renderer's own tags appear. */
export function renderMarkdown(source: string): string {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let i = 0;
  const text = (l: string) => inline(escapeHtml(l));
  while (i < lines.length) {
    const line = lines[i]!;
    if (!line.trim()) {
      i++;
      continue;
    }
    const fence = /^(```+)(.*)$/.exec(line);
    if (fence) {
      const body: string[] = [];
      for (i++; i < lines.length && !lines[i]!.startsWith(fence[1]!); i++) body.push(lines[i]!);
      i++;
      out.push(`<pre><code>${escapeHtml(body.join('\n'))}</code></pre>`);
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      // A notebook's own title is the page's h1: its headings start at h2.
      const level = Math.min(6, heading[1]!.length + 1);
      out.push(`<h${level}>${text(heading[2]!)}</h${level}>`);
      i++;
      continue;
    }
    if (/^(-{3,}|\*{3,})\s*$/.test(line)) {
      out.push('<hr>');
      i++;
      continue;
    }
    if (/^\s*\|/.test(line) && /^\s*\|?\s*:?-+/.test(lines[i + 1] ?? '')) {
      const head = cells(line);
      const rows: string[][] = [];
      for (i += 2; i < lines.length && /^\s*\|/.test(lines[i]!); i++) rows.push(cells(lines[i]!));
      out.push(
        `<table><thead><tr>${head.map((c) => `<th>${text(c)}</th>`).join('')}</tr></thead><tbody>${rows
          .map((r) => `<tr>${r.map((c) => `<td>${text(c)}</td>`).join('')}</tr>`)
          .join('')}</tbody></table>`,
      );
      continue;
    }
    const list = /^\s*([-*]|\d+\.)\s+/.exec(line);
    if (list) {
      const ordered = /\d/.test(list[1]!);
      const items: string[] = [];
      for (; i < lines.length && /^\s*([-*]|\d+\.)\s+/.test(lines[i]!); i++) {
        let item = lines[i]!.replace(/^\s*([-*]|\d+\.)\s+/, '');
        // Continuation lines indented under the item belong to it.
        while (
          i + 1 < lines.length &&
          /^\s{2,}\S/.test(lines[i + 1]!) &&
          !/^\s*([-*]|\d+\.)\s+/.test(lines[i + 1]!)
        )
          item += ' ' + lines[++i]!.trim();
        items.push(`<li>${text(item)}</li>`);
      }
      const tag = ordered ? 'ol' : 'ul';
      out.push(`<${tag}>${items.join('')}</${tag}>`);
      continue;
    }
    if (/^>\s?/.test(line)) {
      const quote: string[] = [];
      for (; i < lines.length && /^>\s?/.test(lines[i]!); i++)
        quote.push(lines[i]!.replace(/^>\s?/, ''));
      out.push(`<blockquote>${renderMarkdown(quote.join('\n'))}</blockquote>`);
      continue;
    }
    const para: string[] = [];
    for (
      ;
      i < lines.length &&
      lines[i]!.trim() &&
      !/^(#{1,6}\s|```|>|\s*([-*]|\d+\.)\s+|\s*\|)/.test(lines[i]!);
      i++
    )
      para.push(lines[i]!.trim());
    if (!para.length) {
      // A line no rule took (e.g. a lone '|'): shown as text rather than lost.
      para.push(line.trim());
      i++;
    }
    out.push(`<p>${text(para.join(' '))}</p>`);
  }
  return out.join('\n');
}
