// Snapshot and content checks for completion by category or indicator (fixed data).
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/messages';
import { renderPlotMarkup } from '../server/export/render-svg';
import { completionByGroupSpec, groupOrder, type GroupCompletionRow } from './completion-by-group';

const t = translator('th');
const rows: GroupCompletionRow[] = [
  {
    group: 'anti_bribery',
    label: 'การป้องกันการรับสินบน',
    round: '6m',
    measures: 2,
    completed: 1,
    completion_share: 0.5,
  },
  {
    group: 'anti_bribery',
    label: 'การป้องกันการรับสินบน',
    round: '12m',
    measures: 1,
    completed: 1,
    completion_share: 1,
  },
  {
    group: 'complaints',
    label: 'เรื่องร้องเรียนและแจ้งเบาะแส',
    round: '6m',
    measures: 1,
    completed: 0,
    completion_share: 0,
  },
  {
    group: 'complaints',
    label: 'เรื่องร้องเรียนและแจ้งเบาะแส',
    round: '12m',
    measures: 1,
    completed: 0,
    completion_share: 0,
  },
  {
    group: 'discretion_review',
    label: 'การตรวจสอบการใช้ดุลยพินิจ',
    round: '6m',
    measures: 1,
    completed: 0,
    completion_share: 0,
  },
];

describe('completion by group', () => {
  it('orders groups by the latest round, lowest first; groups missing it go first', () => {
    expect(groupOrder(rows)).toEqual(['discretion_review', 'complaints', 'anti_bribery']);
  });
  it('orders by the latest stated round, not by a report that names none', () => {
    const unstated: GroupCompletionRow = {
      group: 'complaints',
      label: 'เรื่องร้องเรียนและแจ้งเบาะแส',
      round: 'unknown',
      measures: 1,
      completed: 1,
      completion_share: 1,
    };
    expect(groupOrder([...rows, unstated])).toEqual(groupOrder(rows));
  });
  const svg = renderPlotMarkup(
    completionByGroupSpec(rows, { t, width: 640, groupTitle: t('measures.col.category') }),
  );
  it('draws a dot per group and round, joined where both rounds exist, with labels', () => {
    expect(svg.match(/<circle /g)).toHaveLength(5);
    expect(svg).toContain('การตรวจสอบการใช้ดุลยพินิจ');
    expect(svg).toContain('รอบ 12 เดือน');
  });
  it('matches its snapshot', async () => {
    await expect(svg).toMatchFileSnapshot('__snapshots__/completion-by-group.svg');
  });
  it('shortens labels on a phone', () => {
    const narrow = renderPlotMarkup(
      completionByGroupSpec(rows, { t, width: 360, groupTitle: t('measures.col.category') }),
    );
    expect(narrow).toContain('…');
  });
});
