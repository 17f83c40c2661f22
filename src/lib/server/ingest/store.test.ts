// storeReport keeps what the parser found about a measure that could not be done and about the report's round.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../db/database';
import { loadResolver } from '../registry/resolver';
import { parseReportBytes } from './parse-report';
import { jaRangReport } from './sample-report-text';
import { storeReport } from './store';
import type { ParsedReportFile } from './types';

let db: Database;
beforeEach(async () => {
  db = await openDatabase(':memory:');
});
afterEach(() => db.close());

const MEASURES: [string, string][] = [
  ['มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', 'เผยแพร่ข้อมูลทางเว็บไซต์แล้ว'],
  ['มาตรการตรวจสอบการใช้ดุลยพินิจ', ''],
];

async function parsed(): Promise<ParsedReportFile> {
  const resolver = await db.withConnection((c) => loadResolver(c));
  const bytes = new TextEncoder().encode(jaRangReport(MEASURES));
  return parseReportBytes('jarang.txt', bytes, { resolver });
}

/** The parse as the layout helper's parser will give it: measure 2 could not be done, the round read from the date. */
function withNewFields(p: ParsedReportFile): ParsedReportFile {
  const reason = { kind: 'no_budget' as const, text: 'ไม่ได้รับการจัดสรรงบประมาณ' };
  const m2 = { ...p.record.measures[1]!, status: 'not_possible' as const, status_reason: reason };
  // A reason on a measure of any other status is dropped: the pages show one only for not_possible.
  const m1 = { ...p.record.measures[0]!, status_reason: { kind: 'other' as const, text: 'x' } };
  return {
    report: {
      ...p.report,
      round_evidence: { kind: 'document_date', text: 'ลงวันที่ ๑๕ เมษายน ๒๕๖๖' },
    },
    record: { ...p.record, measures: [m1, m2] },
  };
}

async function query(sql: string): Promise<unknown[][]> {
  return db.withConnection(async (c) => (await c.runAndReadAll(sql)).getRowsJS());
}

describe('storeReport', () => {
  it('writes the status reason and the round evidence, and the views pass them on', async () => {
    const p = withNewFields(await parsed());
    await db.transaction((c) => storeReport(c, p, 'jarang.txt', new Date('2026-01-01T00:00:00Z')));
    expect(
      await query(
        `SELECT seq, status, status_reason_kind, status_reason_text FROM measure ORDER BY seq`,
      ),
    ).toEqual([
      [1, 'completed', null, null],
      [2, 'not_possible', 'no_budget', 'ไม่ได้รับการจัดสรรงบประมาณ'],
    ]);
    expect(
      await query(
        `SELECT seq, status, status_reason_kind, status_reason_text FROM measure_current ORDER BY seq`,
      ),
    ).toEqual([
      [1, 'completed', null, null],
      [2, 'not_possible', 'no_budget', 'ไม่ได้รับการจัดสรรงบประมาณ'],
    ]);
    expect(
      await query(
        `SELECT round, round_evidence_kind, round_evidence_text, round_confirmed FROM report_current`,
      ),
    ).toEqual([['6m', 'document_date', 'ลงวันที่ ๑๕ เมษายน ๒๕๖๖', false]]);
  });

  it('stores no evidence for a report without a round, and no text for an empty one', async () => {
    const p = await parsed();
    const at = new Date('2026-01-01T00:00:00Z');
    const stated: ParsedReportFile = {
      ...p,
      report: { ...p.report, round_evidence: { kind: 'stated', text: '' } },
    };
    const none: ParsedReportFile = {
      ...p,
      report: {
        ...p.report,
        source: { ...p.report.source, sha256: 'b'.repeat(64) },
        round: null,
        round_evidence: null,
      },
    };
    await db.transaction((c) => storeReport(c, stated, 'a.txt', at));
    await db.transaction((c) => storeReport(c, none, 'b.txt', at));
    expect(
      await query(
        `SELECT file_name, round, round_evidence_kind, round_evidence_text FROM report ORDER BY file_name`,
      ),
    ).toEqual([
      ['a.txt', '6m', 'stated', null],
      ['b.txt', null, null, null],
    ]);
  });
});
