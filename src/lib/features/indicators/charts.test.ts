// The weak-indicator page's ChartDefs on the hand-made fixtures (data/fixtures/db/indicators-2567.csv for FY 2567 and
// indicators.csv for FY 2566, described in data/fixtures/README.md), over views other than the default: another year,
// a district, a drill-down, a sort, every type, the other definitions of weak. Expected values worked out on paper.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../i18n/messages';
import { openDatabase, type Database } from '../../server/db/database';
import { FIXTURE_DIR, loadFixtureScores } from '../../server/db/fixture-db';
import { chartContext, filterLine, resolveScope } from '../../server/export/chart-context';
import { queryRunner, type QueryRunner } from '../../server/queries/query-runner';
import { chartText } from '../view-text';
import type { AnyChartDef } from '../chart-view';
import { indicatorAreaMeans, indicatorBelowShare, indicatorHeatmap } from './charts';

let db: Database;
let runner: QueryRunner;
beforeAll(async () => {
  db = await openDatabase(':memory:');
  await loadFixtureScores(db, `${FIXTURE_DIR}/indicators-2567.csv`);
  await loadFixtureScores(db, `${FIXTURE_DIR}/indicators.csv`);
  runner = queryRunner(db);
});
afterAll(() => db.close());

const NOW = new Date('2026-11-22T03:00:00Z');
const OWN = ['drill', 'sort', 'dir'];

/** The chart as the page (and the export) would show it for these URL parameters. */
async function render(def: AnyChartDef, search: string, lang: Lang = 'th') {
  const all = new URLSearchParams(search);
  const scope = new URLSearchParams([...all].filter(([k]) => !OWN.includes(k)));
  const params = Object.fromEntries([...all].filter(([k]) => OWN.includes(k)));
  const ctx = chartContext(runner, await resolveScope(runner, scope), lang, NOW, params);
  const view = def.view(ctx, await def.load(ctx));
  return { ctx, view, filters: filterLine(ctx, view.filters.parts, view.filters) };
}
const col = (rows: Record<string, unknown>[], key: string) => rows.map((r) => r[key]);

describe('indicator-area-means and indicator-below-share', () => {
  it('FY 2566 in Pattani: the year, the lowest mean and the most below 85, all synthetic', async () => {
    const { view } = await render(indicatorAreaMeans, 'province=94&year=2566');
    // Indicators 1-10 for province 94 and the nation (only Pattani has 2566 indicators: the same three SAOs).
    expect(view.rows).toHaveLength(20);
    expect(view.title).toBe('คะแนนเฉลี่ยรายตัวชี้วัด: จ.ปัตตานี เทียบกับพื้นที่ที่กว้างกว่า');
    expect(view.subtitle).toContain('ปีงบประมาณ 2566');
    // Indicator 7: 70, 90, 70 → mean 76.67, median 70; the nation is the same three.
    expect(view.summary).toBe(
      'ในจ.ปัตตานี ตัวชี้วัดที่ค่าเฉลี่ยต่ำที่สุดคือ 7 ประสิทธิภาพการสื่อสาร: เฉลี่ย 76.67 มัธยฐาน 70.00 คะแนน (ทั้งประเทศ: เฉลี่ย 76.67)',
    );
    expect(view.source).toEqual({
      line: 'ที่มา: ข้อมูลสังเคราะห์เพื่อการสาธิต ไม่ใช่ผลการประเมินจริง',
      synthetic: true,
    });
    expect(view.file).toEqual({ subject: 'จ.ปัตตานี-อบต.', years: '2566' });

    const below = (await render(indicatorBelowShare, 'province=94&year=2566')).view;
    // Below 85: indicator 2 has 80 and 70 (2 of 3), the first of the indicators with two.
    expect(below.summary).toBe(
      'ในจ.ปัตตานี ตัวชี้วัด 2 การใช้งบประมาณ มีหน่วยงานต่ำกว่าเกณฑ์มากที่สุด: 2 จาก 3 หน่วยงาน (66.7%)',
    );
  });

  it('a district: district, province and nation side by side, the wider mean beside the lowest', async () => {
    const { view, filters } = await render(indicatorAreaMeans, 'district=9409&year=2567');
    expect(view.rows).toHaveLength(30);
    expect(view.title).toBe('คะแนนเฉลี่ยรายตัวชี้วัด: อ.ยะหริ่ง เทียบกับพื้นที่ที่กว้างกว่า');
    // 9409 = 940917 and 940901: indicator 7 = 70, 90 → 80; the province's four → 82.50.
    expect(view.summary).toBe(
      'ในอ.ยะหริ่ง ตัวชี้วัดที่ค่าเฉลี่ยต่ำที่สุดคือ 7 ประสิทธิภาพการสื่อสาร: เฉลี่ย 80.00 มัธยฐาน 80.00 คะแนน (จ.ปัตตานี: เฉลี่ย 82.50)',
    );
    expect(new Set(col(view.rows, 'area'))).toEqual(new Set(['อ.ยะหริ่ง', 'จ.ปัตตานี', 'ทั้งประเทศ']));
    expect(filters).toBe('ขอบเขต: อำเภอยะหริ่ง จังหวัดปัตตานี · ประเภท: อบต. · ปีงบประมาณ 2567');
    // The district's two are synthetic.
    expect(view.source.line).toBe('ที่มา: ข้อมูลสังเคราะห์เพื่อการสาธิต ไม่ใช่ผลการประเมินจริง');
  });

  it('drilled into 9: the sub-indicators, 9.2 the lowest in Pattani', async () => {
    const { view, ctx } = await render(indicatorAreaMeans, 'province=94&year=2567&drill=9');
    // 9 and 9.1-9.4 for the province and the nation.
    expect(view.rows).toHaveLength(10);
    // 9.2 in 94 = 50, 100, 75, 100: mean 81.25, median 87.5; the nation adds 50, 50: 425 / 6.
    expect(view.summary).toBe(
      'ในจ.ปัตตานี ตัวชี้วัดที่ค่าเฉลี่ยต่ำที่สุดคือ 9.2 การบริหารงานและการใช้จ่ายงบประมาณ: เฉลี่ย 81.25 มัธยฐาน 87.50 คะแนน (ทั้งประเทศ: เฉลี่ย 70.83)',
    );
    const text = chartText(ctx, view);
    // The page's table marks an unconfirmed weight or name as the axis does (every 2567 weight is unconfirmed,
    // data/frameworks/2567.json); the CSV keeps the bare code.
    expect(text.cells.map((c) => c[0])).toEqual(col(view.rows, 'code').map((c) => `${c}*`));
    expect(col(view.rows, 'code').slice(0, 4)).toEqual(['9', '9', '9.1', '9.1']);
  });

  it('type=all names every type; a type with no scores has nothing to draw', async () => {
    const all = await render(indicatorBelowShare, 'province=94&year=2567&type=all');
    expect(all.filters).toBe('ขอบเขต: จังหวัดปัตตานี · ประเภท: ทุกประเภท · ปีงบประมาณ 2567');
    expect(all.view.file.subject).toBe('จ.ปัตตานี');
    // Indicator 1: 80 and 70 of four are below 85 (ties at 50 % go to the framework's first).
    expect(all.view.summary).toBe(
      'ในจ.ปัตตานี ตัวชี้วัด 1 การปฏิบัติหน้าที่ มีหน่วยงานต่ำกว่าเกณฑ์มากที่สุด: 2 จาก 4 หน่วยงาน (50.0%)',
    );
    // One of the four (6940104) is imported.
    expect(all.view.source.line).toBe(
      'ที่มา: ผลการประเมินที่นำเข้า 1 หน่วยงาน-ปี และข้อมูลสังเคราะห์ 3 หน่วยงาน-ปี',
    );

    const pao = await render(indicatorAreaMeans, 'province=94&year=2567&type=pao');
    expect(pao.view.rows).toEqual([]);
    expect(pao.view.summary).toBeUndefined();
    expect(pao.view.empty).toContain('ปีงบประมาณ 2567');
  });
});

describe('indicator-heatmap', () => {
  it('Pattani by total, weakest first: four SAOs, the weak cells under the pass mark', async () => {
    const { view, filters } = await render(indicatorHeatmap, 'province=94&year=2567');
    expect(view.title).toBe('คะแนนรายตัวชี้วัดของแต่ละหน่วยงานในจ.ปัตตานี');
    expect(col(view.rows, 'row_code')).toEqual(['6940108', '6940907', '6940908', '6940104']);
    // 940917: total 80.40, 3, 7, 9, 10; 940901: 1, 2, 6; 940111: total and every 70 (1, 3-8) and 10 (81.25).
    expect(col(view.rows, 'weak_codes')).toEqual([
      ['TOTAL', '1', '3', '4', '5', '6', '7', '8', '10'],
      ['TOTAL', '3', '7', '9', '10'],
      ['1', '2', '6'],
      [],
    ]);
    expect(view.summary).toContain('4 แถว ช่องที่อ่อน 17 จาก 44 ช่อง');
    expect(view.columns.map((c) => c.key)).toContain('district_th');
    expect(filters).toBe(
      'ขอบเขต: จังหวัดปัตตานี · ประเภท: อบต. · ปีงบประมาณ 2567 · กลุ่มเปรียบเทียบ: จังหวัดเดียวกัน · ตัวชี้วัดที่อ่อน: ต่ำกว่าเกณฑ์ผ่าน 85 คะแนน',
    );
  });

  it("the page's table says which cells are weak beside their values; the file keeps the bare numbers", async () => {
    const { view, ctx } = await render(indicatorHeatmap, 'province=94&year=2567');
    const text = chartText(ctx, view);
    const at = (code: string) => view.columns.findIndex((c) => c.key === code);
    // Row 2 is 6940907 (940917): weak on 3, 7, 9 and 10, not on 1.
    const row = text.cells[1]!;
    expect(row[at('3')]).toMatch(/^\d+\.\d\d \(อ่อน\)$/);
    expect(row[at('1')]).toMatch(/^\d+\.\d\d$/);
    expect(typeof view.rows[1]!['3']).toBe('number');
    // Nationally a province row says how many of its organisations are weak there.
    const nation = await render(indicatorHeatmap, 'year=2567');
    const cells = chartText(nation.ctx, nation.view).cells;
    const i = nation.view.columns.findIndex((c) => c.key === '3');
    expect(cells.some((r) => /^\d+\.\d\d \(อ่อน \d+%\)$/.test(r[i]!))).toBe(true);
  });

  it('sorted by indicator 7, highest first', async () => {
    const { view } = await render(indicatorHeatmap, 'province=94&year=2567&sort=7&dir=desc');
    // Indicator 7: 940112 100, 940901 90, then 940917 and 940111 at 70.
    const order = col(view.rows, 'row_code');
    expect(order.slice(0, 2)).toEqual(['6940104', '6940908']);
    expect(new Set(order.slice(2))).toEqual(new Set(['6940907', '6940108']));
    expect(col(view.rows, '7')).toEqual([100, 90, 70, 70]);
  });

  it("district 9409 drilled into 10 under 'lowest': the definition on 10, the pass mark on 10.1 and 10.2", async () => {
    const { view, filters } = await render(
      indicatorHeatmap,
      'district=9409&year=2567&weak=lowest&drill=10',
    );
    // No total when drilled: the rows sort by the parent, 940917 (70) before 940901 (95).
    expect(view.columns.map((c) => c.key)).toEqual([
      'row_code',
      'row_name',
      'district_th',
      '10',
      '10.1',
      '10.2',
      'weak_codes',
    ]);
    expect(col(view.rows, 'row_code')).toEqual(['6940907', '6940908']);
    expect(col(view.rows, 'weak_codes')).toEqual([['10', '10.1', '10.2'], []]);
    expect(view.summary).toContain('2 แถว ช่องที่อ่อน 3 จาก 6 ช่อง');
    expect(filters).toContain('ตัวชี้วัดที่อ่อน: ตัวชี้วัดที่ต่ำที่สุดของหน่วยงาน');
  });

  it('the whole country: one row per province, Trat weak on indicator 1 and Pattani not', async () => {
    const { view } = await render(indicatorHeatmap, 'year=2567');
    expect(view.title).toBe('คะแนนเฉลี่ยรายตัวชี้วัดของแต่ละจังหวัด');
    expect(view.subtitle).toContain('ทั้งประเทศมี 6 หน่วยงาน');
    expect(view.columns.map((c) => c.key)).not.toContain('district_th');
    // By mean total, lowest first: Trat (63.85, 76.73 → 70.29), Pattani (346.55 / 4 = 86.64).
    expect(col(view.rows, 'row_code')).toEqual(['23', '94']);
    expect(view.rows[1]!.TOTAL).toBeCloseTo(86.6375, 4);
    // Trat: both SAOs below 85 on indicator 1 (60, 80); Pattani: 2 of 4 is half, not most.
    expect(view.rows[0]!.weak_codes).toContain('1');
    expect(view.rows[1]!.weak_codes).not.toContain('1');
  });

  it('weak=peer_median&peer=similar names the group the SQL compares with, in both languages (issue 12)', async () => {
    const search = 'province=94&year=2567&weak=peer_median&peer=similar';
    const th = await render(indicatorHeatmap, search);
    expect(th.filters).not.toContain('15');
    expect(th.filters).toContain(
      'กลุ่มเปรียบเทียบ: ประเภทเดียวกันทั้งประเทศ (ใช้แทนกลุ่มหน่วยงานที่มีลักษณะใกล้เคียง ซึ่งไม่มีค่ามัธยฐานร่วมกันของกลุ่ม)',
    );
    const en = await render(indicatorHeatmap, search, 'en');
    expect(en.filters).toContain(
      'Peer group: Same type, nationwide (instead of the most similar organisations, which have no shared median)',
    );
    expect(en.view.title).toBe('Indicator scores of each organisation in ปัตตานี province');
  });
});
