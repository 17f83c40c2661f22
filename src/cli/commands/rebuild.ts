// ita rebuild: rebuild every derived table (score_current, org_year, measure_current, indicator statistics) from the data.
import type { Command } from '../command';
import { getDatabase } from '../../lib/server/db/database';

export const rebuild: Command = {
  name: 'rebuild',
  summary:
    'Rebuild the derived tables (current scores, organisation-years, measures, statistics) from the data',
  usage: `ita rebuild

Every write already refreshes the derived tables for what it changed, in the same transaction.
This rebuilds all of them from the stored data in one transaction, for use after editing the
database by hand or to check that nothing drifted. Readers see the old tables until it commits.
Prints the rows written into each table and the time taken.`,
  async run() {
    const db = await getDatabase();
    const t0 = performance.now();
    const result = await db.rebuild();
    const seconds = (performance.now() - t0) / 1000;
    db.close();
    console.log(`database: ${db.path}`);
    console.log('rebuilt in one transaction / สร้างตารางสรุปใหม่ทั้งหมดแล้ว');
    for (const [table, rows] of Object.entries(result.rows))
      console.log(`  ${table}: ${rows.toLocaleString('en')} rows`);
    console.log(`time: ${seconds.toFixed(1)} s`);
    return 0;
  },
};
