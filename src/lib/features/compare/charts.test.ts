// The compare page's ChartDefs on the hand-made fixture org-scores.csv + org-measures.csv (data/fixtures/README.md):
// views other than the export test's default (another year, three organisations, same-name SAOs, an area scope that
// must not filter the organisations, English), each checked against values read from the fixture's README.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../i18n/messages';
import { openDatabase, type Database } from '../../server/db/database';
import { FIXTURE_DIR, loadFixtureMeasures, loadFixtureScores } from '../../server/db/fixture-db';
import { chartContext, resolveScope } from '../../server/export/chart-context';
import { pageCharts, pageLoadContext } from '../../server/page-charts';
import { queryRunner, type QueryRunner } from '../../server/queries/query-runner';
import { ChartParamError, type ChartDef, type ChartView } from '../chart-view';
import {
  COMPARE_CHARTS,
  compareCompletion,
  compareIndicatorProfile,
  compareTotalTrend,
  syntheticYears,
} from './charts';

// The fixture's SAOs: A จะรัง, B ตะโละ, C ตะโละกาโปร์, D ตะลุโบะ (ปัตตานี), F วังกระแจะ (ตราด), G วังกระแจะ (กาญจนบุรี).
const A = '6940907';
const B = '6940908';
const C = '6940909';
const D = '6940108';
const F = '6230107';
const G = '6710207';

let db: Database;
let runner: QueryRunner;
beforeAll(async () => {
  db = await openDatabase(':memory:');
  await loadFixtureScores(db, `${FIXTURE_DIR}/org-scores.csv`);
  await loadFixtureMeasures(db, `${FIXTURE_DIR}/org-measures.csv`);
  runner = queryRunner(db);
});
afterAll(() => db.close());

const NOW = new Date('2026-11-22T03:00:00Z');

async function context(search: string, orgs: string, lang: Lang = 'th') {
  const scope = await resolveScope(runner, new URLSearchParams(search));
  return chartContext(runner, scope, lang, NOW, { orgs });
}

async function view<D>(def: ChartDef<D>, search: string, orgs: string, lang: Lang = 'th') {
  const ctx = await context(search, orgs, lang);
  return def.view(ctx, await def.load(ctx));
}

const column = (v: ChartView, key: string) => v.rows.map((r) => r[key]);

describe('compare-indicator-profile', () => {
  it('draws FY 2566 of three organisations and names the indicator they differ on most', async () => {
    const v = await view(compareIndicatorProfile, 'year=2566', `${A},${D},${B}`);
    expect(v.title).toBe('คะแนนรายตัวชี้วัด ปีงบประมาณ 2566');
    // Ten indicators each; indicator 1 spreads widest: D 100, B 90, A 80 (2 and 3 differ by 5 at most).
    expect(v.rows).toHaveLength(30);
    expect(v.summary).toBe(
      'ต่างกันมากที่สุดที่ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่: อบต.ตะลุโบะ ได้ 100.00 แต่ อบต.จะรัง ได้ 80.00',
    );
    // Every 2566 score of the fixture is synthetic.
    expect(v.source).toEqual({
      line: 'ที่มา: ข้อมูลสังเคราะห์เพื่อการสาธิต ไม่ใช่ผลการประเมินจริง',
      synthetic: true,
    });
    expect(v.file).toEqual({ subject: 'เปรียบเทียบ-3-หน่วยงาน', years: '2566' });
    expect(v.filters).toEqual({ parts: ['year'], org: 'อบต.จะรัง, อบต.ตะลุโบะ, อบต.ตะโละ' });
    expect(column(v, 'org_label')).toContain('อบต.ตะโละ');
  });

  it('tells the two วังกระแจะ apart and counts organisation-years, not indicator rows, in the source', async () => {
    const v = await view(compareIndicatorProfile, 'year=2567', `${F},${G},${A}`);
    expect(v.rows).toHaveLength(30);
    // Indicator 7 in 2567: F 85, A 82.5, G 60; every other indicator differs by 5 at most.
    expect(v.summary).toBe(
      'ต่างกันมากที่สุดที่ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร: อบต.วังกระแจะ (เมืองตราด, ตราด) ได้ 85.00 แต่ อบต.วังกระแจะ (ไทรโยค, กาญจนบุรี) ได้ 60.00',
    );
    // A's 2567 scores are imported, F's and G's synthetic.
    expect(v.source.line).toBe('ที่มา: ผลการประเมินที่นำเข้า 1 หน่วยงาน-ปี และข้อมูลสังเคราะห์ 2 หน่วยงาน-ปี');
  });

  it('says so in place when the year has no indicator scores for them', async () => {
    // F and G have no 2566 scores at all.
    const v = await view(compareIndicatorProfile, 'year=2566', `${F},${G}`);
    expect(v.rows).toEqual([]);
    expect(v.summary).toBeUndefined();
    expect(v.empty).toBe('ไม่มีคะแนนรายตัวชี้วัดของหน่วยงานที่เลือกในปีงบประมาณ 2566');
  });

  it('speaks English with the English indicator names', async () => {
    const v = await view(compareIndicatorProfile, 'year=2566', `${A},${D}`, 'en');
    expect(v.title).toBe('Indicator scores, FY 2566');
    expect(v.columns.map((c) => c.key)).toContain('name_en');
    expect(v.summary).toContain('indicator 1 Performance of duty');
  });
});

describe('compare-total-trend', () => {
  it('sums up the chosen year and keeps organisations outside the scope’s area', async () => {
    // The scope says province 94 (ปัตตานี) and every type: F is in ตราด and must still be drawn.
    const v = await view(compareTotalTrend, 'year=2566&province=94&type=all', `${A},${D},${F}`);
    // A and D in 2566 and 2567, F in 2567 only.
    expect(v.rows).toHaveLength(5);
    expect(new Set(column(v, 'org_code'))).toEqual(new Set([A, D, F]));
    // 2566: D 95 (passes), A 80 (does not); F has no 2566 total.
    expect(v.summary).toBe(
      'ปีงบประมาณ 2566: สูงสุด อบต.ตะลุโบะ (95.00) ต่ำสุด อบต.จะรัง (80.00) ผ่านเกณฑ์ 1 จาก 2 แห่ง',
    );
    // A's 2567 total is imported; the other four organisation-years are synthetic.
    expect(v.source.line).toBe('ที่มา: ผลการประเมินที่นำเข้า 1 หน่วยงาน-ปี และข้อมูลสังเคราะห์ 4 หน่วยงาน-ปี');
    expect(v.filters.years).toEqual([2566, 2567]);
    expect(v.file.years).toBe('2566-2567');
  });
});

describe('compare-completion', () => {
  it('names who completed most and least at 12 months, with the rounds named for readers', async () => {
    const v = await view(compareCompletion, 'year=2566', `${A},${D},${C}`);
    // A: 6m 1 of 3, 12m 3 of 4; D: 1 of 1 both rounds; C: 0 of 1 both rounds (all FY 2567).
    expect(v.rows).toHaveLength(6);
    expect(v.summary).toBe(
      'รอบ 12 เดือน ปีงบประมาณ 2567: ดำเนินการแล้วมากที่สุด อบต.ตะลุโบะ (100.0%) น้อยที่สุด อบต.ตะโละกาโปร์ (0.0%)',
    );
    const a12 = v.rows.find((r) => r.org_code === A && r.round === '12m');
    expect(a12).toMatchObject({ measures: 4, completed: 3, completed_share: 0.75 });
    expect(a12?.round_name).toBe('รอบ 12 เดือน');
    // D's and C's measures are synthetic: the whole chart says so.
    expect(v.source).toEqual({
      line: 'ที่มา: มาตรการสังเคราะห์เพื่อการสาธิต ไม่ใช่รายงานจริงของหน่วยงาน',
      synthetic: true,
    });
  });

  it('has nothing to draw for organisations without measures', async () => {
    const v = await view(compareCompletion, '', `${F},${G}`);
    expect(v.rows).toEqual([]);
    expect(v.empty).toBe('ยังไม่มีรายงานรอบ 12 เดือนของหน่วยงานที่เลือก');
  });
});

describe('the orgs parameter', () => {
  it('reads Thai digits and drops repeats, as the page does', async () => {
    const v = await view(compareTotalTrend, '', `${A}, ๖๙๔๐๑๐๘,${A}`);
    expect(new Set(column(v, 'org_label'))).toEqual(new Set(['อบต.จะรัง', 'อบต.ตะลุโบะ']));
  });

  it('refuses a list with no known organisation, or with something that is not a code', async () => {
    const none = await context('', '9999999');
    await expect(compareTotalTrend.load(none)).rejects.toThrow(ChartParamError);
    await expect(compareTotalTrend.load(none)).rejects.toThrow(/9999999/);
    const bad = await context('', `${A},6940.108`);
    await expect(compareIndicatorProfile.load(bad)).rejects.toThrow(/6940\.108/);
  });
});

describe('the page’s charts', () => {
  it('draws every chart on the server and carries the organisations to the download links', async () => {
    const resolved = await resolveScope(runner, new URLSearchParams('year=2567'));
    const ctx = pageLoadContext({ ...resolved, runner }, 'th', { orgs: `${A},${D}` });
    const charts = await pageCharts(ctx, 'compare', COMPARE_CHARTS, resolved.dataVersion);
    expect(Object.keys(charts)).toEqual([
      'compare-indicator-profile',
      'compare-total-trend',
      'compare-completion',
    ]);
    for (const p of Object.values(charts)) {
      expect(p.error).toBeUndefined();
      expect(p.svg).toContain('<svg');
      expect(p.params).toEqual({ orgs: `${A},${D}` });
    }
    // The table's cells as the page shows them: A's 2567 indicator 7 is 82.5.
    const cells = charts['compare-indicator-profile']!.text!.cells;
    expect(cells).toContainEqual([A, 'อบต.จะรัง', '7', 'ประสิทธิภาพการสื่อสาร', '82.50']);
    // The banner: A 2566, D 2566 and D 2567 are synthetic totals.
    expect(syntheticYears(charts['compare-total-trend'])).toBe(3);
  });
});
