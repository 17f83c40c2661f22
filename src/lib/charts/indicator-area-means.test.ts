// The area-comparison charts of /indicators rendered under jsdom: means per area and shares below the pass mark.
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/messages';
import { renderPlotMarkup } from '../server/export/render-svg';
import {
  indicatorAreaMeansSpec,
  indicatorBelowShareSpec,
  type IndicatorSummaryRow,
} from './indicator-area-means';
import { indicatorLabel } from './indicator-label';

const t = translator('th');

function row(
  code: string,
  area: IndicatorSummaryRow['area_level'],
  mean: number,
  share: number,
): IndicatorSummaryRow {
  const names: Record<string, [string, string]> = {
    '7': ['ประสิทธิภาพการสื่อสาร', 'Communication efficiency'],
    '10': ['การป้องกันการทุจริต', 'Corruption prevention'],
  };
  return {
    area_level: area,
    area_code: area === 'nation' ? null : '94',
    code,
    parent_code: null,
    tool: code === '7' ? 'EIT' : 'OIT',
    name_th: names[code]![0],
    name_en: names[code]![1],
    sort_key: Number(code) * 100,
    weight_unconfirmed: code === '10',
    name_unconfirmed: false,
    orgs: area === 'nation' ? 7283 : 115,
    mean_value: mean,
    median_value: mean + 1,
    below_pass: Math.round(share * 100),
    below_share: share,
    weak_orgs: null,
    weak_share: null,
    pass_mark: 85,
    synthetic_orgs: 0,
  };
}

const rows = [
  row('7', 'province', 88.5, 0.12),
  row('7', 'nation', 91.77, 0.05),
  row('10', 'province', 72.4, 0.481),
  row('10', 'nation', 80.1, 0.3),
];
const areaNames = { province: 'จ.ปัตตานี', nation: 'ทั้งประเทศ' };

describe('indicator labels', () => {
  it('put the code first, cut long names and mark unconfirmed ones', () => {
    expect(
      indicatorLabel(
        { code: '10', name_th: 'การป้องกันการทุจริต', name_en: 'x', unconfirmed: true },
        'th',
      ),
    ).toBe('10 การป้องกันการทุจริต*');
    expect(
      indicatorLabel(
        { code: '8', name_th: 'x', name_en: 'Improvement of the work system' },
        'en',
        false,
        12,
      ),
    ).toBe('8 Improvement…');
    expect(
      indicatorLabel({ code: '9.2', name_th: 'x', name_en: 'y', unconfirmed: false }, 'th', true),
    ).toBe('9.2');
  });
});

describe('indicator area means', () => {
  const svg = renderPlotMarkup(
    indicatorAreaMeansSpec(rows, { t, lang: 'th', width: 720, areaNames }),
  );
  it('draws a dot per indicator and area, a legend naming the areas, and the pass mark', () => {
    expect(svg.match(/<circle /g)).toHaveLength(4);
    expect(svg).toContain('จ.ปัตตานี');
    expect(svg).toContain('ทั้งประเทศ');
    expect(svg).toContain('10 การป้องกันการทุจริต*');
    expect(svg).toContain('คะแนนเฉลี่ย');
  });
  it('keeps only codes on a phone', () => {
    const narrow = renderPlotMarkup(
      indicatorAreaMeansSpec(rows, { t, lang: 'th', width: 360, areaNames }),
    );
    expect(narrow).not.toContain('การป้องกันการทุจริต');
    expect(narrow).toContain('>10*<');
  });
  it('matches its snapshot', async () => {
    await expect(svg).toMatchFileSnapshot('__snapshots__/indicator-area-means.svg');
  });
});

describe('indicator below-share bars', () => {
  const svg = renderPlotMarkup(
    indicatorBelowShareSpec(rows, { t, lang: 'th', width: 720, areaNames }),
  );
  it('draws a bar per indicator and area with its percentage', () => {
    expect(svg.match(/<rect /g)?.length).toBeGreaterThanOrEqual(4);
    expect(svg).toContain('48.1%');
    expect(svg).toContain('ร้อยละที่ต่ำกว่าเกณฑ์');
  });
  it('matches its snapshot', async () => {
    await expect(svg).toMatchFileSnapshot('__snapshots__/indicator-below-share.svg');
  });
});
