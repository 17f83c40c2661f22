// Renders a chart spec to SVG markup on the server, with a DOM from jsdom (Plot needs a document).
import { createRequire } from 'node:module';
import * as Plot from '@observablehq/plot';
import type { JSDOM } from 'jsdom';

// jsdom is loaded at run time, not bundled: adapter-node bundles devDependencies into the server build, and a bundled
// jsdom fails (it requires its own files by path). Node resolves it from the project's node_modules instead.
const loadAtRunTime = createRequire(import.meta.url);

let dom: JSDOM | null = null;

/** One jsdom document for every server-side render: creating one costs far more than a chart. */
export function plotDocument(): Document {
  if (!dom) {
    const { JSDOM: Dom } = loadAtRunTime('jsdom') as typeof import('jsdom');
    dom = new Dom('<!doctype html><html><body></body></html>');
  }
  return dom.window.document;
}

/** The SVG (or the <figure> Plot wraps around it when a legend is asked for) as markup. */
export function renderPlotMarkup(spec: Plot.PlotOptions): string {
  const el = Plot.plot({ ...spec, document: plotDocument() });
  return el.outerHTML;
}
