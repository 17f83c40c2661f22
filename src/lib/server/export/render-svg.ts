// Renders a chart spec to SVG markup on the server, with a DOM from jsdom (Plot needs a document).
import * as Plot from '@observablehq/plot';
import { JSDOM } from 'jsdom';

let dom: JSDOM | null = null;

/** One jsdom document for every server-side render: creating one costs far more than a chart. */
export function plotDocument(): Document {
  dom ??= new JSDOM('<!doctype html><html><body></body></html>');
  return dom.window.document;
}

/** The SVG (or the <figure> Plot wraps around it when a legend is asked for) as markup. */
export function renderPlotMarkup(spec: Plot.PlotOptions): string {
  const el = Plot.plot({ ...spec, document: plotDocument() });
  return el.outerHTML;
}
