// The measure table's URL filters: defaults, every accepted value, and errors naming the parameter.
import { describe, expect, it } from 'vitest';
import { filterParams, parseMeasureFilters, tableQueryParams, PAGE_SIZE } from './measure-filters';
import { categoryName, CATEGORY_IDS } from './category-names';

const parse = (q: string) => parseMeasureFilters(new URLSearchParams(q));

describe('measure filters', () => {
  it('default to everything, first page', () => {
    expect(parse('')).toEqual({
      status: null,
      round: null,
      category: null,
      indicator: null,
      source: null,
      page: 1,
    });
  });
  it('read each filter and turn a page into LIMIT/OFFSET', () => {
    const f = parse('status=completed&round=6m&category=asset_use&indicator=10&source=real&page=3');
    expect(f).toEqual({
      status: 'completed',
      round: '6m',
      category: 'asset_use',
      indicator: '10',
      source: 'real',
      page: 3,
    });
    expect(tableQueryParams(f)).toMatchObject({
      limit: String(PAGE_SIZE),
      offset: String(2 * PAGE_SIZE),
    });
    expect(filterParams(f)).toEqual({
      status: 'completed',
      round: '6m',
      category: 'asset_use',
      indicator: '10',
      source: 'real',
      page: '3',
    });
    expect(filterParams({ ...f, page: 1 }).page).toBeNull();
  });
  it('accept not_possible (ไม่สามารถดำเนินการได้) as a status of its own', () => {
    expect(parse('status=not_possible').status).toBe('not_possible');
    expect(tableQueryParams(parse('status=not_possible'))).toMatchObject({
      status: 'not_possible',
    });
  });
  it.each([
    ['status=done', 'status'],
    ['status=not_possible,unknown', 'status'],
    ['round=24m', 'round'],
    ['category=bribery', 'category'],
    ['indicator=9.1', 'indicator'],
    ['indicator=11', 'indicator'],
    ['source=imported', 'source'],
    ['page=0', 'page'],
    ['page=x', 'page'],
  ])('rejects %s naming the parameter', (q, param) => {
    expect(() => parse(q)).toThrowError(expect.objectContaining({ param }));
  });
});

describe('category names', () => {
  it('come from the taxonomy in both languages, ids kept for unknown ones', () => {
    expect(CATEGORY_IDS.at(-1)).toBe('other');
    expect(categoryName('asset_use', 'th')).toBe('การใช้ทรัพย์สินของราชการ');
    expect(categoryName('asset_use', 'en')).toBe('Use of government property');
    expect(categoryName('renamed_id', 'th')).toBe('renamed_id');
  });
});
