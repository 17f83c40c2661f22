// Writes a meeting deck as PowerPoint: a title slide, the province summary tables, then one slide per chart with its
// title, filters and source as real (editable, searchable) Thai text and the chart as a 2× PNG.
import PptxGenJS from 'pptxgenjs';
import { EXPORT_FONT_FAMILY } from './chart-fonts';
import { chartPng } from './chart-export';
import type { DeckContent, SummaryTable } from './deck-content';
import { fixThaiFonts } from './pptx-thai';
import type { PreparedChart } from './chart-export';

// 16:9 widescreen, in inches.
const W = 13.333;
const H = 7.5;
const M = 0.5;
const BLUE = '1D4E89';
const MUTED = '4B5563';
const AMBER = '92400E';
const VIOLET = '5B21B6';
/** The chart image is drawn 1000 CSS pixels wide at 2×: sharp on a projector, small enough to mail. */
export const SLIDE_IMAGE_WIDTH = 1000;

const text = (lang: string) => ({
  fontFace: EXPORT_FONT_FAMILY,
  lang: lang === 'th' ? 'th-TH' : 'en-GB',
});

function titleSlide(pptx: PptxGenJS, deck: DeckContent) {
  const t = deck.charts[0]!.ctx.t;
  const base = text(deck.lang);
  const s = pptx.addSlide();
  s.addShape('rect', { x: 0, y: 0, w: 0.35, h: H, fill: { color: BLUE }, line: { color: BLUE } });
  s.addText(deck.title, {
    ...base,
    x: 1,
    y: 1.6,
    w: W - 2,
    h: 1.6,
    fontSize: 36,
    bold: true,
    color: BLUE,
    valign: 'bottom',
    fit: 'shrink',
  });
  s.addText(deck.scope, {
    ...base,
    x: 1,
    y: 3.35,
    w: W - 2,
    h: 0.7,
    fontSize: 22,
    color: '1F2937',
  });
  s.addText(
    `${t('deck.slide.date', { date: deck.date })} · ${t('deck.slide.charts', { count: deck.charts.length })}`,
    { ...base, x: 1, y: 4.05, w: W - 2, h: 0.5, fontSize: 16, color: MUTED },
  );
  if (deck.synthetic)
    s.addText(t('synthetic.source'), {
      ...base,
      x: 1,
      y: 4.7,
      w: W - 2,
      h: 0.5,
      fontSize: 14,
      color: AMBER,
    });
  s.addText(t('deck.slide.source', { app: t('app.title') }), {
    ...base,
    x: 1,
    y: H - 0.8,
    w: W - 2,
    h: 0.4,
    fontSize: 11,
    color: MUTED,
  });
}

function footer(
  pptx: PptxGenJS,
  slide: PptxGenJS.Slide,
  lang: string,
  source: string,
  synthetic: boolean,
  right: string,
  reference?: string,
) {
  const base = text(lang);
  const sourceRun = { text: source, options: { color: synthetic ? AMBER : MUTED } };
  // The official figures' source is a second line, in the violet of their marks; the box grows upwards for it.
  slide.addText(
    reference
      ? [
          { ...sourceRun, options: { ...sourceRun.options, breakLine: true } },
          { text: reference, options: { color: VIOLET } },
        ]
      : [sourceRun],
    {
      ...base,
      x: M,
      y: reference ? H - 0.78 : H - 0.6,
      w: W - 2 * M - 3.2,
      h: reference ? 0.58 : 0.4,
      fontSize: reference ? 9 : 10,
      fit: 'shrink',
    },
  );
  slide.addText(right, {
    ...base,
    x: W - M - 3.2,
    y: H - 0.6,
    w: 3.2,
    h: 0.4,
    fontSize: 10,
    color: MUTED,
    align: 'right',
  });
}

function summarySlide(pptx: PptxGenJS, deck: DeckContent, summary: SummaryTable) {
  const base = text(deck.lang);
  const s = pptx.addSlide();
  s.addText(summary.title, {
    ...base,
    x: M,
    y: 0.3,
    w: W - 2 * M,
    h: 0.8,
    fontSize: 24,
    bold: true,
    color: BLUE,
    fit: 'shrink',
  });
  s.addText(summary.filters, {
    ...base,
    x: M,
    y: 1.05,
    w: W - 2 * M,
    h: 0.4,
    fontSize: 13,
    color: MUTED,
  });
  s.addTable(
    summary.rows.map(([k, v]) => [
      { text: k, options: { ...base, bold: true, color: '1F2937', fill: { color: 'F3F4F6' } } },
      { text: v, options: { ...base, color: '1F2937' } },
    ]),
    {
      x: M,
      y: 1.7,
      w: W - 2 * M,
      colW: [5.2, W - 2 * M - 5.2],
      fontSize: 16,
      border: { type: 'solid', pt: 0.75, color: 'D1D5DB' },
      valign: 'middle',
      rowH: 0.5,
    },
  );
  footer(pptx, s, deck.lang, summary.source, summary.synthetic, deck.date);
}

function chartSlide(pptx: PptxGenJS, deck: DeckContent, chart: PreparedChart, index: number) {
  const base = text(deck.lang);
  const f = chart.furniture;
  const s = pptx.addSlide();
  s.addText(f.title, {
    ...base,
    x: M,
    y: 0.25,
    w: W - 2 * M,
    h: 0.75,
    fontSize: 24,
    bold: true,
    color: BLUE,
    valign: 'middle',
    fit: 'shrink',
  });
  const sub = [f.description, f.filters].filter(Boolean).join('\n');
  s.addText(sub, {
    ...base,
    x: M,
    y: 1.0,
    w: W - 2 * M,
    h: 0.7,
    fontSize: 12,
    color: MUTED,
    valign: 'top',
    fit: 'shrink',
  });
  const png = chartPng(chart, { variant: 'slide', width: SLIDE_IMAGE_WIDTH, scale: 2 });
  const box = { x: M, y: 1.75, w: W - 2 * M, h: H - 0.7 - 1.8 };
  const ratio = png.height / png.width;
  const w = Math.min(box.w, box.h / ratio);
  const h = w * ratio;
  s.addImage({
    data: `data:image/png;base64,${Buffer.from(png.bytes).toString('base64')}`,
    x: box.x + (box.w - w) / 2,
    y: box.y,
    w,
    h,
    altText: [f.title, f.summary].filter(Boolean).join('. '),
  });
  footer(
    pptx,
    s,
    deck.lang,
    f.source,
    f.synthetic,
    `${f.exported.split(' · ')[0]} · ${index + 1}/${deck.charts.length}`,
    f.reference,
  );
  s.addNotes([f.summary, f.filters, f.source, f.reference].filter(Boolean).join('\n'));
}

export async function deckPptx(deck: DeckContent): Promise<Uint8Array> {
  const t = deck.charts[0]!.ctx.t;
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.title;
  pptx.subject = deck.scope;
  pptx.author = t('app.title');
  pptx.company = t('app.title');
  pptx.theme = { headFontFace: EXPORT_FONT_FAMILY, bodyFontFace: EXPORT_FONT_FAMILY };
  titleSlide(pptx, deck);
  for (const summary of deck.summaries) summarySlide(pptx, deck, summary);
  for (const [i, chart] of deck.charts.entries()) chartSlide(pptx, deck, chart, i);
  const raw = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  return fixThaiFonts(raw, EXPORT_FONT_FAMILY);
}

/** How many slides a deck makes: title, summaries, charts (the browser tests count them). */
export const slideCount = (deck: DeckContent) => 1 + deck.summaries.length + deck.charts.length;
