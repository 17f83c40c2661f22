// Snapshot and content checks for the status breakdown (fixed data: the nation of the measures fixture, FY 2567).
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/messages';
import { renderPlotMarkup } from '../server/export/render-svg';
import { measureStatusBreakdownSpec, statusSegments } from './measure-status-breakdown';

const t = translator('th');
// data/fixtures/README.md, db/measures-completion.csv: nation FY 2567, 6m 3/2/3 and 12m 4/0/1 + 1 not_possible + 1 unknown.
const rows = [
  {
    fiscal_year: 2567,
    round: '12m',
    measures: 7,
    completed: 4,
    in_progress: 0,
    not_started: 1,
    not_possible: 1,
    unknown: 1,
  },
  {
    fiscal_year: 2567,
    round: '6m',
    measures: 8,
    completed: 3,
    in_progress: 2,
    not_started: 3,
    not_possible: 0,
    unknown: 0,
  },
];

describe('measure status breakdown', () => {
  it('splits each round into its statuses as shares of all its measures', () => {
    const s = statusSegments(rows).filter((d) => d.round === '12m');
    expect(s.map((d) => [d.status, d.count])).toEqual([
      ['completed', 4],
      ['not_started', 1],
      ['not_possible', 1],
      ['unknown', 1],
    ]);
    expect(s.find((d) => d.status === 'not_possible')!.percent).toBeCloseTo(100 / 7, 10);
  });
  const svg = renderPlotMarkup(measureStatusBreakdownSpec(rows, { t, width: 640 }));
  it('draws the 6-month bar above the 12-month one, with not_possible as its own violet segment', () => {
    expect(svg.indexOf('2567 · รอบ 6 เดือน')).toBeLessThan(svg.indexOf('2567 · รอบ 12 เดือน'));
    expect(svg).toContain('ไม่สามารถดำเนินการได้');
    expect(svg).toContain('fill="#7c3aed"');
    // Seven segments: three at 6 months (none could not be done), four at 12.
    expect(svg.match(/<rect /g)?.length).toBeGreaterThanOrEqual(7);
    expect(svg).toContain('57%');
  });
  it('matches its snapshot', async () => {
    await expect(svg).toMatchFileSnapshot('__snapshots__/measure-status-breakdown.svg');
  });
});
