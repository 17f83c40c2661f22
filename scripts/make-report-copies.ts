// Makes N measure reports from the real samples in data/reports/, each naming another SAO, for ingest benchmarks and
// tests: `tsx scripts/make-report-copies.ts <count> <folder>`.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundledRegistry, type RegistryOrg } from '../src/lib/server/registry/dla';
import { PROVINCES } from '../src/lib/server/registry/subdistricts';
import { projectPath } from '../src/lib/server/paths';

/** Where each sample names its organisation: the words replaced in a copy. */
const TEMPLATES = [
  {
    file: '000_7b65a3b7a86215a5.txt',
    swap: (s: RegistryOrg) => [
      ['จะรัง', s.place_th],
      ['อำเภอยะหริ่ง', `อำเภอ${s.district_th}`],
      ['จังหวัดปัตตานี', `จังหวัด${s.province_th}`],
    ],
  },
  {
    file: '002_4c4a9c54fc41eb39.txt',
    swap: (s: RegistryOrg) => [
      ['ตะลุโบะ', s.place_th],
      ['อำเภอเมือง จังหวัดปัตตานี', `อำเภอ${s.district_th} จังหวัด${s.province_th}`],
    ],
  },
  {
    file: '003_deb62b3327a31e92.txt',
    swap: (s: RegistryOrg) => [
      ['เมืองน้อย', s.place_th],
      ['กันทรารมย์', s.district_th],
      ['ศรีสะเกษ', s.province_th],
      ['ที่ ศก ', `ที่ ${PROVINCES.find((p) => p.code === s.province_code)?.abbreviation ?? ''} `],
    ],
  },
] as const;

export interface ReportCopy {
  file: string;
  /** The DLA code of the SAO the copy names. */
  code: string;
}

/**
 * Writes `count` copies into `dir`, cycling through the samples; copy i names the i-th of `count` SAOs of the registry
 * spread evenly over the country (so two copies never name the same SAO, and every hash differs).
 */
export function makeReportCopies(count: number, dir: string): ReportCopy[] {
  const all = bundledRegistry().orgs.filter((o) => o.type === 'sao');
  if (count > all.length) throw new Error(`at most ${all.length} copies`);
  fs.mkdirSync(dir, { recursive: true });
  const texts = TEMPLATES.map((t) =>
    fs.readFileSync(projectPath('data', 'reports', t.file), 'utf8'),
  );
  const out: ReportCopy[] = [];
  for (let i = 0; i < count; i++) {
    const sub = all[Math.floor((i * all.length) / count)]!;
    const t = i % TEMPLATES.length;
    let text = texts[t]!;
    for (const [from, to] of TEMPLATES[t]!.swap(sub)) text = text.replaceAll(from, to);
    const file = path.join(dir, `copy-${String(i).padStart(4, '0')}-${sub.code}.txt`);
    fs.writeFileSync(file, text);
    out.push({ file, code: sub.code });
  }
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [count, dir] = process.argv.slice(2);
  if (!count || !dir || !/^\d+$/.test(count)) {
    console.error('usage: tsx scripts/make-report-copies.ts <count> <folder>');
    process.exit(2);
  }
  console.log(`${makeReportCopies(Number(count), dir).length} reports written to ${dir}`);
}
