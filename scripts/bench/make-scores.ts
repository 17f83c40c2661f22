// Writes a national score file (wide CSV: one row per organisation-year, indicators 1-10 and the weighted total) with
// N organisation-years of organisations already in the database, as a province or the NACC would send it.
import fs from 'node:fs';
import type { Database } from '../../src/lib/server/db/database';
import { round2, topIndicators, weightedTotal } from '../../src/lib/ita/framework';
import { frameworksByYear } from '../../src/lib/server/frameworks/load';

/** Writes file and returns how many organisation-years it holds (fewer than asked when the database has fewer). */
export async function writeScoreFile(
  db: Database,
  file: string,
  orgYears: number,
): Promise<number> {
  const frameworks = frameworksByYear();
  const years = [...frameworks.keys()].sort();
  const orgs = await db.withConnection(async (conn) =>
    (
      await conn.runAndReadAll(
        `SELECT code, short_name_th, district_th, province_th FROM org WHERE type = 'sao'
         ORDER BY code LIMIT $n`,
        { n: Math.ceil(orgYears / years.length) },
      )
    ).getRows(),
  );
  const codes = topIndicators(frameworks.get(years[0]!)!).map((i) => i.code);
  const lines = [
    ['code', 'name', 'district', 'province', 'year', ...codes.map((c) => `I${c}`), 'total'].join(
      ',',
    ),
  ];
  let n = 0;
  let s = 1;
  const next = () => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
  for (const [code, name, district, province] of orgs) {
    for (const year of years) {
      if (n === orgYears) break;
      const fw = frameworks.get(year)!;
      const values: Record<string, number> = {};
      for (const c of topIndicators(fw).map((i) => i.code)) values[c] = round2(60 + 40 * next());
      const total = weightedTotal(fw, values)!;
      lines.push(
        [
          code,
          name,
          district,
          province,
          year,
          ...codes.map((c) => values[c]!.toFixed(2)),
          total.toFixed(2),
        ].join(','),
      );
      n++;
    }
  }
  fs.writeFileSync(file, lines.join('\n') + '\n');
  return n;
}
