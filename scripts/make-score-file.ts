// Makes a large score file (CSV, wide or long) for load tests: every organisation of a database for every framework
// year, then generated municipalities (imported with --add-orgs) until the wanted number of organisation-years is reached.
// `ITA_DB=… tsx scripts/make-score-file.ts <organisation-years> <out.csv> [--long]`
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { topIndicators, weightedTotal } from '../src/lib/ita/framework';
import { openDatabase } from '../src/lib/server/db/database';
import { frameworksByYear } from '../src/lib/server/frameworks/load';
import { loadOrgRecords, type OrgRecord } from '../src/lib/server/registry/resolver';
import { PROVINCES } from '../src/lib/server/registry/subdistricts';

/** Codes of generated municipalities: 7 digits like the DLA's, starting with 9 so they never meet a real geocode. */
const generatedCode = (i: number) => `9${String(i).padStart(6, '0')}`;

/** A small deterministic generator (mulberry32): the same seed gives the same file. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface ScoreFileSpec {
  /** Organisation-years (one row each when wide; with long, the number of lines instead). */
  rows: number;
  /**
   * wide (default): one line per organisation-year. long: one line per score (ten indicators and the total, so
   * eleven lines per organisation-year), `rows` lines in all, the last organisation-year cut short if need be.
   */
  shape?: 'wide' | 'long';
  /** Organisations already registered (their rows come first). */
  orgs: Pick<OrgRecord, 'code' | 'name_th' | 'type' | 'district_th' | 'province_th'>[];
  seed?: number;
}

/**
 * The CSV text, how many municipalities it adds, and how many organisation-years and data lines it holds. Each
 * organisation-year has ten indicator scores (60.00-100.00) and the total the year's weights give, so every row is
 * valid. A long file holds only whole organisation-years: floor(rows / 11) of them.
 */
export function makeScoreCsv(spec: ScoreFileSpec): {
  csv: string;
  addedOrgs: number;
  orgYears: number;
  lines: number;
} {
  const long = spec.shape === 'long';
  const frameworks = [...frameworksByYear().values()].sort((a, b) => a.fiscal_year - b.fiscal_year);
  const indicators = topIndicators(frameworks[0]!).map((i) => i.code);
  const perOrgYear = long ? indicators.length + 1 : 1;
  const orgYears = Math.floor(spec.rows / perOrgYear);
  const next = random(spec.seed ?? 1);
  const head = ['รหัส', 'ชื่อหน่วยงาน', 'ประเภท', 'อำเภอ', 'จังหวัด', 'ปีงบประมาณ'];
  const lines = [
    (long
      ? [...head, 'ตัวชี้วัด', 'คะแนน']
      : [...head, ...indicators.map((c) => `ตัวชี้วัดที่ ${c}`), 'คะแนนรวม']
    ).join(','),
  ];
  const registered = spec.orgs.length;
  // Bangkok has no municipalities.
  const provinces = PROVINCES.filter((p) => p.code !== '10');
  const orgsNeeded = Math.ceil(orgYears / frameworks.length);
  let written = 0;
  for (let o = 0; o < orgsNeeded; o++) {
    const org = spec.orgs[o];
    const province = provinces[o % provinces.length]!;
    const who = org
      ? [
          org.code,
          org.name_th,
          org.type === 'sao' ? 'อบต.' : '',
          org.district_th ?? '',
          org.province_th ?? '',
        ]
      : [
          generatedCode(o - registered),
          `เทศบาลตำบลทดสอบ${o - registered}`,
          'เทศบาลตำบล',
          '',
          province.name_th,
        ];
    for (const fw of frameworks) {
      if (written === orgYears) break;
      written++;
      const scores: Record<string, number> = {};
      for (const code of indicators) scores[code] = Math.round(6000 + next() * 4000) / 100;
      const total = weightedTotal(fw, scores);
      const totalText = total === null ? '' : total.toFixed(2);
      if (!long) {
        lines.push(
          [...who, fw.fiscal_year, ...indicators.map((c) => scores[c]!.toFixed(2)), totalText].join(
            ',',
          ),
        );
        continue;
      }
      for (const c of indicators)
        lines.push([...who, fw.fiscal_year, `ตัวชี้วัดที่ ${c}`, scores[c]!.toFixed(2)].join(','));
      lines.push([...who, fw.fiscal_year, 'คะแนนรวม', totalText].join(','));
    }
  }
  return {
    csv: lines.join('\n') + '\n',
    addedOrgs: Math.max(0, orgsNeeded - registered),
    orgYears,
    lines: lines.length - 1,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const long = process.argv.includes('--long');
  const [rows, out] = process.argv.slice(2).filter((a) => a !== '--long');
  if (!rows || !out || !/^\d+$/.test(rows)) {
    console.error(
      'usage: ITA_DB=<database> tsx scripts/make-score-file.ts <organisation-years, or lines with --long> <out.csv> [--long]',
    );
    process.exit(2);
  }
  const db = await openDatabase();
  const orgs = await db.withConnection((c) => loadOrgRecords(c));
  db.close();
  const made = makeScoreCsv({ rows: Number(rows), orgs, shape: long ? 'long' : 'wide' });
  fs.writeFileSync(out, made.csv);
  console.log(
    `${made.orgYears} organisation-years in ${made.lines} lines written to ${out} (${made.addedOrgs} new municipalities: use --add-orgs)`,
  );
}
