// The map's ChartDef on the hand-made fixture (the same database as map-queries.test.ts): its title names the year and
// the area, its summary says how many organisations have no coordinates, its parameters are the export's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database';
import {
  FIXTURE_DIR,
  loadFixtureMeasures,
  loadFixtureScores,
  openFixtureDatabase,
} from '../../server/db/fixture-db';
import { pageLoadContext } from '../../server/page-charts';
import { queryRunner, type QueryRunner } from '../../server/queries/query-runner';
import { resolveScope } from '../../server/scope-context';
import { translator } from '../../i18n/messages';
import type { ChartView } from '../chart-view';
import { orgMap } from './charts';
import { MAP_PARAMS, mapLevels, mapView } from './map-view';

let db: Database;
let runner: QueryRunner;
beforeAll(async () => {
  db = await openFixtureDatabase();
  await loadFixtureScores(db, `${FIXTURE_DIR}/indicators.csv`);
  await loadFixtureMeasures(db, `${FIXTURE_DIR}/measures-completion.csv`);
  // อบต.น้ำผุด (สตูล), which the DLA registry places at 13.7 N, 97.3 E, in the sea off Myanmar.
  await db.transaction(async (conn) => {
    await conn.run(
      `INSERT INTO score VALUES ('6910507', 2566, 'TOTAL', 90, 'synthetic', TIMESTAMP '2026-01-01 00:00:00', NULL)`,
    );
  });
  runner = queryRunner(db);
});
afterAll(() => db.close());

const t = translator('th');

async function view(search: string, params: Record<string, string> = {}): Promise<ChartView> {
  const resolved = await resolveScope(runner, new URLSearchParams(search));
  const ctx = pageLoadContext({ ...resolved, runner }, 'th', params);
  return orgMap.view(ctx, await orgMap.load(ctx));
}

describe('org-map view', () => {
  it("draws a province's organisations and says how many have no coordinates", async () => {
    // ปัตตานี 2566: บาราเฮาะ 96 and ตะลุโบะ 85 have registry coordinates, จะรัง 84.99 and ตะโละ 88 have none.
    const v = await view('year=2566&province=94', { color: 'pass' });
    expect(v.title).toBe('แผนที่การผ่านเกณฑ์ ITA จังหวัดปัตตานี ปีงบประมาณ 2566');
    expect(v.summary).toBe(
      'แผนที่แสดงหน่วยงานที่ได้รับการประเมิน 2 จาก 4 แห่ง; ไม่มีพิกัดในทะเบียน อปท. 2 แห่ง จึงไม่ปรากฏบนแผนที่ ' +
        'ผ่านเกณฑ์ 3 จาก 4 หน่วยงาน (75.0%)',
    );
    expect(v.subtitle).toContain('จุดละหนึ่งหน่วยงาน');
    expect(v.subtitle).toContain('สีน้ำเงินคือผ่านเกณฑ์ 85 คะแนน');
    // The table lists every organisation assessed, placed or not.
    expect(v.rows.map((r) => r.code)).toEqual(['6940104', '6940108', '6940907', '6940908']);
    expect(v.source).toEqual({ line: t('synthetic.source'), synthetic: true });
    expect(v.filters.parts).toEqual(['area', 'year']);
    expect(v.file).toEqual({ subject: 'จ.ปัตตานี-อบต.', years: '2566' });
  });

  it('nationally shows provinces, and counts the registry points it does not draw', async () => {
    const v = await view('year=2566');
    expect(v.title).toBe('แผนที่คะแนนรวม ITA ทั้งประเทศ ปีงบประมาณ 2566');
    expect(v.subtitle).toContain('จุดละหนึ่งจังหวัด');
    expect(v.rows.map((r) => r.code)).toEqual(['23', '91', '94']);
    // Six assessed: ตราด 1 and ปัตตานี 4 (2 without coordinates), สตูล 1 registered in the sea.
    expect(v.summary).toContain(
      'แผนที่แสดงหน่วยงานที่ได้รับการประเมิน 3 จาก 6 แห่ง; ไม่มีพิกัดในทะเบียน อปท. 2 แห่ง จึงไม่ปรากฏบนแผนที่; ' +
        'อีก 1 แห่งมีพิกัดในทะเบียนห่างจากจังหวัดของตนเกิน 2.5 องศา (ทะเบียนคลาดเคลื่อน) จึงไม่แสดง',
    );
    // The lowest mean total of a province: ตราด's one SAO at 69.99.
    expect(v.summary).toContain('ต่ำสุดคือตราด (69.99)');
  });

  it('names the chosen indicator and marks the organisations without a score on it', async () => {
    const v = await view('year=2566&province=94', { color: 'indicator', ind: '10' });
    expect(v.title).toBe('แผนที่คะแนนตัวชี้วัดที่ 10 การป้องกันการทุจริต จังหวัดปัตตานี ปีงบประมาณ 2566');
    // บาราเฮาะ, on the map, has no indicator scores.
    expect(v.subtitle).toContain('จุดสีเทาคือไม่มีคะแนนตัวชี้วัดนี้');
    // (100 + 70 + 95) / 3; the lowest is จะรัง (70), named with its district.
    expect(v.summary).toContain('ตัวชี้วัดที่ 10 เฉลี่ย 88.33; ต่ำสุดคืออบต.จะรัง (ยะหริ่ง) (70.00)');
    expect(v.columns.map((c) => c.label)).toContain('ตัวชี้วัดที่ 10');
  });

  it('sums measure completion over the areas', async () => {
    // ปัตตานี 3 of 4 (12-month round), ตราด 1 of 1; สตูล reported none.
    const v = await view('year=2566', { color: 'completion' });
    expect(v.summary).toContain('ดำเนินการแล้ว 4 จาก 5 มาตรการ (80.0%) ของ 3 หน่วยงานที่มีรายงาน');
  });

  it('has no map to draw where no organisation has coordinates, and says why', async () => {
    const v = await view('year=2566&district=9409');
    expect(v.rows).toEqual([]);
    expect(v.empty).toBe(
      'ไม่มีหน่วยงานที่ได้รับการประเมินในขอบเขตนี้ (2 แห่ง) ที่มีพิกัดในทะเบียน อปท. จึงวาดแผนที่ไม่ได้',
    );
  });
});

describe('map parameters', () => {
  it('defaults to one dot per province nationally and per organisation in a province', () => {
    const scope = { province: null } as Parameters<typeof mapView>[0]['scope'];
    expect(mapView({ params: {}, scope })).toEqual({ color: 'total', ind: '1', by: 'province' });
    expect(
      mapView({ params: { color: 'indicator', ind: '7' }, scope: { ...scope, province: '94' } }),
    ).toEqual({
      color: 'indicator',
      ind: '7',
      by: 'org',
    });
  });
  it('offers no marks wider than the scope, and falls back to the default for one', () => {
    const scope = { province: '94', district: null } as Parameters<typeof mapView>[0]['scope'];
    expect(mapLevels(scope)).toEqual(['org', 'district']);
    expect(mapLevels({ ...scope, district: '9409' })).toEqual(['org']);
    expect(mapView({ params: { by: 'province' }, scope }).by).toBe('org');
    expect(mapView({ params: { by: 'district' }, scope }).by).toBe('district');
  });
  it('accepts what the picker offers and nothing else', () => {
    expect(
      ['total', 'pass', 'indicator', 'completion'].every((c) => MAP_PARAMS.color.pattern.test(c)),
    ).toBe(true);
    expect(MAP_PARAMS.color.pattern.test('rainbow')).toBe(false);
    expect(['1', '9', '10'].every((i) => MAP_PARAMS.ind.pattern.test(i))).toBe(true);
    expect(['0', '11', '01', '9.1'].some((i) => MAP_PARAMS.ind.pattern.test(i))).toBe(false);
    expect(MAP_PARAMS.by.pattern.test('district')).toBe(true);
    expect(MAP_PARAMS.by.pattern.test('tambon')).toBe(false);
  });
});
