// Parses CSV and tab-separated text into rows of cells (RFC 4180 quoting), guessing the separator.

export type Separator = ',' | '\t' | ';';

/** Counts separators outside quotes in the first lines; the most frequent consistent one wins (tab, then comma, then semicolon on ties). */
export function detectSeparator(text: string): Separator {
  const lines = text
    .split(/\r\n|\n|\r/)
    .filter((l) => l.trim() !== '')
    .slice(0, 20);
  const candidates: Separator[] = ['\t', ',', ';'];
  let best: Separator = ',';
  let bestScore = 0;
  for (const sep of candidates) {
    let score = 0;
    for (const line of lines) {
      let inQuotes = false;
      for (const ch of line) {
        if (ch === '"') inQuotes = !inQuotes;
        else if (ch === sep && !inQuotes) score++;
      }
    }
    if (score > bestScore) {
      best = sep;
      bestScore = score;
    }
  }
  return best;
}

/** Every record as an array of raw cell texts; a quoted cell may hold separators, quotes ("") and line breaks. */
export function parseCsv(text: string, separator: Separator = detectSeparator(text)): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let inQuotes = false;
  let i = 0;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
      } else cell += ch;
      i++;
      continue;
    }
    if (ch === '"' && cell.trim() === '') {
      cell = '';
      inQuotes = true;
    } else if (ch === separator) endCell();
    else if (ch === '\r' || ch === '\n') {
      endRow();
      if (ch === '\r' && text[i + 1] === '\n') i++;
    } else cell += ch;
    i++;
  }
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}
