// A real SAO report rewritten as a municipality's: it must resolve to the municipality, never to the อบต. of the same place.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectPath } from '../paths';
import { parseReportBytes } from './parse-report';

const sample = fs.readFileSync(projectPath('data', 'reports', '000_7b65a3b7a86215a5.txt'), 'utf8');

/** Sample 000 (อบต.จะรัง, ยะหริ่ง, ปัตตานี) as the report of another organisation, its name and place replaced. */
function rewritten(full: string, short: string, district: string, province: string): Uint8Array {
  const text = sample
    .replaceAll('องค์การบริหารส่วนตำบลจะรัง', full)
    .replaceAll('อบต.จะรัง', short)
    .replaceAll('ยะหริ่ง', district)
    .replaceAll('ปัตตานี', province);
  expect(text).not.toContain('จะรัง');
  return new TextEncoder().encode(text);
}

describe('a municipality writes the same report', () => {
  // The DLA registry: 5770103 เทศบาลตำบลคลองวาฬ and 6770106 อบต.คลองวาฬ, both in เมืองประจวบคีรีขันธ์.
  it('resolves to the เทศบาลตำบล, not the อบต. of the same name and place', async () => {
    const bytes = rewritten('เทศบาลตำบลคลองวาฬ', 'ทต.คลองวาฬ', 'เมืองประจวบคีรีขันธ์', 'ประจวบคีรีขันธ์');
    const { report } = await parseReportBytes('klong-wan.txt', bytes);
    expect(report.org.code).toBe('5770103');
    expect(report.org.name_th).toBe('เทศบาลตำบลคลองวาฬ');
    // The rest of the report reads as the SAO's did (FY 2565, four measures).
    expect(report.fiscal_year).toBe(2565);
    expect(report.measures).toHaveLength(4);
  });

  it('and the อบต. of that place still resolves to the อบต.', async () => {
    const bytes = rewritten(
      'องค์การบริหารส่วนตำบลคลองวาฬ',
      'อบต.คลองวาฬ',
      'เมืองประจวบคีรีขันธ์',
      'ประจวบคีรีขันธ์',
    );
    const { report } = await parseReportBytes('klong-wan-sao.txt', bytes);
    expect(report.org.code).toBe('6770106');
  });

  it('resolves a เทศบาลเมือง written with its short prefix', async () => {
    // 4961001 เทศบาลเมืองสุไหงโก-ลก, นราธิวาส.
    const bytes = rewritten('เทศบาลเมืองสุไหงโก-ลก', 'ทม.สุไหงโก-ลก', 'สุไหงโก-ลก', 'นราธิวาส');
    const { report } = await parseReportBytes('sungai-kolok.txt', bytes);
    expect(report.org.code).toBe('4961001');
  });
});
