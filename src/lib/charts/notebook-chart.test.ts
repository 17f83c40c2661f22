// Content checks for a notebook chart block's spec rendered under jsdom (fixed rows).
import { describe, expect, it } from 'vitest';
import { renderPlotMarkup } from '../server/export/render-svg';
import { notebookChartSpec } from './notebook-chart';

const tickTexts = (svg: string, axis: string): string[] => {
  const group =
    new RegExp(`aria-label="${axis}-axis tick label"[^>]*>(.*?)</g>`, 's').exec(svg)?.[1] ?? '';
  return [...group.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
};

describe('notebookChartSpec', () => {
  const rows = [
    { indicator: '9', mean: 70 },
    { indicator: '10', mean: 75 },
    { indicator: '2', mean: 90 },
  ];
  const categorical = new Set(['indicator', 'fiscal_year']);

  it('draws categories in the order of the rows, not text order', () => {
    const svg = renderPlotMarkup(
      notebookChartSpec(
        rows,
        { mark: 'barY', x: 'indicator', y: 'mean' },
        { width: 500, passMark: 85, categorical },
      ),
    );
    expect(tickTexts(svg, 'x')).toEqual(['9', '10', '2']);
    expect(svg.match(/<rect/g)?.length).toBe(3);
  });

  it('orders by the other channel when sort says so, and draws the pass mark from the options', () => {
    const spec = notebookChartSpec(
      rows,
      { mark: 'barX', x: 'mean', y: 'indicator', sort: '-x', rule: 'pass_mark' },
      { width: 500, passMark: 85, categorical },
    );
    const svg = renderPlotMarkup(spec);
    expect(tickTexts(svg, 'y')).toEqual(['2', '10', '9']);
    expect(svg).toContain('aria-label="rule"');
    expect(JSON.stringify(spec.marks?.[1])).toContain('85');
  });

  it('writes years as years', () => {
    const svg = renderPlotMarkup(
      notebookChartSpec(
        [
          { fiscal_year: 2567, orgs: 7849 },
          { fiscal_year: 2568, orgs: 7849 },
        ],
        { mark: 'barY', x: 'fiscal_year', y: 'orgs' },
        { width: 500, passMark: 85, categorical },
      ),
    );
    expect(tickTexts(svg, 'x')).toEqual(['2567', '2568']);
  });
});
