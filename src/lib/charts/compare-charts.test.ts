// The compare page's chart specs rendered under jsdom and compared with their SVG snapshots (fixed data).
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/messages';
import { renderPlotMarkup } from '../server/export/render-svg';
import { compareIndicatorProfileSpec, type CompareIndicatorRow } from './compare-indicator-profile';
import { compareTotalTrendSpec, type CompareTotalRow } from './compare-total-trend';
import { ORG_PALETTE } from './compare-palette';

const t = translator('th');
// Two SAOs named วังกระแจะ: the legend must tell them apart.
const orgs = [
  { code: '6230107', label: 'อบต.วังกระแจะ (เมืองตราด, ตราด)' },
  { code: '6710207', label: 'อบต.วังกระแจะ (ไทรโยค, กาญจนบุรี)' },
  { code: '6940907', label: 'อบต.จะรัง' },
];

const ind = (org_code: string, code: string, value: number): CompareIndicatorRow => ({
  org_code,
  code,
  name_th: code === '1' ? 'การปฏิบัติหน้าที่' : 'การป้องกันการทุจริต',
  name_en: code === '1' ? 'Performance of duty' : 'Corruption prevention',
  tool: code === '1' ? 'IIT' : 'OIT',
  sort_key: Number(code) * 100,
  value,
  source: 'synthetic',
  pass_mark: 85,
});

describe('compare indicator profile', () => {
  const rows = [
    ind('6230107', '1', 95),
    ind('6710207', '1', 95),
    ind('6940907', '1', 88),
    ind('6230107', '10', 62.5),
    ind('6710207', '10', 100),
    ind('6940907', '10', 75),
  ];
  const svg = renderPlotMarkup(
    compareIndicatorProfileSpec(rows, { t, lang: 'th', width: 720, orgs }),
  );
  it('draws a dot per organisation and indicator, with same-name organisations told apart in the legend', () => {
    expect(svg.match(/<circle/g)?.length).toBe(6);
    expect(svg).toContain('อบต.วังกระแจะ (เมืองตราด, ตราด)');
    expect(svg).toContain('อบต.วังกระแจะ (ไทรโยค, กาญจนบุรี)');
    expect(svg).toContain('10 การป้องกันการทุจริต');
  });
  it('gives each organisation its own colour, and its own lane so equal scores stay visible', () => {
    for (const c of ORG_PALETTE.slice(0, 3)) expect(svg).toContain(c);
    // 6230107 and 6710207 both score 95 on indicator 1: each organisation's dots are shifted to its own lane.
    const lanes = [...svg.matchAll(/aria-label="dot"[^>]*?(transform="[^"]*")?>/g)].map(
      (m) => m[1] ?? 'none',
    );
    expect(new Set(lanes).size).toBe(3);
  });
  it('matches its snapshot', async () => {
    await expect(svg).toMatchFileSnapshot('__snapshots__/compare-indicator-profile.svg');
  });
});

describe('compare total trend', () => {
  const tot = (org_code: string, fiscal_year: number, total: number): CompareTotalRow => ({
    org_code,
    fiscal_year,
    total,
    level: total >= 85 ? 'ผ่าน' : 'ต้องปรับปรุง',
    passed: total >= 85,
    pass_mark: 85,
    source: 'synthetic',
  });
  const rows = [
    tot('6230107', 2566, 80),
    tot('6230107', 2567, 86),
    tot('6710207', 2566, 90),
    tot('6710207', 2567, 92.5),
    tot('6940907', 2566, 70),
    tot('6940907', 2567, 91.67),
  ];
  const svg = renderPlotMarkup(compareTotalTrendSpec(rows, { t, width: 640, orgs }));
  it('draws a line per organisation with a legend naming district and province for same names', () => {
    expect(svg.match(/<circle/g)?.length).toBe(6);
    expect(svg).toContain('อบต.วังกระแจะ (ไทรโยค, กาญจนบุรี)');
    expect(svg).toContain('อบต.จะรัง');
    expect(svg).toContain('คะแนนรวม');
  });
  it('matches its snapshot', async () => {
    await expect(svg).toMatchFileSnapshot('__snapshots__/compare-total-trend.svg');
  });
});
