import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../db/database';
import { searchOrgs } from './org-search';
import { loadResolver, type OrgResolver } from './resolver';

let db: Database;
let resolver: OrgResolver;
beforeAll(async () => {
  db = await openDatabase(':memory:');
  resolver = await db.withConnection((c) => loadResolver(c));
});
afterAll(() => db.close());

describe('searchOrgs', () => {
  it('finds an SAO by its name with or without อบต.', () => {
    for (const q of ['จะรัง', 'อบต.จะรัง', 'องค์การบริหารส่วนตำบลจะรัง']) {
      expect(searchOrgs(resolver, q)[0]).toMatchObject({
        code: '6940907',
        district_th: 'ยะหริ่ง',
        province_th: 'ปัตตานี',
      });
    }
  });
  it('finds by code', () => {
    expect(searchOrgs(resolver, '6940108')[0]).toMatchObject({ short_name_th: 'อบต.ตะลุโบะ' });
  });
  it('marks same-name organisations so the box shows district and province', () => {
    const hits = searchOrgs(resolver, 'วังกระแจะ').filter((h) => h.short_name_th === 'อบต.วังกระแจะ');
    expect(hits.map((h) => h.code).sort()).toEqual(['6230107', '6710207']);
    expect(hits.every((h) => h.ambiguous)).toBe(true);
  });
  it('returns nothing for an empty query', () => {
    expect(searchOrgs(resolver, '   ')).toEqual([]);
  });
});
