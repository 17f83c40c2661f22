// Writes the framework files into the framework tables when they changed, so SQL grades with the same rules as TypeScript.
import type { DuckDBConnection } from '@duckdb/node-api';
import { inTransaction } from '../db/transaction';
import { loadFrameworks, readFrameworkFiles, type LoadedFramework } from './load';

function sortKey(code: string): number {
  const [major, minor] = code.split('.');
  return Number(major) * 100 + Number(minor ?? 0);
}

/**
 * Returns whether it wrote anything. Files whose hashes the database already holds are not parsed: validating them
 * was the largest part of a server start's own work (80 ms of CPU).
 */
export async function syncFrameworks(
  conn: DuckDBConnection,
  given?: LoadedFramework[],
): Promise<boolean> {
  const current = new Map(
    (await conn.runAndReadAll('SELECT fiscal_year, file_hash FROM framework'))
      .getRows()
      .map((r) => [Number(r[0]), String(r[1])]),
  );
  const sameAs = (files: { year: number; hash: string }[]) =>
    current.size === files.length && files.every((f) => current.get(f.year) === f.hash);
  if (
    !given &&
    sameAs(readFrameworkFiles().map((f) => ({ year: Number(f.name.slice(0, 4)), hash: f.hash })))
  )
    return false;
  const loaded = given ?? loadFrameworks();
  if (sameAs(loaded.map((l) => ({ year: l.framework.fiscal_year, hash: l.hash })))) return false;
  await inTransaction(conn, async (c) => {
    await c.run('DELETE FROM framework_grade');
    await c.run('DELETE FROM framework_indicator');
    await c.run('DELETE FROM framework');
    for (const { framework: fw, hash } of loaded) {
      await c.run(
        `INSERT INTO framework (fiscal_year, pass_mark, target_min, target_share, target_mean, grading_kind,
           grading_unconfirmed, rated_tools, file_hash)
         VALUES ($fy, $pass, $tmin, $tshare, $tmean, $kind, $unc, CAST($rated AS VARCHAR[]), $hash)`,
        {
          fy: fw.fiscal_year,
          pass: fw.pass_mark,
          tmin: fw.national_target.min_total,
          tshare: fw.national_target.share,
          tmean: fw.national_target.mean_min,
          kind: fw.grading.kind,
          unc: fw.grading.unconfirmed,
          rated: JSON.stringify(fw.grading.tools),
          hash,
        },
      );
      for (const i of fw.indicators) {
        await c.run(
          `INSERT INTO framework_indicator VALUES ($fy, $code, $parent, $tool, $th, $en,
             CAST($aliases AS VARCHAR[]), $weight, $sort, CAST($unc AS VARCHAR[]))`,
          {
            fy: fw.fiscal_year,
            code: i.code,
            parent: i.parent,
            tool: i.tool,
            th: i.name_th,
            en: i.name_en,
            aliases: JSON.stringify(i.aliases_th),
            weight: i.weight,
            sort: sortKey(i.code),
            unc: JSON.stringify(i.unconfirmed),
          },
        );
      }
      for (const [rank, g] of fw.grading.rules.entries()) {
        await c.run('INSERT INTO framework_grade VALUES ($fy, $rank, $label, $en, $min, $each)', {
          fy: fw.fiscal_year,
          rank: rank + 1,
          label: g.label,
          en: g.label_en,
          min: g.min_total,
          each: g.min_each_tool,
        });
      }
    }
  });
  return true;
}
