// Snapshot and content checks for the area ranking by share passing (fixed data).
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/messages';
import { renderPlotMarkup } from '../server/export/render-svg';
import { areaPassRankingSpec, meanTargetNote, type AreaPassRow } from './area-pass-ranking';

const t = translator('th');
const rows: AreaPassRow[] = [
  {
    area_code: '23',
    area_th: 'ตราด',
    orgs: 30,
    passed: 29,
    pass_share: 29 / 30,
    mean_total: 93.1,
    target_share: 0.8,
  },
  {
    area_code: '94',
    area_th: 'ปัตตานี',
    orgs: 115,
    passed: 109,
    pass_share: 109 / 115,
    mean_total: 93.6,
    target_share: 0.8,
  },
  {
    area_code: '33',
    area_th: 'ศรีสะเกษ',
    orgs: 200,
    passed: 150,
    pass_share: 0.75,
    mean_total: 88.2,
    target_share: 0.8,
  },
];

describe('area pass ranking', () => {
  const svg = renderPlotMarkup(
    areaPassRankingSpec(rows, {
      t,
      width: 640,
      href: (r) => `/province/${r.area_code}`,
      highlight: '94',
    }),
  );
  it('links each bar to its province and marks the target', () => {
    expect(svg).toContain('href="/province/94"');
    expect(svg).toContain('href="/province/33"');
    expect(svg).toContain('เป้าหมาย 80%');
    expect(svg).toContain('96.7%');
    expect(svg).toContain('ต่ำกว่าเป้าหมาย');
  });
  it('outlines the highlighted area', () => {
    expect(svg).toContain('stroke="#111827"');
  });
  it('matches its snapshot', async () => {
    await expect(svg).toMatchFileSnapshot('__snapshots__/area-pass-ranking.svg');
  });
  it('draws no links for districts', () => {
    const d = renderPlotMarkup(areaPassRankingSpec(rows, { t, width: 640, href: null }));
    expect(d).not.toContain('href=');
  });
});

describe('meanTargetNote', () => {
  const row = (area_th: string, mean_total: number, target_mean: number | null): AreaPassRow => ({
    area_code: area_th,
    area_th,
    orgs: 10,
    passed: 8,
    pass_share: 0.8,
    mean_total,
    target_share: 1,
    target_mean,
  });
  it('counts areas whose mean is below the 2566+ target mean (89.00 meets it)', () => {
    const rows = [row('ก', 92, 89), row('ข', 89, 89), row('ค', 88.99, 89)];
    expect(meanTargetNote(rows, translator('th'), 'th')).toBe(
      ' คะแนนเฉลี่ยต่ำกว่าเป้าหมาย 89 คะแนน 1 จาก 3 พื้นที่',
    );
    expect(meanTargetNote(rows, translator('en'), 'en')).toBe(
      ' 1 of 3 areas have a mean below the target of 89.',
    );
  });
  it('says nothing for a year whose target is a share only', () => {
    expect(meanTargetNote([row('ก', 80, null)], translator('th'), 'th')).toBe('');
  });
});
