// Snapshot and content checks for the province's organisations by total (fixed data).
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/messages';
import { renderPlotMarkup } from '../server/export/render-svg';
import { provinceOrgTotalsSpec, type OrgTotalRow } from './province-org-totals';

const t = translator('th');
const rows: OrgTotalRow[] = [
  {
    org_code: '6940907',
    short_name_th: 'อบต.จะรัง',
    district_th: 'ยะหริ่ง',
    total: 84.99,
    passed: false,
    compare_total: 94.99,
    level: 'ต้องปรับปรุง',
  },
  {
    org_code: '6940104',
    short_name_th: 'อบต.บาราเฮาะ',
    district_th: 'เมืองปัตตานี',
    total: 96,
    passed: true,
    compare_total: 84.99,
    level: 'ผ่านดี',
  },
  {
    org_code: '6940908',
    short_name_th: 'อบต.ตะโละ',
    district_th: 'ยะหริ่ง',
    total: 88,
    passed: true,
    compare_total: null,
    level: 'ผ่าน',
  },
];

describe('province organisation totals', () => {
  const svg = renderPlotMarkup(
    provinceOrgTotalsSpec(rows, {
      t,
      width: 640,
      passMark: 85,
      compareYear: 2565,
      href: (r) => `/org/${r.org_code}`,
    }),
  );
  it('links every dot to its organisation and draws the pass mark', () => {
    expect(svg.match(/<circle /g)).toHaveLength(3);
    expect(svg).toContain('href="/org/6940907"');
    expect(svg).toContain('ไม่ผ่าน');
    expect(svg).toContain('>85<');
  });
  it('draws a stem from the comparison year only where there is one', () => {
    const links = svg.match(/<g aria-label="link"[^>]*>(.*?)<\/g>/)?.[1] ?? '';
    expect(links.match(/<path /g)).toHaveLength(2);
  });
  it('matches its snapshot', async () => {
    await expect(svg).toMatchFileSnapshot('__snapshots__/province-org-totals.svg');
  });
});
