// The organisations × indicators heatmap: row sorting, weak outlines, links, and its SVG snapshot.
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/messages';
import { renderPlotMarkup } from '../server/export/render-svg';
import { heatmapRowOrder, indicatorHeatmapSpec, type HeatmapCell } from './indicator-heatmap';

const t = translator('th');

function cell(
  row: string,
  name: string,
  code: string,
  value: number,
  weak = value < 85,
): HeatmapCell {
  return {
    row_kind: 'org',
    row_code: row,
    row_name: name,
    district_th: 'ยะหริ่ง',
    code,
    sort_key: code === 'TOTAL' ? 0 : Number(code) * 100,
    value,
    weak,
    weak_share: weak ? 1 : 0,
    orgs: 1,
    synthetic_orgs: 1,
  };
}

const cells = [
  cell('6940907', 'อบต.จะรัง', 'TOTAL', 80.4),
  cell('6940907', 'อบต.จะรัง', '7', 70),
  cell('6940908', 'อบต.ตะโละ', 'TOTAL', 89.6),
  cell('6940908', 'อบต.ตะโละ', '7', 90),
  cell('6940108', 'อบต.ตะลุโบะ', 'TOTAL', 77.25),
  cell('6940108', 'อบต.ตะลุโบะ', '7', 70),
  cell('6940104', 'อบต.บาราเฮาะ', 'TOTAL', 99.3),
];

describe('heatmap row order', () => {
  it('sorts by a column, missing values last, ties by name', () => {
    expect(heatmapRowOrder(cells, '7', 'asc')).toEqual([
      '6940907',
      '6940108',
      '6940908',
      '6940104',
    ]);
    expect(heatmapRowOrder(cells, '7', 'desc')).toEqual([
      '6940908',
      '6940907',
      '6940108',
      '6940104',
    ]);
    expect(heatmapRowOrder(cells, 'TOTAL', 'desc')).toEqual([
      '6940104',
      '6940908',
      '6940907',
      '6940108',
    ]);
  });
  it('sorts by name in Thai order', () => {
    // จะรัง, ตะลุโบะ, ตะโละ, บาราเฮาะ: Thai collation reads the leading vowel โ after its consonant.
    expect(heatmapRowOrder(cells, 'name', 'asc')).toEqual([
      '6940907',
      '6940108',
      '6940908',
      '6940104',
    ]);
    expect(heatmapRowOrder(cells, 'name', 'desc')).toEqual([
      '6940104',
      '6940908',
      '6940108',
      '6940907',
    ]);
  });
});

describe('indicator heatmap', () => {
  const spec = indicatorHeatmapSpec(cells, {
    t,
    lang: 'th',
    width: 720,
    columns: [
      { code: 'TOTAL', header: 'รวม', name: 'คะแนนรวม' },
      { code: '7', header: '7*', name: 'ประสิทธิภาพการสื่อสาร' },
    ],
    rowOrder: heatmapRowOrder(cells, 'TOTAL', 'asc'),
    passMark: 85,
    href: (c) => `/org/${c.row_code}`,
  });
  const svg = renderPlotMarkup(spec);
  it('draws a cell per value, outlines the weak ones and links rows to the organisation page', () => {
    // 7 filled cells, 4 weak outlines (80.4, 70, 77.25, 70).
    expect(svg.match(/<rect /g)?.length).toBeGreaterThanOrEqual(11);
    expect(svg.match(/stroke="#111827"/g)?.length ?? svg.match(/#111827/g)?.length).toBeGreaterThan(
      0,
    );
    expect(svg).toContain('href="/org/6940907"');
    expect(svg).toContain('อบต.จะรัง (ยะหริ่ง)');
    expect(svg).toContain('7*');
    expect(svg).toContain('80.4');
  });
  it('is as tall as its rows', () => {
    expect(spec.height).toBe(40 + 20 * 4);
  });
  it('matches its snapshot', async () => {
    await expect(svg).toMatchFileSnapshot('__snapshots__/indicator-heatmap.svg');
  });
});
