// Snapshot and content checks for the measure completion trend (fixed data).
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/messages';
import { renderPlotMarkup } from '../server/export/render-svg';
import { measureCompletionTrendSpec } from './measure-completion-trend';

const t = translator('th');
const rows = [
  { fiscal_year: 2566, round: '6m', measures: 4, completed: 1, unknown: 0, completion_share: 0.25 },
  {
    fiscal_year: 2566,
    round: '12m',
    measures: 4,
    completed: 3,
    unknown: 0,
    completion_share: 0.75,
  },
  {
    fiscal_year: 2567,
    round: '6m',
    measures: 7,
    completed: 2,
    unknown: 0,
    completion_share: 2 / 7,
  },
  {
    fiscal_year: 2567,
    round: '12m',
    measures: 5,
    completed: 3,
    unknown: 1,
    completion_share: 0.75,
  },
  {
    fiscal_year: 2568,
    round: '12m',
    measures: 2,
    completed: 0,
    unknown: 2,
    completion_share: null,
  },
];

describe('measure completion trend', () => {
  const svg = renderPlotMarkup(measureCompletionTrendSpec(rows, { t, width: 640 }));
  it('draws a line per round with a Thai legend and labelled points', () => {
    expect(svg).toContain('รอบ 6 เดือน');
    expect(svg).toContain('รอบ 12 เดือน');
    expect(svg).toContain('25%');
    expect(svg).toContain('29%');
    expect(svg.match(/<circle /g)).toHaveLength(4);
  });
  it('matches its snapshot', async () => {
    await expect(svg).toMatchFileSnapshot('__snapshots__/measure-completion-trend.svg');
  });
});
