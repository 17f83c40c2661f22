// Download links carry the view on screen: the scope, the page's own parameters, and a chart's own ones.
import { describe, expect, it } from 'vitest';
import { exportHref, viewSearch } from './export-url';

describe('viewSearch', () => {
  const page = new URLSearchParams('color=pass&year=2567&lang=en&drill=9&province=94');
  it("carries the scope first, then the page's own parameters (not lang)", () => {
    expect(viewSearch(page)).toBe('year=2567&province=94&color=pass&drill=9');
  });
  it("leaves the page's other parameters out for a chart that names its own (another chart's would be refused)", () => {
    expect(viewSearch(page, { ind: 7 }, { pageParams: false })).toBe('year=2567&province=94&ind=7');
    expect(
      exportHref('total-distribution', 'png', viewSearch(page, {}, { pageParams: false })),
    ).toBe('/export/total-distribution.png?year=2567&province=94');
  });
});
