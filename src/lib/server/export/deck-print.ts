// The meeting deck as plain data for the print page (/deck/print): each chart's words and its SVG, which the browser
// draws with the page's own Sarabun, so the PDF's Thai is set by Chromium, never by a PDF library.
import type { Lang } from '../../i18n/messages';
import type { DeckSpec } from '../../features/export/deck-codec';
import type { QueryRunner } from '../queries/query-runner';
import { chartSvg } from './chart-export';
import type { ChartFurniture } from './chart-svg';
import { deckContent, type SummaryTable } from './deck-content';
import { SLIDE_IMAGE_WIDTH } from './deck-pptx';

export interface PrintDeck {
  title: string;
  scope: string;
  date: string;
  synthetic: boolean;
  summaries: SummaryTable[];
  charts: (ChartFurniture & { id: string; svg: string; width: number; height: number })[];
}

export async function printDeck(
  runner: QueryRunner,
  spec: DeckSpec,
  { lang, now }: { lang: Lang; now: Date },
): Promise<PrintDeck> {
  const deck = await deckContent(runner, spec, { lang, now });
  return {
    title: deck.title,
    scope: deck.scope,
    date: deck.date,
    synthetic: deck.synthetic,
    summaries: deck.summaries,
    charts: deck.charts.map((c) => {
      const composed = chartSvg(c, {
        variant: 'slide',
        width: SLIDE_IMAGE_WIDTH,
        embedFont: false,
      });
      return { ...c.furniture, id: c.def.id, ...composed };
    }),
  };
}
