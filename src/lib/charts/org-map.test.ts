// The map's spec on fixed rows: every colour mode draws its dots (under jsdom, as the server does), classes follow the
// pass mark, rows without a place or a value are handled, and names for orientation do not overlap.
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/messages';
import { renderPlotMarkup } from '../server/export/render-svg';
import {
  areaLabels,
  colorValue,
  mapExtent,
  mapHeight,
  NO_VALUE_COLOR,
  orgMapSpec,
  placeLabels,
  scoreThresholds,
  type MapRow,
} from './org-map';
import { MAP_COLORS } from '../features/map/map-view';

const t = translator('th');

const row = (code: string, lat: number, lon: number, over: Partial<MapRow> = {}): MapRow => ({
  code,
  name_th: `อบต.${code}`,
  district_th: 'เมืองปัตตานี',
  province_th: 'ปัตตานี',
  lat,
  lon,
  orgs: 1,
  total: 90,
  passed: 1,
  pass_share: 1,
  indicator_value: 80,
  measure_share: 0.5,
  ...over,
});

// Three organisations of ปัตตานี: one failing, one without an indicator score or measures.
const rows: MapRow[] = [
  row('6940104', 6.854, 101.273),
  row('6940108', 6.844, 101.266, { total: 72.5, passed: 0, pass_share: 0, indicator_value: 60 }),
  row('6940111', 6.846, 101.241, { indicator_value: null, measure_share: null }),
];

const spec = (color: (typeof MAP_COLORS)[number], width = 760) =>
  orgMapSpec(rows, {
    t,
    lang: 'th',
    width,
    color,
    level: 'org',
    passMark: 85,
    indicator: '9',
    labels: [{ name: 'เมืองปัตตานี', lat: 6.85, lon: 101.26, weight: 3 }],
  });

/** Fills of the dots coloured one by one (a constant fill sits on the mark's <g> instead). */
const circles = (svg: string) => [...svg.matchAll(/<circle[^>]*fill="([^"]+)"/g)].map((m) => m[1]);
const allDots = (svg: string) => svg.match(/<circle/g)?.length ?? 0;
/** Dots of the mark drawn in the no-value grey, and whether that mark comes before (under) the others. */
function greyDots(svg: string): { count: number; first: boolean } {
  const m = svg.match(new RegExp(`<g[^>]*fill="${NO_VALUE_COLOR}"[^>]*>(.*?)</g>`));
  if (!m) return { count: 0, first: false };
  return {
    count: m[1]!.match(/<circle/g)?.length ?? 0,
    first: m.index! < svg.indexOf('<circle') + 1,
  };
}

describe('org map spec', () => {
  it.each(MAP_COLORS)('draws one dot per placed row when coloured by %s', (color) => {
    const svg = renderPlotMarkup(spec(color));
    expect(allDots(svg)).toBe(3);
    expect(svg).toContain('เมืองปัตตานี');
  });

  it('colours pass/fail with the pass colours, the failing dot drawn last (on top)', () => {
    const fills = circles(renderPlotMarkup(spec('pass')));
    expect(fills).toEqual(['#1d4e89', '#1d4e89', '#c0392b']);
  });

  it('draws rows without a value grey, underneath the coloured ones', () => {
    expect(greyDots(renderPlotMarkup(spec('indicator')))).toEqual({ count: 1, first: true });
    expect(greyDots(renderPlotMarkup(spec('completion')))).toEqual({ count: 1, first: true });
    expect(greyDots(renderPlotMarkup(spec('total'))).count).toBe(0);
  });

  it('puts scores below the pass mark in reds and from it in blues', () => {
    const fills = circles(renderPlotMarkup(spec('total')));
    // The two 90s share a class; 72.5 (red) is drawn last.
    expect(fills.slice(0, 2).every((f) => f === fills[0])).toBe(true);
    expect(fills[2]).toBe('#d6604d'); // 70-75: the third of the five reds
    expect(fills[0]).toBe('#4393c3'); // 90-95: the second blue
  });

  it('classes scores from the pass mark of the year, in steps of five up to 100', () => {
    expect(scoreThresholds(85)).toEqual([65, 70, 75, 80, 85, 90, 95]);
    expect(scoreThresholds(80)).toEqual([60, 65, 70, 75, 80, 85, 90, 95]);
  });

  it('reads the colour value by mode and level: shares as percentages, pass as 1 or 0 for one organisation', () => {
    const area = row('94', 6.85, 101.26, { orgs: 4, passed: 3, pass_share: 0.75 });
    expect(colorValue(area, 'pass', 'province')).toBe(75);
    expect(colorValue(rows[1]!, 'pass', 'org')).toBe(0);
    expect(colorValue(rows[0]!, 'completion', 'org')).toBe(50);
    expect(colorValue(rows[2]!, 'completion', 'org')).toBeNull();
  });

  it('sizes area dots by their organisations', () => {
    const s = orgMapSpec([row('94', 6.85, 101.26, { orgs: 4 }), row('23', 12.3, 102.5)], {
      t,
      lang: 'th',
      width: 760,
      color: 'total',
      level: 'province',
      passMark: 85,
      labels: [],
    });
    const radii = [...renderPlotMarkup(s).matchAll(/<circle[^>]* r="([\d.]+)"/g)].map((m) =>
      Number(m[1]),
    );
    expect(radii).toHaveLength(2);
    expect(Math.max(...radii)).toBeGreaterThan(Math.min(...radii));
  });
});

describe('map geometry', () => {
  it('widens the extent of a single place so the projection has an area to fit', () => {
    const e = mapExtent([{ lat: 6.85, lon: 101.26 }]);
    expect(e.north - e.south).toBeCloseTo(0.2, 9);
    expect(e.east - e.west).toBeCloseTo(0.2, 9);
  });

  it("keeps Thailand's height within 1.1 widths and a laptop screen", () => {
    // Thailand runs from about 5.6 to 20.5 N and 97.3 to 105.6 E: nearly twice as tall as wide under Mercator.
    const e = mapExtent([
      { lat: 5.6, lon: 97.3 },
      { lat: 20.5, lon: 105.6 },
    ]);
    expect(mapHeight(e, 700)).toBe(770);
    expect(mapHeight(e, 1000)).toBe(880);
  });

  it('drops a name that would overlap a larger area, keeps names apart', () => {
    const e = mapExtent([
      { lat: 6, lon: 100 },
      { lat: 8, lon: 102 },
    ]);
    const labels = [
      { name: 'ปัตตานี', lat: 6.8, lon: 101.2, weight: 100 },
      { name: 'ยะลา', lat: 6.81, lon: 101.21, weight: 50 },
      { name: 'สงขลา', lat: 7.6, lon: 100.4, weight: 80 },
    ];
    expect(placeLabels(labels, e, 760, 760).map((l) => l.name)).toEqual(['ปัตตานี', 'สงขลา']);
  });

  it('puts an area name at the mean of its placed rows, weighted by nothing but its organisations count', () => {
    const labels = areaLabels(
      [
        { ...row('a', 6, 100), province_code: '94', district_code: '9401' },
        { ...row('b', 8, 102, { orgs: 2 }), province_code: '94', district_code: '9402' },
        { ...row('c', 0, 0, { lat: null, lon: null }), province_code: '94', district_code: '9402' },
      ],
      'province',
    );
    expect(labels).toEqual([{ name: 'ปัตตานี', lat: 7, lon: 101, weight: 3 }]);
  });
});
