// The organisation page's named queries on the hand-made fixture org-scores.csv / org-measures.csv: every expected value is worked out in data/fixtures/README.md.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../i18n/messages';
import { medianPeer, peerGroupName, peerSentence, SIMILAR_COUNT } from '../../ita/peer-group';
import { LOWEST_COUNT } from '../../ita/weak';
import { openDatabase, type Database } from '../db/database';
import { FIXTURE_DIR, loadFixtureMeasures, loadFixtureScores } from '../db/fixture-db';
import { tableToRows } from './query-format';
import { queryRunner, type QueryRunner } from './query-runner';

const A = '6940907';

let db: Database;
let runner: QueryRunner;
beforeAll(async () => {
  db = await openDatabase(':memory:');
  await loadFixtureScores(db, `${FIXTURE_DIR}/org-scores.csv`);
  await loadFixtureMeasures(db, `${FIXTURE_DIR}/org-measures.csv`);
  await db.transaction(async (conn) => {
    await conn.run(
      `INSERT INTO import_batch VALUES ('fixture-org', 'ita-2567-pattani.xlsx', 'scores', TIMESTAMP '2026-01-01 00:00:00', '{}')`,
    );
  });
  runner = queryRunner(db);
});
afterAll(() => db.close());

async function rows(name: string, params: Record<string, string>) {
  return tableToRows((await runner.run(name, params)).table);
}
const byCode = (r: Record<string, unknown>[], code: string) => r.find((x) => x.code === code)!;

describe('org_profile and org_close_matches', () => {
  it('names the organisation with its district and province', async () => {
    expect(await rows('org_profile', { code: A })).toEqual([
      {
        code: A,
        name_th: 'องค์การบริหารส่วนตำบลจะรัง',
        short_name_th: 'อบต.จะรัง',
        type: 'sao',
        district_code: '9409',
        district_th: 'ยะหริ่ง',
        province_code: '94',
        province_th: 'ปัตตานี',
        same_name_orgs: 0,
      },
    ]);
    const [wang] = await rows('org_profile', { code: '6230107' });
    expect(wang!.same_name_orgs).toBe(1);
  });
  it('returns nothing for an unknown code, and its neighbours as close matches', async () => {
    // ยะหริ่ง's อบต. are 6940904-6940918: 6940919 is no code; the eight nearest codes of its district, nearest first.
    expect(await rows('org_profile', { code: '6940919' })).toEqual([]);
    const close = await rows('org_close_matches', { code: '6940919' });
    expect(close.map((r) => r.code)).toEqual([
      '6940918',
      '6940917',
      '6940916',
      '6940915',
      '6940914',
      '6940913',
      '6940912',
      '6940911',
    ]);
    expect(close.every((r) => r.distance === 1)).toBe(true);
    // An old subdistrict code that names no organisation (940919 is no subdistrict): its district's organisations.
    expect(await rows('org_profile', { code: '940919' })).toEqual([]);
    const old = await rows('org_close_matches', { code: '940919' });
    expect(old).toHaveLength(8);
    expect(old.every((r) => r.district_th === 'ยะหริ่ง')).toBe(true);
  });
});

describe('org_years', () => {
  it('grades each year and names the imported file of the real year', async () => {
    const r = await rows('org_years', { code: A });
    expect(
      r.map((x) => [x.fiscal_year, x.total, x.level, x.passed, x.source, x.source_files]),
    ).toEqual([
      [2566, 80, 'ต้องปรับปรุง', false, 'synthetic', []],
      [2567, 88, 'ผ่านดี', true, 'real', ['ita-2567-pattani.xlsx']],
    ]);
    expect(r[1]).toMatchObject({ iit: 90, eit: 88, oit: 86, pass_mark: 85 });
    // A single EIT, no parts: both ratings were computed on three tools.
    expect(r.map((x) => [x.eit1, x.eit2, x.tools_incomplete])).toEqual([
      [null, null, true],
      [null, null, true],
    ]);
  });
});

describe('org_rank', () => {
  it('ranks the 2567 total in district, province and type (equal totals share a rank)', async () => {
    expect(await rows('org_rank', { code: A, fiscal_year: '2567' })).toEqual([
      {
        total: 88,
        district_rank: 2,
        district_orgs: 3,
        province_rank: 3,
        province_orgs: 5,
        type_rank: 4,
        type_orgs: 8,
      },
    ]);
    // 6230107 ties with 6940907 at 88.00 and shares rank 4; in ตราด only 6230303 (99) is above it.
    const [f] = await rows('org_rank', { code: '6230107', fiscal_year: '2567' });
    expect(f).toMatchObject({ type_rank: 4, province_rank: 2, province_orgs: 2 });
  });
});

describe('org_similar', () => {
  it('orders the others by distance between 2566 z-score profiles', async () => {
    const r = await rows('org_similar', { code: A, fiscal_year: '2567' });
    expect(r.map((x) => x.org_code)).toEqual([
      '6230303',
      '6940108',
      '6940908',
      '6940104',
      '6940909',
    ]);
    const d = r.map((x) => Number(x.distance));
    const expected = [0, Math.sqrt(2.4), Math.sqrt(3.6), Math.sqrt(5.4), Math.sqrt(6.6)];
    d.forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 9));
    expect(r.map((x) => x.similar_rank)).toEqual([1, 2, 3, 4, 5]);
    expect(r[0]).toMatchObject({
      profile_year: 2566,
      total: 99,
      source: 'synthetic',
      province_th: 'ตราด',
    });
  });
  it('uses the same year when the organisation has no scores the year before', async () => {
    const r = await rows('org_similar', { code: A, fiscal_year: '2566' });
    expect(r.map((x) => x.org_code)).toEqual([
      '6230303',
      '6940108',
      '6940908',
      '6940104',
      '6940909',
    ]);
    expect(r.every((x) => x.profile_year === 2566)).toBe(true);
  });
});

describe('weak=peer_median with the similar group: the SQL and the sentence agree', () => {
  // Indicator 7 in 2567 (data/fixtures/README.md). SAOs, A included: 60, 70, 80, 82.5, 85, 90, 95, 100 → median
  // 83.75. A with its five similar (H 100, D 95, B 90, E 70, C 80): 70, 80, 82.5, 90, 95, 100 → median 86.25. The two
  // differ, so the test tells which one weak_flags read.
  const weakRows = (peer: string) =>
    rows('org_weak_indicators', {
      code: A,
      fiscal_year: '2567',
      peer,
      weak: 'peer_median',
      lowest_n: String(LOWEST_COUNT),
    });
  it('compares with the median of the same type nationwide, as the sentence says', async () => {
    const similar = await weakRows('similar');
    expect(byCode(similar, '7')).toMatchObject({ value: 82.5, peer_median: 83.75, weak: true });
    expect(byCode(similar, '7').peer_median).not.toBe(86.25);
    // The group the sentence names first is the group whose median the SQL read.
    expect(similar).toEqual(await weakRows(medianPeer('similar')));
    const t = translator('en');
    const [org] = await rows('org_profile', { code: A });
    const org3 = org as { type: string; district_th: string; province_th: string };
    const sentence = peerSentence('similar', 'peer_median', t, org3);
    expect(sentence.startsWith(peerGroupName('type', t, org3))).toBe(true);
    expect(sentence).toBe(
      'SAOs nationwide (instead of the most similar organisations, which have no shared median)',
    );
  });
  it('does the same in every area query that marks weak indicators', async () => {
    const area = {
      fiscal_year: '2567',
      province: '94',
      type: 'sao',
      weak: 'peer_median',
      lowest_n: '2',
    };
    for (const name of ['province_orgs', 'indicator_summary', 'indicator_heatmap']) {
      const similar = await rows(name, { ...area, peer: 'similar' });
      expect(similar.length, name).toBeGreaterThan(0);
      expect(similar, name).toEqual(await rows(name, { ...area, peer: 'type' }));
    }
  });
  it('holds the similar group to SIMILAR_COUNT members in the SQL too', async () => {
    const [c] = await db.withConnection(async (conn) =>
      (await conn.runAndReadAll('SELECT similar_count() AS n')).getRowObjectsJS(),
    );
    expect(Number(c!.n)).toBe(SIMILAR_COUNT);
  });
});

describe('org_indicator_benchmark', () => {
  const seven = async (peer: string) =>
    byCode(await rows('org_indicator_benchmark', { code: A, fiscal_year: '2567', peer }), '7');
  it('leaves the organisation out of its own district benchmark', async () => {
    // Peers 80 and 90: median 85 (with 82.50 itself it would be 82.50).
    expect(await seven('district')).toMatchObject({
      value: 82.5,
      source: 'real',
      peers: 2,
      synthetic_peers: 2,
      peer_min: 80,
      peer_q1: 82.5,
      peer_median: 85,
      peer_q3: 87.5,
      peer_max: 90,
      peer_rank: 2,
    });
  });
  it('computes quartiles for the province, the type and the similar group', async () => {
    expect(await seven('province')).toMatchObject({
      peers: 4,
      peer_min: 70,
      peer_q1: 77.5,
      peer_median: 85,
      peer_q3: 91.25,
      peer_max: 95,
      peer_rank: 3,
    });
    expect(await seven('type')).toMatchObject({
      peers: 7,
      peer_min: 60,
      peer_q1: 75,
      peer_median: 85,
      peer_q3: 92.5,
      peer_max: 100,
      peer_rank: 5,
    });
    expect(await seven('similar')).toMatchObject({
      peers: 5,
      peer_min: 70,
      peer_q1: 80,
      peer_median: 90,
      peer_q3: 95,
      peer_max: 100,
      peer_rank: 4,
    });
  });
  it('lists the ten indicators in framework order', async () => {
    const r = await rows('org_indicator_benchmark', {
      code: A,
      fiscal_year: '2567',
      peer: 'district',
    });
    expect(r.map((x) => x.code)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(byCode(r, '1')).toMatchObject({ value: 90, peer_median: 90, peer_rank: 1 });
  });
});

describe('org_weak_indicators', () => {
  const weak = async (def: string) =>
    (
      await rows('org_weak_indicators', {
        code: A,
        fiscal_year: '2567',
        peer: 'province',
        weak: def,
        lowest_n: String(LOWEST_COUNT),
      })
    )
      .filter((x) => x.weak)
      .map((x) => x.code);
  it('applies each definition of weak', async () => {
    expect(await weak('pass_mark')).toEqual(['7']);
    expect(await weak('lowest')).toEqual(['7', '10']);
    // Province medians (weak_flags includes the organisation): 7 → 82.50 (not below), 10 → 90 (below).
    expect(await weak('peer_median')).toEqual(['10']);
  });
  it('reports the peer median as weak_flags defines it', async () => {
    const r = await rows('org_weak_indicators', {
      code: A,
      fiscal_year: '2567',
      peer: 'province',
      weak: 'peer_median',
      lowest_n: '2',
    });
    expect(byCode(r, '7')).toMatchObject({
      value: 82.5,
      peer_median: 82.5,
      below_peer_median: false,
    });
    expect(byCode(r, '10')).toMatchObject({
      value: 85,
      peer_median: 90,
      value_rank: 2,
      lowest: true,
    });
  });
});

describe('org_measures and org_measure_completion', () => {
  it('puts the rounds of each measure side by side with the report file', async () => {
    const r = await rows('org_measures', { code: A, fiscal_year: '2567' });
    expect(r.map((x) => [x.seq, x.category, x.status_6m, x.status_12m])).toEqual([
      [1, 'public_disclosure', 'completed', 'completed'],
      [2, 'communication', 'in_progress', 'completed'],
      [3, 'integrity_declaration', 'not_started', 'in_progress'],
      [4, 'discretion_review', null, 'completed'],
    ]);
    expect(r[0]).toMatchObject({
      indicators: ['9', '9.1', '7'],
      indicator_source: 'inferred',
      file_6m: 'fixture-6940907.txt',
      file_12m: 'fixture-6940907.txt',
      synthetic: false,
    });
  });
  it('computes the share completed per round', async () => {
    const r = await rows('org_measure_completion', { code: A });
    expect(r.map((x) => [x.fiscal_year, x.round, x.measures, x.completed, x.synthetic])).toEqual([
      [2567, '6m', 3, 1, false],
      [2567, '12m', 4, 3, false],
    ]);
    expect(r[0]!.completed_share).toBeCloseTo(1 / 3, 12);
    expect(r[1]!.completed_share).toBe(0.75);
  });
});

describe('org_measure_response', () => {
  const params = (weak: string) => ({
    code: A,
    fiscal_year: '2567',
    peer: 'province',
    weak,
    lowest_n: '2',
  });
  it('follows the indicators weak in 2566 through the 2567 measures to the 2567 scores', async () => {
    const r = await rows('org_measure_response', params('pass_mark'));
    expect(
      r.map((x) => [
        x.code,
        x.weak_year,
        x.value_before,
        x.measures,
        x.measures_completed,
        x.value_after,
        x.change,
      ]),
    ).toEqual([
      ['1', 2566, 80, 0, 0, 90, 10],
      ['7', 2566, 70, 2, 2, 82.5, 12.5],
      ['10', 2566, 80, 1, 0, 85, 5],
    ]);
    expect(byCode(r, '7').measure_names).toEqual([
      'มาตรการประชาสัมพันธ์ผ่านช่องทางออนไลน์',
      'มาตรการเผยแพร่ข้อมูลต่อสาธารณะ',
    ]);
    expect(byCode(r, '7')).toMatchObject({ source_before: 'synthetic', source_after: 'real' });
  });
  it('is empty when nothing was weak under the definition', async () => {
    // In 2566 the organisation is at or above every province median.
    expect(await rows('org_measure_response', params('peer_median'))).toEqual([]);
  });
});

describe('org_peer_practices', () => {
  it('shows the best-scoring province peers that had measures on the indicator', async () => {
    const r = await rows('org_peer_practices', {
      code: A,
      fiscal_year: '2567',
      indicators: '7,10',
    });
    expect(
      r.map((x) => [
        x.code,
        x.pick,
        x.peer_rank,
        x.peer_code,
        x.peer_value,
        x.status_6m,
        x.status_12m,
      ]),
    ).toEqual([
      ['7', 1, 2, '6940908', 90, 'completed', 'completed'],
      ['7', 2, 3, '6940909', 80, 'not_started', 'not_started'],
      ['7', 3, 4, '6940104', 70, null, 'in_progress'],
    ]);
    // 6940108 scores highest (95) but has no measure on indicator 7; nobody has one on indicator 10.
    expect(r[0]).toMatchObject({
      own_value: 82.5,
      peers: 4,
      peer_name_th: 'อบต.ตะโละ',
      measure_name_th: 'มาตรการเปิดเผยข้อมูลข่าวสาร',
      measure_synthetic: true,
    });
  });
});
