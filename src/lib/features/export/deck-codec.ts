// The meeting deck as data: a title and an ordered list of chart views, encoded for URLs (the print page) and request
// bodies (PPTX, PDF). Runs in the browser and on the server, which validates every item before rendering it.

export interface DeckChart {
  /** Registered chart id, e.g. total-distribution. */
  chart: string;
  /** The view's URL parameters (scope and the chart's own), e.g. province=94&year=2567. */
  search: string;
}

export interface DeckSpec {
  title: string;
  charts: DeckChart[];
}

export const MAX_DECK_CHARTS = 40;
export const MAX_TITLE_LENGTH = 200;

export class DeckFormatError extends Error {}

/** Checks the shape (not the charts or their parameters: the exporter does that, with 400s that name them). */
export function checkDeck(value: unknown): DeckSpec {
  const v = value as Partial<DeckSpec> | null;
  if (!v || typeof v !== 'object')
    throw new DeckFormatError('The deck must be an object { title, charts }');
  const title = typeof v.title === 'string' ? v.title.trim().slice(0, MAX_TITLE_LENGTH) : '';
  if (!Array.isArray(v.charts) || v.charts.length === 0)
    throw new DeckFormatError('The deck has no charts / ชุดสไลด์ยังไม่มีแผนภูมิ');
  if (v.charts.length > MAX_DECK_CHARTS)
    throw new DeckFormatError(
      `A deck holds at most ${MAX_DECK_CHARTS} charts (got ${v.charts.length}) / ชุดสไลด์มีได้ไม่เกิน ${MAX_DECK_CHARTS} แผนภูมิ`,
    );
  const charts = v.charts.map((c, i) => {
    if (!c || typeof c.chart !== 'string' || !/^[a-z0-9-]+$/.test(c.chart))
      throw new DeckFormatError(`Deck chart ${i + 1} has no valid chart id`);
    if (typeof c.search !== 'string' || c.search.length > 2000)
      throw new DeckFormatError(`Deck chart ${i + 1} has no valid search string`);
    return { chart: c.chart, search: c.search.replace(/^\?/, '') };
  });
  return { title, charts };
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}

/** A deck as one URL-safe parameter value. */
export function encodeDeck(deck: DeckSpec): string {
  return toBase64Url(JSON.stringify(deck));
}

export function decodeDeck(param: string): DeckSpec {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fromBase64Url(param));
  } catch {
    throw new DeckFormatError("The deck parameter 'd' is not a deck this app wrote");
  }
  return checkDeck(parsed);
}
