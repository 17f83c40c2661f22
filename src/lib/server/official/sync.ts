// Writes the official figures (data/official) into their reference tables at start-up when a file changed.
import type { DuckDBConnection } from '@duckdb/node-api';
import { inTransaction } from '../db/database';
import { loadOfficialFigures, type OfficialFigures } from './load';

/** Returns whether it wrote; the files are read and checked first, so a bad file changes nothing. */
export async function syncOfficialFigures(
  conn: DuckDBConnection,
  figures: OfficialFigures | (() => OfficialFigures) = loadOfficialFigures,
): Promise<boolean> {
  const loaded = typeof figures === 'function' ? figures() : figures;
  const stored = await conn.runAndReadAll(`SELECT value FROM db_meta WHERE key = 'official_hash'`);
  if (String(stored.getRows()[0]?.[0] ?? '') === loaded.hash) return false;
  // 'touched' with nothing touched: these tables feed no derived table, so nothing is rebuilt.
  await inTransaction(
    conn,
    async (c) => {
      for (const table of [
        'official_rating',
        'official_by_type',
        'official_national',
        'official_source',
      ])
        await c.run(`DELETE FROM ${table}`);
      for (const s of loaded.sources)
        await c.run(
          'INSERT INTO official_source VALUES ($doc, $fy, $pth, $pen, $tth, $ten, $url, $corpus)',
          {
            doc: s.doc,
            fy: s.fiscal_year,
            pth: s.publisher_th,
            pen: s.publisher_en,
            tth: s.title_th,
            ten: s.title_en,
            url: s.url,
            corpus: s.corpus,
          },
        );
      for (const n of loaded.national)
        await c.run(
          `INSERT INTO official_national VALUES ($fy, $agencies, $mean, $delta, $level, $passed, $share, $target,
             $doc, $note)`,
          {
            fy: n.fiscal_year,
            agencies: n.agencies,
            mean: n.mean_total,
            delta: n.delta_prev,
            level: n.level_label,
            passed: n.passed,
            share: n.pass_share,
            target: n.plan_target,
            doc: n.source_doc,
            note: n.source_note,
          },
        );
      for (const b of loaded.byType)
        await c.run(
          `INSERT INTO official_by_type VALUES ($ry, $th, $type, $fy, $agencies, $mean, $share, $doc, $note)`,
          {
            ry: b.report_year,
            th: b.org_type_th,
            type: b.type,
            fy: b.fiscal_year,
            agencies: b.agencies,
            mean: b.mean_total,
            share: b.pass_share,
            doc: b.source_doc,
            note: b.note,
          },
        );
      for (const r of loaded.ratings)
        await c.run(
          'INSERT INTO official_rating VALUES ($fy, $rating, $rank, $agencies, $share, $doc)',
          {
            fy: r.fiscal_year,
            rating: r.rating,
            rank: r.rank,
            agencies: r.agencies,
            share: r.share,
            doc: r.source_doc,
          },
        );
      await c.run(`UPDATE db_meta SET value = $hash WHERE key = 'official_hash'`, {
        hash: loaded.hash,
      });
    },
    'touched',
  );
  return true;
}
