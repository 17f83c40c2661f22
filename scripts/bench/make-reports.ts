// Writes N measure reports for N different SAOs by re-addressing the real sample reports (data/reports/) to other
// organisations: real structure and length, a distinct organisation, district and province in each.
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../../src/lib/server/db/database';

/** A sample report and the names in it that say whose it is. */
const TEMPLATES = [
  { file: '000_7b65a3b7a86215a5.txt', tambon: 'จะรัง', district: 'ยะหริ่ง', province: 'ปัตตานี' },
  { file: '002_4c4a9c54fc41eb39.txt', tambon: 'ตะลุโบะ', district: 'เมือง', province: 'ปัตตานี' },
];

export interface ReportTarget {
  code: string;
  tambon: string;
  district: string;
  province: string;
}

/** SAOs whose subdistrict name is unique in the country (so the report names exactly one), in a fixed order. */
export async function reportTargets(
  db: Database,
  count: number,
  skip = 0,
): Promise<ReportTarget[]> {
  return db.withConnection(async (conn) => {
    const rows = (
      await conn.runAndReadAll(
        `SELECT code, tambon_th, district_th, province_th FROM org
         WHERE type = 'sao' AND tambon_th IN (
           SELECT tambon_th FROM org WHERE type = 'sao' GROUP BY 1 HAVING count(*) = 1)
           AND tambon_th NOT IN ('จะรัง', 'ตะลุโบะ', 'เมืองน้อย')
         ORDER BY hash(code), code LIMIT $n OFFSET $skip`,
        { n: count, skip },
      )
    ).getRows();
    return rows.map(([code, tambon, district, province]) => ({
      code: String(code),
      tambon: String(tambon),
      district: String(district),
      province: String(province),
    }));
  });
}

/** The text of a report for target, from the i-th template. */
export function reportText(target: ReportTarget, i: number, root = process.cwd()): string {
  const t = TEMPLATES[i % TEMPLATES.length]!;
  const text = fs.readFileSync(path.join(root, 'data', 'reports', t.file), 'utf8');
  return text
    .replaceAll(t.tambon, target.tambon)
    .replaceAll(`อำเภอ${t.district}`, `อำเภอ${target.district}`)
    .replaceAll(t.province, target.province);
}

/** Writes one report per target into dir; returns the file paths. */
export function writeReports(dir: string, targets: readonly ReportTarget[]): string[] {
  fs.mkdirSync(dir, { recursive: true });
  return targets.map((target, i) => {
    const file = path.join(dir, `report-${String(i).padStart(3, '0')}-${target.code}.txt`);
    fs.writeFileSync(file, reportText(target, i));
    return file;
  });
}
