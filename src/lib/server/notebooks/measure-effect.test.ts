// The measure-effectiveness notebook (notebooks/measure-effect.md) on five SAOs whose answer is worked out by hand.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../db/database';
import { loadFixtureMeasures, loadFixtureScores } from '../db/fixture-db';
import { projectPath } from '../paths';
import { parseNotebook } from '../../features/notebooks/parse-notebook';
import { runNotebookSql, type Results } from './run-notebook';

// Indicator 9 and 4 of five SAOs, 2566 → 2567 (the notebook's year = 2567: measures of 2566, change 2566 → 2567).
//   org       ind 9: 2566 → 2567 (change)   ind 4: 2566 → 2567 (change)   measures of 2566 target
//   A 6940907      60 → 75 (+15)               85 → 84 (−1)                  9, 9.1
//   B 6940108      70 → 80 (+10)               88 → 90 (+2)                  9.3  (a sub-indicator of 9)
//   C 6940104      80 → 79 (−1)                90 → 90 (0)                   9
//   D 6940908      65 → 70 (+5)                70 → 80 (+10)                 4    (its 2565 measure on 9 is another year)
//   E 6230303      90 → 88 (−2)                75 → 79 (+4)                  4
const SCORES = `org_code,fiscal_year,code,value,source,superseded
6940907,2566,9,60,synthetic,false
6940907,2567,9,75,synthetic,false
6940108,2566,9,70,synthetic,false
6940108,2567,9,80,synthetic,false
6940104,2566,9,80,synthetic,false
6940104,2567,9,79,synthetic,false
6940908,2566,9,65,synthetic,false
6940908,2567,9,70,synthetic,false
6230303,2566,9,90,synthetic,false
6230303,2567,9,88,synthetic,false
6940907,2566,4,85,synthetic,false
6940907,2567,4,84,synthetic,false
6940108,2566,4,88,synthetic,false
6940108,2567,4,90,synthetic,false
6940104,2566,4,90,synthetic,false
6940104,2567,4,90,synthetic,false
6940908,2566,4,70,synthetic,false
6940908,2567,4,80,synthetic,false
6230303,2566,4,75,synthetic,false
6230303,2567,4,79,synthetic,false
`;
const MEASURES = `org_code,fiscal_year,round,seq,name_th,category,indicators,status,source
6940907,2566,12m,1,มาตรการเผยแพร่ข้อมูล,public_disclosure,9;9.1,completed,synthetic
6940108,2566,12m,1,มาตรการจัดซื้อจัดจ้าง,procurement_budget,9.3,completed,synthetic
6940104,2566,12m,1,มาตรการเปิดเผยข้อมูล,public_disclosure,9,completed,synthetic
6940908,2566,12m,1,มาตรการยืม-คืนทรัพย์สิน,asset_use,4,completed,synthetic
6940908,2565,12m,1,มาตรการเผยแพร่ข้อมูล,public_disclosure,9,completed,synthetic
6230303,2566,12m,1,มาตรการยืม-คืนทรัพย์สิน,asset_use,4,completed,synthetic
`;

let db: Database;
let results: Results;
beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-effect-'));
  fs.writeFileSync(path.join(dir, 'scores.csv'), SCORES);
  fs.writeFileSync(path.join(dir, 'measures.csv'), MEASURES);
  db = await openDatabase(':memory:');
  await loadFixtureScores(db, path.join(dir, 'scores.csv'));
  await loadFixtureMeasures(db, path.join(dir, 'measures.csv'));
  fs.rmSync(dir, { recursive: true });
  const file = projectPath('notebooks', 'measure-effect.md');
  const nb = parseNotebook('measure-effect', file, fs.readFileSync(file, 'utf8'));
  results = await runNotebookSql(db, nb, { year: 2567, province: null, type: 'sao' }, 1);
});
afterAll(() => db.close());

const rowsOf = (name: string) => {
  const r = results[name]!;
  if (r.error !== undefined) throw new Error(r.error);
  return r.rows;
};

describe('notebooks/measure-effect.md', () => {
  it('per indicator and group: counts, medians, means and the 95 % interval of the mean', () => {
    const effect = rowsOf('effect').map((r) => [
      r.indicator,
      r.grp,
      r.orgs,
      r.median_change,
      r.mean_change,
      r.interval_low,
      r.interval_high,
      r.synthetic,
    ]);
    // Indicator 4: targeted D, E {+10, +4}: median 7, mean 7, sd² = (9 + 9)/1 = 18, half = 1.96·√18/√2 = 5.88.
    //   not targeted A, B, C {−1, +2, 0}: median 0, mean 0.33, sd² = (1.78 + 2.78 + 0.11)/2 = 2.33,
    //   half = 1.96·√2.33/√3 = 1.73.
    // Indicator 9: targeted A, B, C {+15, +10, −1}: median 10, mean 8, sd² = (49 + 4 + 81)/2 = 67,
    //   half = 1.96·√67/√3 = 9.26. Not targeted D, E {+5, −2}: median 1.5, mean 1.5, sd² = 24.5, half = 6.86.
    expect(effect).toEqual([
      ['4', 'มุ่งเป้า / targeted', 2, 7, 7, 1.12, 12.88, 2],
      ['4', 'ไม่มุ่งเป้า / not targeted', 3, 0, 0.33, -1.4, 2.06, 3],
      ['9', 'มุ่งเป้า / targeted', 3, 10, 8, -1.26, 17.26, 3],
      ['9', 'ไม่มุ่งเป้า / not targeted', 2, 1.5, 1.5, -5.36, 8.36, 2],
    ]);
  });

  it('per indicator: the gap between the groups and its interval', () => {
    const gap = rowsOf('gap').map((r) => [
      r.indicator,
      r.targeted_orgs,
      r.other_orgs,
      r.median_gap,
      r.mean_gap,
      r.gap_low,
      r.gap_high,
    ]);
    // 4: median gap 7 − 0 = 7, mean gap 7 − 0.333 = 6.67, half = 1.96·√(18/2 + 2.333/3) = 1.96·3.127 = 6.13.
    // 9: median gap 10 − 1.5 = 8.5, mean gap 8 − 1.5 = 6.5, half = 1.96·√(67/3 + 24.5/2) = 1.96·5.881 = 11.53.
    expect(gap).toEqual([
      ['4', 2, 3, 7, 6.67, 0.54, 12.8],
      ['9', 3, 2, 8.5, 6.5, -5.03, 18.03],
    ]);
  });
});
