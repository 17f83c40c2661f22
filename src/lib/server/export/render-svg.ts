// Renders a chart spec to SVG markup on the server, with a DOM from jsdom (Plot needs a document).
import * as Plot from '@observablehq/plot';
import { JSDOM } from 'jsdom';

let dom: JSDOM | null = null;

/** The SVG (or the <figure> Plot wraps around it when a legend is asked for) as markup. */
export function renderPlotMarkup(spec: Plot.PlotOptions): string {
  dom ??= new JSDOM('<!doctype html><html><body></body></html>');
  const el = Plot.plot({ ...spec, document: dom.window.document });
  return el.outerHTML;
}
