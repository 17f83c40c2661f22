// Named queries over the DLA registry alone (no scores): finding organisations by name, place and code, old or new.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../db/database';
import { tableToRows } from './query-format';
import { queryRunner, type QueryRunner } from './query-runner';

let db: Database;
let runner: QueryRunner;
beforeAll(async () => {
  db = await openDatabase(':memory:');
  runner = queryRunner(db);
});
afterAll(() => db.close());

const rows = async (name: string, params: Record<string, string>) =>
  tableToRows((await runner.run(name, params)).table);

describe('org_lookup', () => {
  it('returns both วังกระแจะ with their DLA codes, told apart by district and province', async () => {
    // The DLA registry: 6230107 อบต.วังกระแจะ (เมืองตราด, ตราด) and 6710207 อบต.วังกระแจะ (ไทรโยค, กาญจนบุรี).
    const r = await rows('org_lookup', { q: 'วังกระแจะ' });
    expect(r.map((x) => [x.code, x.short_name_th, x.district_th, x.province_th, x.type])).toEqual([
      ['6710207', 'อบต.วังกระแจะ', 'ไทรโยค', 'กาญจนบุรี', 'sao'],
      ['6230107', 'อบต.วังกระแจะ', 'เมืองตราด', 'ตราด', 'sao'],
    ]);
  });

  it('finds a municipality and the อบต. of the same name, each with its type', async () => {
    const r = await rows('org_lookup', { q: 'คลองวาฬ' });
    // Same province and district: by full name, องค์การบริหารส่วนตำบล… before เทศบาลตำบล….
    expect(r.map((x) => [x.code, x.type])).toEqual([
      ['6770106', 'sao'],
      ['5770103', 'subdistrict_municipality'],
    ]);
  });

  it('finds an organisation by its old 6-digit subdistrict code, first', async () => {
    const r = await rows('org_lookup', { q: '940917' });
    expect(r[0]).toMatchObject({ code: '6940907', short_name_th: 'อบต.จะรัง' });
  });

  it('finds PAOs and เมืองพัทยา', async () => {
    expect((await rows('org_lookup', { q: 'เมืองพัทยา' })).map((x) => [x.code, x.type])).toEqual([
      ['3200408', 'special'],
    ]);
    const trat = await rows('org_lookup', { q: 'องค์การบริหารส่วนจังหวัดตราด' });
    expect(trat.map((x) => x.code)).toEqual(['2230101']);
  });
});

describe('org_codes_now', () => {
  it("gives each code its organisation's code now, and leaves out codes that name nothing", async () => {
    const r = await rows('org_codes_now', { orgs: '940917,6940108,940909,940912,999999' });
    expect(r.map((x) => [x.given, x.code])).toEqual([
      ['6940108', '6940108'],
      ['940909', '5940902'], // บางปู: its เทศบาลตำบล (no อบต. of that name)
      ['940917', '6940907'],
    ]);
  });
});
