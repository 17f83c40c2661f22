// The /changes charts rendered under jsdom with fixed data: distribution, arrows per organisation, transitions, indicators.
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/messages';
import { renderPlotMarkup } from '../server/export/render-svg';
import { changeDumbbellSpec, type ChangeOrgRow } from './change-dumbbell';
import { changeHistogramSpec } from './change-histogram';
import { changeIndicatorsSpec } from './change-indicators';
import { changeTransitionsSpec, type TransitionRow } from './change-transitions';
import { directionOf } from './direction-colors';

const t = translator('th');

describe('direction of travel', () => {
  it('rounds to two decimals before comparing with the threshold', () => {
    expect(directionOf(64.1 - 63.1, 1)).toBe('improving');
    expect(directionOf(-1, 1)).toBe('worsening');
    expect(directionOf(0.99, 1)).toBe('stable');
    expect(directionOf(-0.99, 1)).toBe('stable');
  });
});

describe('change histogram', () => {
  const svg = renderPlotMarkup(
    changeHistogramSpec(
      [
        { bin_start: -17, bin_end: -15, direction: 'worsening', orgs: 1 },
        { bin_start: -1, bin_end: 1, direction: 'stable', orgs: 12 },
        { bin_start: -1, bin_end: 1, direction: 'worsening', orgs: 2 },
        { bin_start: 1, bin_end: 3, direction: 'improving', orgs: 20 },
        { bin_start: 9, bin_end: 11, direction: 'improving', orgs: 3 },
      ],
      { t, width: 640, threshold: 1 },
    ),
  );
  it('stacks bars by direction with a Thai legend and the threshold lines', () => {
    expect(svg.match(/<rect /g)?.length).toBeGreaterThanOrEqual(5);
    expect(svg).toContain('ดีขึ้น');
    expect(svg).toContain('แย่ลง');
    expect(svg).toContain('คงที่');
    expect(svg).toContain('+10');
  });
  it('matches its snapshot', async () => {
    await expect(svg).toMatchFileSnapshot('__snapshots__/change-histogram.svg');
  });
});

function org(code: string, name: string, before: number, now: number, order: number): ChangeOrgRow {
  const change = Math.round((now - before) * 100) / 100;
  return {
    org_code: code,
    short_name_th: name,
    district_th: 'ยะหริ่ง',
    province_th: 'ปัตตานี',
    total_before: before,
    total_now: now,
    change,
    direction: directionOf(change, 1),
    rank_before: order,
    rank_now: 5 - order,
    rank_change: order - (5 - order),
    level_before: 'ต้องปรับปรุง',
    level_now: 'ผ่าน',
    level_en_before: 'Needs improvement',
    level_en_now: 'Pass',
    gain_order: order,
    decline_order: 5 - order,
    synthetic: true,
  };
}

describe('change dumbbell', () => {
  const rows = [
    org('6940907', 'อบต.จะรัง', 80.5, 90, 1),
    org('6940908', 'อบต.ตะโละ', 84.1, 85.1, 2),
    org('6940108', 'อบต.ตะลุโบะ', 80, 79.2, 3),
    org('6940104', 'อบต.บาราเฮาะ', 86, 69.9, 4),
  ];
  const spec = changeDumbbellSpec(rows, {
    t,
    width: 720,
    year: 2567,
    compare: 2566,
    passMark: 85,
    withProvince: false,
  });
  const svg = renderPlotMarkup(spec);
  it('draws an arrow and two dots per organisation, named and linked', () => {
    expect(svg.match(/<circle /g)).toHaveLength(8);
    expect(svg).toContain('href="/org/6940104"');
    expect(svg).toContain('อบต.บาราเฮาะ');
    expect(svg).toContain('+9.50');
    expect(svg).toContain('-16.10');
  });
  it('puts the largest rise on top', () => {
    expect((spec.y as { domain: string[] }).domain).toEqual([
      '6940907',
      '6940908',
      '6940108',
      '6940104',
    ]);
  });
  it('matches its snapshot', async () => {
    await expect(svg).toMatchFileSnapshot('__snapshots__/change-dumbbell.svg');
  });
});

describe('change transitions', () => {
  const rows: TransitionRow[] = [
    ['AA', 'ต้องปรับปรุง', 1, 4, 1],
    ['A', 'ผ่าน', 2, 3, 7],
    ['B', 'ต้องปรับปรุง', 3, 4, 2],
  ].map(([b, n, rb, rn, orgs]) => ({
    level_before: b as string,
    level_now: n as string,
    level_en_before: b as string,
    level_en_now: n === 'ผ่าน' ? 'Pass' : 'Needs improvement',
    rank_before: rb as number,
    rank_now: rn as number,
    grading_before: 'level',
    grading_now: 'rating',
    orgs: orgs as number,
  }));
  const svg = renderPlotMarkup(
    changeTransitionsSpec(rows, { t, lang: 'th', width: 640, year: 2566, compare: 2565 }),
  );
  it('draws a cell per move with its count, levels in grading order', () => {
    expect(svg).toContain('>7<');
    expect(svg).toContain('ปี 2566');
    expect(svg).toContain('ปี 2565');
    expect(svg.indexOf('>ผ่าน<')).toBeLessThan(svg.indexOf('>ต้องปรับปรุง<'));
  });
  it('uses English labels in English', () => {
    const en = renderPlotMarkup(
      changeTransitionsSpec(rows, {
        t: translator('en'),
        lang: 'en',
        width: 640,
        year: 2566,
        compare: 2565,
      }),
    );
    expect(en).toContain('Needs improvement');
  });
  it('matches its snapshot', async () => {
    await expect(svg).toMatchFileSnapshot('__snapshots__/change-transitions.svg');
  });
});

describe('change per indicator', () => {
  const svg = renderPlotMarkup(
    changeIndicatorsSpec(
      [
        {
          code: '1',
          name_th: 'การปฏิบัติหน้าที่',
          name_en: 'Performance of duty',
          tool: 'IIT',
          sort_key: 100,
          orgs: 4,
          mean_before: 87.5,
          mean_now: 84.5,
          mean_change: -3,
          improving: 1,
          stable: 1,
          worsening: 2,
        },
        {
          code: '7',
          name_th: 'ประสิทธิภาพการสื่อสาร',
          name_en: 'Communication efficiency',
          tool: 'EIT',
          sort_key: 700,
          orgs: 4,
          mean_before: 85,
          mean_now: 88,
          mean_change: 3,
          improving: 3,
          stable: 0,
          worsening: 1,
        },
        {
          code: '10',
          name_th: 'การป้องกันการทุจริต',
          name_en: 'Corruption prevention',
          tool: 'OIT',
          sort_key: 1000,
          orgs: 4,
          mean_before: 68.75,
          mean_now: 76.5625,
          mean_change: 7.8125,
          improving: 2,
          stable: 2,
          worsening: 0,
        },
      ],
      { t, lang: 'th', width: 720, threshold: 1 },
    ),
  );
  it('labels each bar with its signed mean change, largest rise first', () => {
    expect(svg).toContain('+7.81');
    expect(svg).toContain('-3.00');
    expect(svg.indexOf('10 การป้องกันการทุจริต')).toBeLessThan(svg.indexOf('1 การปฏิบัติหน้าที่'));
  });
  it('matches its snapshot', async () => {
    await expect(svg).toMatchFileSnapshot('__snapshots__/change-indicators.svg');
  });
});
