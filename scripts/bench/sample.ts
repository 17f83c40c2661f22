// Reads, from the benchmark database, the years, provinces, districts and organisations that page parameters are drawn from.
import type { Database } from '../../src/lib/server/db/database';
import type { Sample } from './page-requests';

/** Shuffles deterministically (a fixed LCG), so two runs ask for the same parameters. */
function shuffled<T>(xs: T[]): T[] {
  const out = [...xs];
  let s = 2567;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export async function readSample(db: Database): Promise<Sample> {
  return db.withConnection(async (conn) => {
    const col = async (sql: string) =>
      (await conn.runAndReadAll(sql)).getRows().map((r) => String(r[0]));
    const years = (await col(`SELECT DISTINCT fiscal_year FROM org_year ORDER BY 1`)).map(Number);
    const districts = shuffled(
      await col(
        `SELECT DISTINCT district_code FROM org WHERE type = 'sao' AND district_code IS NOT NULL ORDER BY 1`,
      ),
    );
    const provinces = [...new Set(districts.map((d) => d.slice(0, 2)))];
    const orgs = shuffled(
      await col(
        `SELECT org_code FROM org_year GROUP BY org_code HAVING count(DISTINCT fiscal_year) = ${years.length} ORDER BY 1`,
      ),
    ).slice(0, 2000);
    return { years, provinces, districts, orgs };
  });
}
