// The change page's ChartDefs on the hand-made fixture (data/fixtures/db/changes-scores.csv, worked out in
// data/fixtures/README.md) over views other than the default: a district, the whole country, type=all, the pair that
// crosses from levels to ratings, a reversed pair, English, and the views no change chart can draw.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../server/db/database';
import { FIXTURE_DIR, loadFixtureScores } from '../../server/db/fixture-db';
import { chartContext, resolveScope } from '../../server/export/chart-context';
import { queryRunner, type QueryRunner } from '../../server/queries/query-runner';
import { ChartParamError, type ChartDef, type ChartView } from '../chart-view';
import { filterLine } from '../view-text';
import {
  CHANGES_CHARTS,
  changeDumbbell,
  changeHistogram,
  changeIndicators,
  changeTransitions,
} from './charts';
import { moverLists } from './movers';

let db: Database;
let runner: QueryRunner;
beforeAll(async () => {
  db = await openDatabase(':memory:');
  await loadFixtureScores(db, `${FIXTURE_DIR}/changes-scores.csv`);
  runner = queryRunner(db);
});
afterAll(() => db.close());

const NOW = new Date('2026-11-22T03:00:00Z');

async function context(search: string, lang: 'th' | 'en' = 'th') {
  return chartContext(runner, await resolveScope(runner, new URLSearchParams(search)), lang, NOW);
}

async function draw<D>(def: ChartDef<D>, search: string, lang: 'th' | 'en' = 'th') {
  const ctx = await context(search, lang);
  const data = await def.load(ctx);
  return { ctx, data, view: def.view(ctx, data) };
}

const column = (view: ChartView, key: string) => view.rows.map((r) => r[key]);

describe('change charts', () => {
  it('are the page order the registry and the page use', () => {
    expect(CHANGES_CHARTS.map((d) => d.id)).toEqual([
      'change-dumbbell',
      'change-histogram',
      'change-indicators',
      'change-transitions',
    ]);
  });

  it('draw every organisation of district 9409 with its rank within the district', async () => {
    const { ctx, view } = await draw(changeDumbbell, 'province=94&district=9409&year=2567');
    // The compare year defaults to the year before: 2566 → 2567.
    expect(view.title).toBe('คะแนนรวมปี 2566 และ 2567 ของแต่ละหน่วยงาน');
    // จะรัง 80.50 → 90.00 (2 → 1), ตะโละ 84.10 → 85.10 (1 → 2): the two SAOs of ยะหริ่ง.
    expect(column(view, 'short_name_th')).toEqual(['อบต.จะรัง', 'อบต.ตะโละ']);
    expect(column(view, 'rank_now')).toEqual([1, 2]);
    expect(column(view, 'direction_label')).toEqual(['ดีขึ้น', 'ดีขึ้น']);
    // A district's organisations share its province: no province column.
    expect(view.columns.map((c) => c.key)).not.toContain('province_th');
    expect(view.file).toEqual({ subject: 'อ.ยะหริ่ง-จ.ปัตตานี-อบต.', years: '2566-2567' });
    expect(filterLine(ctx, view.filters.parts)).toBe(
      'ขอบเขต: อำเภอยะหริ่ง จังหวัดปัตตานี · ประเภท: อบต. · เทียบปีงบประมาณ 2566 กับ 2567',
    );
    expect(view.source.synthetic).toBe(true);
  });

  it('say the mean change of each indicator in a district', async () => {
    const { view } = await draw(changeIndicators, 'province=94&district=9409');
    // Indicator 1: จะรัง 80 → 90, ตะโละ 85 → 85: mean change +5.
    const one = view.rows.find((r) => r.code === '1')!;
    expect(one.mean_change).toBeCloseTo(5, 6);
    const cell = view.columns.find((c) => c.key === 'mean_change')!.format!(one.mean_change, one);
    expect(cell).toBe('+5.00');
  });

  it('name the biggest riser and faller of the whole country, with the province column', async () => {
    const { view } = await draw(changeDumbbell, 'year=2567&compare=2566');
    // Five SAOs with both years; เขาสมิง (ตราด) is the fifth.
    expect(view.rows).toHaveLength(5);
    expect(view.columns.map((c) => c.key)).toContain('province_th');
    expect(view.summary).toBe(
      'ดีขึ้น 3 หน่วยงาน คงที่ 1 แย่ลง 1 เพิ่มขึ้นมากที่สุด: อบต.จะรัง (+9.50) ลดลงมากที่สุด: อบต.บาราเฮาะ (-16.10)',
    );
    expect(view.file.subject).toBe('ทั้งประเทศ-อบต.');
  });

  it('say the national median and mean change under the distribution', async () => {
    const { view } = await draw(changeHistogram, 'year=2567&compare=2566');
    // Nation: mean change −5.40 / 5 = −1.08, median +1.00; 3 improving, 1 stable, 1 worsening.
    expect(view.summary).toBe(
      'ค่ามัธยฐานของการเปลี่ยนแปลง +1.00 คะแนน ค่าเฉลี่ย -1.08 คะแนน (3 ดีขึ้น, 1 คงที่, 1 แย่ลง)',
    );
    // Bins two thresholds wide: 2 points, [−1, +1) the stable one.
    expect(view.subtitle).toBe(
      'จำนวนหน่วยงานในแต่ละช่วงการเปลี่ยนแปลง (ช่วงละ 2 คะแนน ช่วง −1 ถึง +1 คือคงที่ เส้นประ = เกณฑ์ ±1)',
    );
  });

  it('count every type under type=all and leave the type out of the file name', async () => {
    const { view } = await draw(changeHistogram, 'province=94&year=2567&compare=2566&type=all');
    // +9.50 → [9, 11), +1.00 → [1, 3), −0.80 → [−1, 1), −16.10 → [−17, −15): one SAO each.
    expect(column(view, 'bin_start')).toEqual(expect.arrayContaining([9, 1, -1, -17]));
    expect(view.rows.reduce((n, r) => n + Number(r.orgs), 0)).toBe(4);
    expect(view.file.subject).toBe('จ.ปัตตานี');
  });

  it('say only the largest move when the pair crosses from levels to ratings', async () => {
    const { view } = await draw(changeTransitions, 'province=94&year=2566&compare=2565');
    expect(view.title).toBe('การเปลี่ยนระดับผลการประเมิน ปี 2565 → 2566');
    // AA → ต้องปรับปรุง, A → ผ่าน, B → ต้องปรับปรุง, C → ต้องปรับปรุง: one SAO each.
    expect(view.rows).toHaveLength(4);
    expect(view.rows.map((r) => `${r.level_before} → ${r.level_now}`)).toEqual(
      expect.arrayContaining(['AA → ต้องปรับปรุง', 'A → ผ่าน', 'B → ต้องปรับปรุง', 'C → ต้องปรับปรุง']),
    );
    expect(view.summary).toMatch(
      /^ป้ายของสองปีเป็นคนละชุด จึงไม่นับขึ้นหรือลง กลุ่มใหญ่ที่สุด: .+ → .+ \(1 หน่วยงาน\)$/,
    );
  });

  it('count moves up and down between two years of ratings', async () => {
    const { view } = await draw(changeTransitions, 'province=94&year=2567&compare=2566');
    // ต้องปรับปรุง → ผ่านดี and → ผ่าน go up, → ต้องปรับปรุง stays, ผ่าน → ต้องปรับปรุงโดยด่วน goes down.
    expect(view.summary).toMatch(/^2 หน่วยงานได้ระดับดีขึ้น 1 เท่าเดิม 1 ต่ำลง/);
  });

  it('turn the signs round for a reversed pair', async () => {
    const { view } = await draw(changeHistogram, 'province=94&year=2566&compare=2567', 'en');
    // Province 94 from 2567 back to 2566: mean change +1.60, median −0.10.
    expect(view.title).toBe('Distribution of the change of the total, 2567 → 2566');
    expect(view.summary).toContain('Median change -0.10, mean +1.60');
    expect(view.file.years).toBe('2567-2566');
  });

  it('draw only the biggest movers when the scope is large, and say so naming the area', async () => {
    const { ctx, data } = await draw(changeDumbbell, 'province=94');
    // The view decides from the paired count alone: pretend the province had 41 paired SAOs.
    const large = {
      ...data,
      pair: { ...data.pair, summary: { ...data.pair.summary, orgs_paired: 41 } },
    };
    const view = changeDumbbell.view(ctx, large);
    expect(view.title).toBe('หน่วยงานที่คะแนนรวมเปลี่ยนมากที่สุด ปี 2566 → 2567');
    expect(view.subtitle).toMatch(/^จ\.ปัตตานีมี 41 หน่วยงาน จึงแสดงเฉพาะ 15 /);
  });

  it('refuse views with no pair of years or nobody scored in both', async () => {
    for (const def of CHANGES_CHARTS) {
      await expect(def.load(await context('year=2567&compare=2567'))).rejects.toThrow(
        ChartParamError,
      );
      // No PAO in the fixture: nobody to compare.
      await expect(def.load(await context('year=2567&compare=2566&type=pao'))).rejects.toThrow(
        /assessed in both 2566 and 2567/,
      );
    }
  });
});

describe('moverLists', () => {
  it('keeps the largest rises and falls in order', async () => {
    const { data } = await draw(changeDumbbell, 'province=94&year=2567&compare=2566');
    const { gainers, decliners } = moverLists(data.rows, 1);
    // จะรัง +9.50 rose most; บาราเฮาะ −16.10 fell most; ตะลุโบะ −0.80 is a fall too.
    expect(gainers.map((r) => r.short_name_th)).toEqual(['อบต.จะรัง']);
    expect(decliners.map((r) => r.short_name_th)).toEqual(['อบต.บาราเฮาะ']);
    const all = moverLists(data.rows);
    expect(all.gainers.map((r) => r.short_name_th)).toEqual(['อบต.จะรัง', 'อบต.ตะโละ']);
    expect(all.decliners.map((r) => r.short_name_th)).toEqual(['อบต.บาราเฮาะ', 'อบต.ตะลุโบะ']);
  });
});
