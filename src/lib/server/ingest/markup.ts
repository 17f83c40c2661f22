// Removes converter markup (HTML tags and entities, **bold**, # headings) from text, keeping paragraph breaks.

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  bull: '•',
  middot: '·',
  times: '×',
  check: '✓',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X'
          ? parseInt(body.slice(2), 16)
          : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
        ? String.fromCodePoint(code)
        : ' ';
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

const TAG = /<\/?[a-zA-Z][^<>]*>/g;
const BLOCK_END =
  /<\/(p|li|div|h[1-6]|tr|td|th|dt|dd|blockquote|pre)\s*>|<br\s*\/?>|<(li|p|div|tr)\b[^<>]*>/gi;
const INVISIBLE = /\u200b|\u200c|\u200d|\u2060|\ufeff|\u00ad/g;

/**
 * Removes every tag, repeatedly, so that pieces left by one pass cannot form a new tag. Tags go without a trace:
 * inline tags (<b>, <span>) sit inside Thai words, and block tags have already become line breaks.
 */
export function stripTags(text: string): string {
  let out = text;
  for (let i = 0; i < 8; i++) {
    const next = out.replace(TAG, '');
    if (next === out) return out;
    out = next;
  }
  // Deeper nesting than any real document: drop the '<' of whatever still looks like a tag.
  return out.replace(/<+(?=\/?[a-zA-Z])/g, '');
}

/** One line with single spaces. */
export function oneLine(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/**
 * Plain text from a cell or paragraph that may hold HTML, entities or Markdown bold:
 * block elements become line breaks, each line's whitespace is collapsed, empty lines go.
 */
export function plainText(raw: string): string {
  let text = raw
    .replace(/<!--[\s\S]*?(-->|$)/g, '')
    .replace(/<(style|script)\b[\s\S]*?(<\/\1\s*>|$)/gi, '')
    .replace(BLOCK_END, '\n');
  text = stripTags(text);
  text = stripTags(decodeEntities(text));
  return text
    .replace(/\*\*/g, '')
    .split(/\r\n|\r|\n/)
    .map((line) => oneLine(line.replace(/^\s*#{1,6}\s+/, '')))
    .filter((line) => line !== '')
    .join('\n');
}

/** Plain text on one line: the form every extracted value takes. */
export function cleanValue(raw: string): string {
  return oneLine(plainText(raw));
}
