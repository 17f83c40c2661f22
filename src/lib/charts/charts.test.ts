// Every chart spec rendered under jsdom and compared with its SVG snapshot (fixed data, no clock, no randomness).
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/messages';
import { renderPlotMarkup } from '../server/export/render-svg';
import { passShareTrendSpec } from './pass-share-trend';
import { totalDistributionSpec, type HistogramRow } from './total-distribution';

const t = translator('th');

const histogram: HistogramRow[] = [
  { fiscal_year: 2564, bin_start: 80, bin_end: 82.5, source: 'synthetic', orgs: 12 },
  { fiscal_year: 2564, bin_start: 85, bin_end: 87.5, source: 'synthetic', orgs: 20 },
  { fiscal_year: 2564, bin_start: 85, bin_end: 87.5, source: 'real', orgs: 3 },
  { fiscal_year: 2568, bin_start: 92.5, bin_end: 95, source: 'synthetic', orgs: 40 },
];

describe('total distribution', () => {
  const svg = renderPlotMarkup(
    totalDistributionSpec(histogram, {
      t,
      width: 640,
      passMarks: [
        { fiscal_year: 2564, pass_mark: 85 },
        { fiscal_year: 2568, pass_mark: 85 },
      ],
    }),
  );
  it('draws one bar per bin and source, a pass-mark rule per year, and a Thai legend', () => {
    expect(svg.match(/<rect /g)?.length).toBeGreaterThanOrEqual(4);
    expect(svg).toContain('ข้อมูลสังเคราะห์');
    expect(svg).toContain('ข้อมูลจริง');
    expect(svg).toContain('คะแนนรวม');
  });
  it('matches its snapshot', async () => {
    await expect(svg).toMatchFileSnapshot('__snapshots__/total-distribution.svg');
  });
});

describe('pass share trend', () => {
  const svg = renderPlotMarkup(
    passShareTrendSpec(
      [
        { fiscal_year: 2564, pass_share: 0.5222, target_share: 0.8, orgs: 879 },
        { fiscal_year: 2568, pass_share: 0.9417, target_share: 0.8, orgs: 8317 },
      ],
      { t, width: 640 },
    ),
  );
  it('labels the points and the target', () => {
    expect(svg).toContain('52.2%');
    expect(svg).toContain('94.2%');
    expect(svg).toContain('เป้าหมาย 80%');
  });
  it('matches its snapshot', async () => {
    await expect(svg).toMatchFileSnapshot('__snapshots__/pass-share-trend.svg');
  });
});
