// The official-figure marks in the charts that carry them: drawn from the official rows, named once, sourced on hover, absent without rows.
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/messages';
import type { OfficialNationalRow, OfficialTypeRow } from '../ita/official';
import { renderPlotMarkup } from '../server/export/render-svg';
import { nationalSharePoints, typeMeanPoints } from './official-marks';
import { orgTotalTrendSpec } from './org-total-trend';
import { passShareTrendSpec } from './pass-share-trend';
import { provinceOrgTotalsSpec } from './province-org-totals';

const t = translator('th');
const en = translator('en');

const source = (fy: number) => ({
  fiscal_year: fy,
  publisher_th: 'สำนักงาน ป.ป.ช. (รายงานต่อคณะรัฐมนตรี)',
  publisher_en: 'NACC (report to the Cabinet)',
  source_th: `สำนักงาน ป.ป.ช. (รายงานต่อคณะรัฐมนตรี): รายงานผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ${fy}`,
  source_en: `NACC (report to the Cabinet): ITA results report for fiscal year ${fy}`,
  source_url: 'https://www.thaigov.go.th',
  source_doc: `รายงานผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ${fy}`,
  source_note: '',
});
// Figures as the cabinet reports print them (data/official/national_by_year.csv).
const national: OfficialNationalRow[] = [
  { ...source(2562), agencies: null, mean_total: 66.75, passed: null, pass_share: null },
  { ...source(2566), agencies: 8323, mean_total: 90.19, passed: 6737, pass_share: 0.8094 },
  { ...source(2567), agencies: 8325, mean_total: 93.05, passed: 7696, pass_share: 0.9244 },
];
const sao: OfficialTypeRow[] = [
  {
    ...source(2565),
    report_year: 2565,
    type: 'sao',
    org_type_th: 'อบต.',
    agencies: 5300,
    mean_total: 87.04,
    pass_share: 0.6809,
  },
  {
    ...source(2566),
    report_year: 2566,
    type: 'sao',
    org_type_th: 'องค์การบริหารส่วนตำบล',
    agencies: 5300,
    mean_total: 90.11,
    pass_share: 0.8011,
  },
];

/** The <title> texts of the official diamonds, in drawing order. */
function officialTitles(svg: string): string[] {
  const group = svg.match(/<g[^>]* class="official"[^>]*>([\s\S]*?)<\/g>/)?.[1] ?? '';
  return [...group.matchAll(/<title>([\s\S]*?)<\/title>/g)].map((m) => m[1]!);
}

describe('nationalSharePoints', () => {
  it('turns shares into percentages and skips years without a published share', () => {
    const points = nationalSharePoints(national, t, 'th');
    expect(points.map((p) => [p.fiscal_year, p.value])).toEqual([
      [2566, 80.94],
      [2567, 92.44],
    ]);
    expect(points[0]!.title).toContain('ตัวเลขทางการ ป.ป.ช. ปีงบประมาณ 2566: 80.9%');
    expect(points[0]!.title).toContain('ที่มา: สำนักงาน ป.ป.ช. (รายงานต่อคณะรัฐมนตรี)');
  });
});

describe('pass share trend with the official national share', () => {
  const rows = [2565, 2566, 2567].map((fy, i) => ({
    fiscal_year: fy,
    pass_share: [0.6, 0.75, 0.9][i]!,
    target_share: 0.8,
    orgs: 7283,
  }));
  const svg = renderPlotMarkup(
    passShareTrendSpec(rows, { t, width: 640, official: nationalSharePoints(national, t, 'th') }),
  );

  it('draws a diamond for each official year shown, with its year, value and source on hover', () => {
    expect(officialTitles(svg)).toEqual([
      expect.stringMatching(/ปีงบประมาณ 2566: 80\.9%[\s\S]*พ\.ศ\. 2566$/),
      expect.stringMatching(/ปีงบประมาณ 2567: 92\.4%[\s\S]*พ\.ศ\. 2567$/),
    ]);
    expect(svg).toContain('class="official-line"');
  });

  it('names the series once', () => {
    expect(svg.match(/ตัวเลขทางการ/g)?.length).toBe(1 + officialTitles(svg).length);
    expect(svg).toMatch(/class="official-label"[\s\S]*?ตัวเลขทางการ/);
  });

  it('leaves out official years the chart does not show, and draws nothing without official rows', () => {
    const one = renderPlotMarkup(
      passShareTrendSpec(rows.slice(0, 2), {
        t,
        width: 640,
        official: nationalSharePoints(national, t, 'th'),
      }),
    );
    expect(officialTitles(one)).toHaveLength(1);
    const none = renderPlotMarkup(passShareTrendSpec(rows, { t, width: 640 }));
    expect(none).not.toContain('official');
  });
});

describe('organisation trend with the official mean of its type', () => {
  const rows = [2564, 2565, 2566, 2567].map((fy, i) => ({
    fiscal_year: fy,
    total: [78, 86.5, 91.2, 93][i]!,
    level: null,
    level_en: null,
    passed: i > 0,
    pass_mark: 85,
    source: 'synthetic' as const,
  }));
  it('marks 2565 and 2566 with the อบต. means, named as the report names the type, in both languages', () => {
    const th = renderPlotMarkup(
      orgTotalTrendSpec(rows, {
        t,
        lang: 'th',
        width: 720,
        official: typeMeanPoints(sao, t, 'th'),
      }),
    );
    expect(officialTitles(th)).toEqual([
      expect.stringMatching(/^ค่าเฉลี่ยทางการ อบต\. \(ป\.ป\.ช\.\) ปีงบประมาณ 2565: 87\.04/),
      expect.stringMatching(
        /^ค่าเฉลี่ยทางการ องค์การบริหารส่วนตำบล \(ป\.ป\.ช\.\) ปีงบประมาณ 2566: 90\.11/,
      ),
    ]);
    const english = renderPlotMarkup(
      orgTotalTrendSpec(rows, {
        t: en,
        lang: 'en',
        width: 720,
        official: typeMeanPoints(sao, en, 'en'),
      }),
    );
    // The name wraps onto two lines (lineWidth), so its words are in separate tspans.
    expect(english).toMatch(/class="official-label"[\s\S]*?Official NACC/);
    expect(officialTitles(english)[1]).toMatch(/Source: NACC \(report to the Cabinet\)/);
  });
});

describe('province totals with the official mean of the type', () => {
  it('draws one labelled rule at the official mean', () => {
    const svg = renderPlotMarkup(
      provinceOrgTotalsSpec(
        [
          {
            org_code: '6940907',
            short_name_th: 'อบต.จะรัง',
            district_th: 'ยะหริ่ง',
            total: 84.99,
            passed: false,
            compare_total: null,
            level: null,
          },
          {
            org_code: '6940108',
            short_name_th: 'อบต.ตะลุโบะ',
            district_th: 'เมืองปัตตานี',
            total: 91.67,
            passed: true,
            compare_total: null,
            level: null,
          },
        ],
        {
          t,
          width: 640,
          passMark: 85,
          compareYear: null,
          href: (r) => `/org/${r.org_code}`,
          official: [{ value: 90.11, label: 'ค่าเฉลี่ยทางการ อบต. 90.11', title: 'ที่มา: ป.ป.ช. 2566' }],
        },
      ),
    );
    expect(officialTitles(svg)).toEqual(['ที่มา: ป.ป.ช. 2566']);
    expect(svg).toMatch(/class="official-label"[\s\S]*?ค่าเฉลี่ยทางการ อบต\. 90\.11/);
  });
});
