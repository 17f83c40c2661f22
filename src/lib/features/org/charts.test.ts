// The organisation page's charts on the hand-made fixture org-scores.csv / org-measures.csv over views other than the
// default (another year, other peer groups and weak definitions, other organisations, English): every expected value is
// worked out in data/fixtures/README.md ("db/org-scores.csv and db/org-measures.csv").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../server/db/database';
import { FIXTURE_DIR, loadFixtureMeasures, loadFixtureScores } from '../../server/db/fixture-db';
import { chartContext, resolveScope } from '../../server/export/chart-context';
import { pageCharts, pageLoadContext } from '../../server/page-charts';
import { queryRunner, type QueryRunner } from '../../server/queries/query-runner';
import type { Lang } from '../../i18n/messages';
import { ChartParamError, type ChartDef, type ChartView } from '../chart-view';
import { filterLine } from '../view-text';
import {
  ORG_CHARTS,
  orgCompletion,
  orgIndicatorBenchmark,
  orgMeasureStatus,
  orgTotalTrend,
} from './charts';

const A = '6940907'; // อบต.จะรัง, อ.ยะหริ่ง จ.ปัตตานี
const E = '6940104'; // อบต.บาราเฮาะ, อ.เมืองปัตตานี
const F = '6230107'; // อบต.วังกระแจะ, อ.เมืองตราด: no 2566 scores, no measures
const NOW = new Date('2026-11-22T03:00:00Z');

let db: Database;
let runner: QueryRunner;
beforeAll(async () => {
  db = await openDatabase(':memory:');
  await loadFixtureScores(db, `${FIXTURE_DIR}/org-scores.csv`);
  await loadFixtureMeasures(db, `${FIXTURE_DIR}/org-measures.csv`);
  runner = queryRunner(db);
});
afterAll(() => db.close());

async function context(search: string, org: string, lang: Lang = 'th') {
  const scope = await resolveScope(runner, new URLSearchParams(search));
  return chartContext(runner, scope, lang, NOW, { org });
}

/** Loads a chart for a view and returns its ChartView and the words the filter line draws. */
async function draw<D>(def: ChartDef<D>, search: string, org = A, lang: Lang = 'th') {
  const ctx = await context(search, org, lang);
  const view: ChartView = def.view(ctx, await def.load(ctx));
  return { view, filters: filterLine(ctx, view.filters.parts, view.filters) };
}

const column = (view: ChartView, key: string) => view.rows.map((r) => r[key]);

describe('org-total-trend', () => {
  it('speaks of the chosen year: 2566, the first of A, so no change is named', async () => {
    const { view, filters } = await draw(orgTotalTrend, 'year=2566');
    expect(view.title).toBe('คะแนนรวม ITA รายปีของ อบต.จะรัง');
    // 2566: 80 → ต้องปรับปรุง; of 2566 (80) and 2567 (88) only 2567 reaches 85.
    expect(view.summary).toBe(
      'อบต.จะรัง ได้ 80.00 คะแนนในปีงบประมาณ 2566 (ต้องปรับปรุง) ผ่านเกณฑ์ 1 จาก 2 ปีที่มีคะแนน',
    );
    expect(column(view, 'fiscal_year')).toEqual([2566, 2567]);
    // 2567 is imported, 2566 synthetic.
    expect(view.source).toEqual({
      line: 'ที่มา: ผลการประเมินที่นำเข้า 1 หน่วยงาน-ปี และข้อมูลสังเคราะห์ 1 หน่วยงาน-ปี',
      synthetic: true,
    });
    expect(filters).toBe('หน่วยงาน: อบต.จะรัง อ.ยะหริ่ง จ.ปัตตานี · ปีงบประมาณ 2566–2567');
    expect(view.file).toEqual({ subject: 'อบต.จะรัง', years: '2566-2567' });
  });

  it('names the change from the year before in the latest year, in English too', async () => {
    const th = (await draw(orgTotalTrend, '')).view;
    expect(th.summary).toContain('ได้ 88.00 คะแนนในปีงบประมาณ 2567 (ผ่านดี)');
    expect(th.summary).toContain('เปลี่ยนแปลง +8.00 คะแนนจากปีงบประมาณ 2566');
    const en = (await draw(orgTotalTrend, '', A, 'en')).view;
    expect(en.title).toBe('ITA total score of อบต.จะรัง by year');
    expect(en.summary).toContain('A change of +8.00 from FY 2566');
    // The level column follows the reader's language.
    expect(en.columns.map((c) => c.key)).toContain('level_en');
  });

  it('draws one synthetic year for an organisation scored only in 2567, named with its place', async () => {
    const { view, filters } = await draw(orgTotalTrend, 'year=2567', F);
    expect(view.title).toBe('คะแนนรวม ITA รายปีของ อบต.วังกระแจะ');
    expect(view.rows).toHaveLength(1);
    expect(view.source).toEqual({
      line: 'ที่มา: ข้อมูลสังเคราะห์เพื่อการสาธิต ไม่ใช่ผลการประเมินจริง',
      synthetic: true,
    });
    // Two SAOs are named วังกระแจะ: the filter line tells them apart.
    expect(filters).toBe('หน่วยงาน: อบต.วังกระแจะ อ.เมืองตราด จ.ตราด · ปีงบประมาณ 2567');
  });
});

describe('org-indicator-benchmark', () => {
  it('benchmarks against the district and marks the lowest two as weak', async () => {
    const { view, filters } = await draw(
      orgIndicatorBenchmark,
      'year=2567&peer=district&weak=lowest',
    );
    expect(view.title).toBe('ตัวชี้วัดปีงบประมาณ 2567 เทียบกับหน่วยงานในอำเภอยะหริ่ง');
    expect(view.rows).toHaveLength(10);
    // Indicator 7: A 82.5 against B 90 and C 80: median 85, q1 82.5, q3 87.5, rank 2.
    const seven = view.rows.find((r) => r.code === '7')!;
    expect([seven.value, seven.peer_median, seven.peer_q1, seven.peer_q3, seven.peer_rank]).toEqual(
      [82.5, 85, 82.5, 87.5, 2],
    );
    // Lowest two: 7 (82.5) and 10 (85).
    expect(view.rows.filter((r) => r.weak).map((r) => r.code)).toEqual(['7', '10']);
    // Below the district median on 7 (82.5 < 85) and 10 (85 < 90); 10 is the further below.
    expect(view.summary).toBe(
      'ต่ำกว่าค่ามัธยฐานของหน่วยงานในอำเภอยะหริ่ง 2 จาก 10 ตัวชี้วัด' +
        ' ห่างจากค่ามัธยฐานมากที่สุดที่ตัวชี้วัดที่ 10 การป้องกันการทุจริต (85.00 เทียบกับ 90.00)',
    );
    expect(view.subtitle).toContain('กลุ่มมี 2 หน่วยงาน');
    expect(view.source).toEqual({
      line: 'ที่มา: ข้อมูลสังเคราะห์เพื่อการสาธิต (2 จาก 2 หน่วยงานในกลุ่มเป็นข้อมูลสังเคราะห์) ไม่ใช่ผลการประเมินจริง',
      synthetic: true,
    });
    expect(filters).toBe(
      'หน่วยงาน: อบต.จะรัง อ.ยะหริ่ง จ.ปัตตานี · ปีงบประมาณ 2567 · กลุ่มเปรียบเทียบ: อำเภอเดียวกัน · ตัวชี้วัดที่อ่อน: ตัวชี้วัดที่ต่ำที่สุดของหน่วยงาน',
    );
  });

  it('benchmarks against the 15 most similar: five have a profile', async () => {
    const { view } = await draw(orgIndicatorBenchmark, 'year=2567&peer=similar');
    // H 100, D 95, B 90, E 70, C 80 on indicator 7: median 90, q1 80, q3 95; A's 82.5 ranks 4th.
    const seven = view.rows.find((r) => r.code === '7')!;
    expect([seven.peers, seven.peer_median, seven.peer_q1, seven.peer_q3, seven.peer_rank]).toEqual(
      [5, 90, 80, 95, 4],
    );
    expect(view.subtitle).toContain('กลุ่มมี 5 หน่วยงาน');
  });

  it('reads another year: in 2566 indicators 1 (80), 7 (70) and 10 (80) are below 85', async () => {
    const { view } = await draw(orgIndicatorBenchmark, 'year=2566&weak=pass_mark');
    expect(view.title).toBe('ตัวชี้วัดปีงบประมาณ 2566 เทียบกับหน่วยงานในจังหวัดปัตตานี');
    expect(view.rows.filter((r) => r.weak).map((r) => r.code)).toEqual(['1', '7', '10']);
    expect(view.file).toEqual({ subject: 'อบต.จะรัง', years: '2566' });
  });

  it('says so when the organisation has no indicator scores in the year', async () => {
    // F has no 2566 scores.
    const { view } = await draw(orgIndicatorBenchmark, 'year=2566', F);
    expect(view.rows).toEqual([]);
    expect(view.summary).toBe('ไม่มีคะแนนรายตัวชี้วัดของหน่วยงานนี้ในปีงบประมาณ 2566');
  });
});

describe('org-completion and org-measure-status', () => {
  it("A's real report: 6 months 1 of 3, 12 months 3 of 4", async () => {
    const { view, filters } = await draw(orgCompletion, 'year=2566');
    expect(view.title).toBe('สัดส่วนมาตรการของ อบต.จะรัง ที่ดำเนินการแล้ว รายปีและรอบ');
    expect(column(view, 'round_name')).toEqual(['รอบ 6 เดือน', 'รอบ 12 เดือน']);
    expect(column(view, 'completed')).toEqual([1, 3]);
    expect(column(view, 'not_possible')).toEqual([0, 0]);
    expect(view.summary).toBe('ปีงบประมาณ 2567 รอบ 12 เดือน: ดำเนินการแล้ว 3 จาก 4 มาตรการ (75.0%)');
    expect(view.source).toEqual({
      line: 'ที่มา: รายงานผลการดำเนินการตามมาตรการที่นำเข้า',
      synthetic: false,
    });
    // The measures' years, not the scope's year.
    expect(filters).toBe('หน่วยงาน: อบต.จะรัง อ.ยะหริ่ง จ.ปัตตานี · ปีงบประมาณ 2567');
  });

  it('says what became of each status, in the latest stated round', async () => {
    const { view } = await draw(orgMeasureStatus, '');
    expect(view.title).toBe('สถานะของมาตรการของ อบต.จะรัง รายปีและรอบ');
    // 6 months: completed, in progress, not started; 12 months: three completed, one in progress.
    expect(view.rows.map((r) => [r.completed, r.in_progress, r.not_started])).toEqual([
      [1, 1, 1],
      [3, 1, 0],
    ]);
    expect(view.summary).toBe(
      'ปีงบประมาณ 2567 รอบ 12 เดือน: ดำเนินการแล้ว 3 ไม่สามารถดำเนินการได้ 0 จากทั้งหมด 4 มาตรการ',
    );
  });

  it("E's synthetic measures: one round, labelled synthetic", async () => {
    const { view } = await draw(orgCompletion, '', E);
    expect(view.rows).toHaveLength(1);
    expect(view.summary).toBe('ปีงบประมาณ 2567 รอบ 12 เดือน: ดำเนินการแล้ว 0 จาก 1 มาตรการ (0.0%)');
    expect(view.source).toEqual({
      line: 'ที่มา: มาตรการสังเคราะห์เพื่อการสาธิต ไม่ใช่รายงานจริงของหน่วยงาน',
      synthetic: true,
    });
  });

  it('speaks of the latest year, and of a round not stated only when no round is', async () => {
    const ctx = await context('', A);
    const profile = (await orgCompletion.load(ctx)).profile;
    const row = (fiscal_year: number, round: string, completed: number) => ({
      org_code: A,
      fiscal_year,
      round,
      measures: 4,
      completed,
      in_progress: 4 - completed,
      not_started: 0,
      not_possible: 0,
      unknown: 0,
      completed_share: completed / 4,
      synthetic: false,
    });
    // 2567 has reported only its 6 months so far, and one report that names no round (it sorts last).
    const rows = [row(2566, '12m', 4), row(2567, '6m', 1), row(2567, 'unknown', 2)];
    for (const def of [orgCompletion, orgMeasureStatus])
      expect(def.view(ctx, { profile, rows }).summary).toMatch(
        /^ปีงบประมาณ 2567 รอบ 6 เดือน: ดำเนินการแล้ว 1 /,
      );
    const unstated = [row(2567, 'unknown', 2)];
    expect(orgCompletion.view(ctx, { profile, rows: unstated }).summary).toContain('ไม่ระบุรอบ');
  });

  it('leaves the rows empty for an organisation without measures', async () => {
    for (const def of [orgCompletion, orgMeasureStatus]) {
      const { view } = await draw(def, '', F);
      expect(view.rows).toEqual([]);
      expect(view.summary).toBeUndefined();
    }
  });
});

describe('the org parameter', () => {
  it('is a 400 naming org for a code nobody has', async () => {
    for (const def of ORG_CHARTS) {
      const ctx = await context('', '6940919');
      const err = await def.load(ctx).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ChartParamError);
      expect((err as ChartParamError).param).toBe('org');
    }
  });
});

describe("the page's charts drawn on the server", () => {
  it('carries every chart of a non-default view with its words, its SVG and the org for its links', async () => {
    const scope = await resolveScope(runner, new URLSearchParams('year=2566&peer=district'));
    const ctx = pageLoadContext({ ...scope, runner }, 'th', { org: A });
    const charts = await pageCharts(ctx, 'org', ORG_CHARTS, scope.dataVersion);
    expect(Object.keys(charts)).toEqual([
      'org-total-trend',
      'org-indicator-benchmark',
      'org-completion',
      'org-measure-status',
    ]);
    for (const p of Object.values(charts)) {
      expect(p.params).toEqual({ org: A });
      expect(p.feature).toBe('org');
      expect(p.svg).toContain('<svg');
    }
    const bench = charts['org-indicator-benchmark']!;
    expect(bench.text?.title).toBe('ตัวชี้วัดปีงบประมาณ 2566 เทียบกับหน่วยงานในอำเภอยะหริ่ง');
    expect(bench.text?.cells).toHaveLength(10);
    // The trend's two years are two dots.
    expect(charts['org-total-trend']!.svg.match(/<circle/g)).toHaveLength(2);
  });
});
