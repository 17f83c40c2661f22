// The organisation page's chart specs rendered under jsdom and compared with their SVG snapshots (fixed data).
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/messages';
import { renderPlotMarkup } from '../server/export/render-svg';
import { orgTotalTrendSpec, type OrgYearRow } from './org-total-trend';
import { orgIndicatorBenchmarkSpec, type BenchmarkRow } from './org-indicator-benchmark';
import { completionGridSpec, type CompletionRow } from './completion-grid';

const t = translator('th');

const years: OrgYearRow[] = [
  {
    fiscal_year: 2565,
    total: 78.89,
    level: 'B',
    level_en: 'B',
    passed: false,
    pass_mark: 85,
    source: 'synthetic',
  },
  {
    fiscal_year: 2566,
    total: 87,
    level: 'ผ่าน',
    level_en: 'Pass',
    passed: true,
    pass_mark: 85,
    source: 'synthetic',
  },
  {
    fiscal_year: 2567,
    total: 91.67,
    level: 'ผ่านดี',
    level_en: 'Pass (good)',
    passed: true,
    pass_mark: 85,
    source: 'real',
  },
];

describe('organisation total trend', () => {
  const svg = renderPlotMarkup(orgTotalTrendSpec(years, { t, lang: 'th', width: 640 }));
  it('labels each point with its total and level, and the pass mark', () => {
    expect(svg).toContain('91.67');
    expect(svg).toContain('ผ่านดี');
    expect(svg).toContain('เกณฑ์ผ่าน 85');
    // Real and synthetic years are told apart in the legend.
    expect(svg).toContain('ข้อมูลจริง');
    expect(svg).toContain('ข้อมูลสังเคราะห์');
  });
  it('shortens the labels on a phone and leaves the levels to the tooltip and the table', () => {
    const narrow = renderPlotMarkup(orgTotalTrendSpec(years, { t, lang: 'en', width: 360 }));
    expect(narrow).toContain('91.7');
    expect(narrow).not.toContain('91.67');
    expect(narrow).not.toContain('Pass (good)');
    expect(narrow).toContain('เกณฑ์ผ่าน 85');
  });
  it('matches its snapshot', async () => {
    await expect(svg).toMatchFileSnapshot('__snapshots__/org-total-trend.svg');
  });
});

const bench = (
  code: string,
  value: number | null,
  q: [number, number, number, number, number],
): BenchmarkRow => ({
  code,
  name_th: code === '7' ? 'ประสิทธิภาพการสื่อสาร' : 'การปฏิบัติหน้าที่',
  name_en: code === '7' ? 'Communication efficiency' : 'Performance of duty',
  tool: code === '7' ? 'EIT' : 'IIT',
  sort_key: Number(code) * 100,
  value,
  source: value === null ? null : 'synthetic',
  peers: 4,
  synthetic_peers: 4,
  peer_min: q[0],
  peer_q1: q[1],
  peer_median: q[2],
  peer_q3: q[3],
  peer_max: q[4],
  peer_rank: 2,
});

describe('organisation indicator benchmark', () => {
  const rows = [bench('1', 90, [80, 85, 90, 95, 99]), bench('7', 82.5, [70, 77.5, 85, 91.25, 95])];
  const spec = orgIndicatorBenchmarkSpec(rows, {
    t,
    lang: 'th',
    width: 720,
    passMark: 85,
    weakCodes: new Set(['7']),
    orgName: 'อบต.จะรัง',
  });
  const svg = renderPlotMarkup(spec);
  it('draws a dot per indicator, a middle-half bar and a median tick per peer group, and explains the colours', () => {
    expect(svg.match(/<circle/g)?.length).toBe(2);
    expect(svg).toContain('7 ประสิทธิภาพการสื่อสาร');
    expect(svg).toContain('อบต.จะรัง (ตัวชี้วัดที่อ่อน)');
    expect(svg).toContain('ค่ามัธยฐานของกลุ่ม');
    expect(svg).toContain('ครึ่งกลางของกลุ่ม (Q1-Q3)');
  });
  it('colours only the weak indicator in the warning colour', () => {
    const dots = [...svg.matchAll(/<circle[^>]*fill="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(dots).size).toBe(2);
  });
  it('uses codes alone on a phone', () => {
    const narrow = renderPlotMarkup(
      orgIndicatorBenchmarkSpec(rows, {
        t,
        lang: 'th',
        width: 360,
        passMark: 85,
        weakCodes: new Set(),
        orgName: 'อบต.จะรัง',
      }),
    );
    expect(narrow).not.toContain('ประสิทธิภาพการสื่อสาร');
  });
  it('matches its snapshot', async () => {
    await expect(svg).toMatchFileSnapshot('__snapshots__/org-indicator-benchmark.svg');
  });
});

describe('completion grid', () => {
  const rows: CompletionRow[] = [
    {
      org_code: '6940907',
      fiscal_year: 2567,
      round: '6m',
      measures: 3,
      completed: 1,
      completed_share: 1 / 3,
      synthetic: false,
    },
    {
      org_code: '6940907',
      fiscal_year: 2567,
      round: '12m',
      measures: 4,
      completed: 3,
      completed_share: 0.75,
      synthetic: false,
    },
    {
      org_code: '6230107',
      fiscal_year: 2567,
      round: '12m',
      measures: 2,
      completed: 0,
      completed_share: 0,
      synthetic: true,
    },
    {
      org_code: '6230107',
      fiscal_year: 2567,
      round: 'unknown',
      measures: 1,
      completed: 1,
      completed_share: 1,
      synthetic: true,
    },
  ];
  const orgs = [
    { code: '6940907', label: 'อบต.จะรัง' },
    { code: '6230107', label: 'อบต.วังกระแจะ (เมืองตราด, ตราด)' },
  ];
  const svg = renderPlotMarkup(completionGridSpec(rows, { t, width: 720, orgs }));
  it('writes the share in each cell and names the organisations with their place', () => {
    expect(svg).toContain('33%');
    expect(svg).toContain('75%');
    expect(svg).toContain('0%');
    expect(svg).toContain('อบต.วังกระแจะ (เมืองตราด, ตราด)');
    expect(svg).toContain('รอบ 12 เดือน');
    // A report that does not say its round gets its own panel, named in words.
    expect(svg).toContain('ไม่ระบุรอบ');
    // The colour legend says what the bands mean.
    expect(svg).toContain('ดำเนินการแล้ว (%)');
    expect(svg.match(/<rect/g)!.length).toBeGreaterThanOrEqual(3);
  });
  it('stacks the rounds on a phone and keeps the place of a same-name organisation on a second line', () => {
    const narrow = renderPlotMarkup(completionGridSpec(rows, { t, width: 360, orgs }));
    expect(narrow).toContain('(เมืองตราด, ตราด)');
    expect(narrow).not.toContain('…');
    expect(narrow).toContain('รอบ 6 เดือน');
  });
  it('matches its snapshot', async () => {
    await expect(svg).toMatchFileSnapshot('__snapshots__/completion-grid.svg');
  });
});
