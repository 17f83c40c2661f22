import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseArgs } from '../args';
import { registry } from './registry';

afterEach(() => vi.restoreAllMocks());

async function run(argv: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => lines.push(a.join(' ')));
  const code = await registry.run(parseArgs(argv, registry.booleanFlags));
  return { code, out: lines.join('\n') };
}

describe('ita registry', () => {
  it('counts the organisations per type as the DLA file holds them, and lists the unlinked', async () => {
    const { code, out } = await run(['--json', '--unlinked']);
    expect(code).toBe(0);
    const r = JSON.parse(out);
    // ../shared/data/README.md: 5,300 อบต., 2,247 เทศบาลตำบล, 195 เทศบาลเมือง, 30 เทศบาลนคร, 76 อบจ., 1 เมืองพัทยา.
    expect(r.organisations).toBe(7849);
    expect(r.per_type).toEqual({
      sao: 5300,
      subdistrict_municipality: 2247,
      town_municipality: 195,
      city_municipality: 30,
      pao: 76,
      special: 1,
    });
    expect(r.linked + r.unlinked).toBe(7849);
    expect(r.unlinked_list).toHaveLength(r.unlinked);
    // A PAO covers a province: never linked to a subdistrict.
    expect(r.unlinked_list).toContainEqual({
      code: '2110101',
      name: 'อบจ.สมุทรปราการ',
      type: 'pao',
      district: 'เมืองสมุทรปราการ',
      province: 'สมุทรปราการ',
    });
    expect(r.changes).toBe(0);
  });

  it('prints the same in words', async () => {
    const { out } = await run([]);
    expect(out).toContain('organisations / หน่วยงาน: 7,849');
    expect(out).toContain('  town_municipality: 195');
  });
});
