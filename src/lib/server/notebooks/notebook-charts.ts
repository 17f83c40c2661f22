// The export path's lookup of a notebook chart by its id (notebook-<slug>--<block>): the PNG/SVG/CSV/XLSX and the
// deck render it through the same chart-export code as every dashboard chart.
import type { AnyChartDef } from '../../features/chart-view';
import { parseNotebookChartId } from '../../features/notebooks/notebook-types';
import { getDatabase } from '../db/database';
import { findNotebook } from './notebook-store';
import { notebookChartDef } from './run-notebook';

export function notebookChartFor(id: string): AnyChartDef | undefined {
  const parsed = parseNotebookChartId(id);
  if (!parsed) return undefined;
  const nb = findNotebook(parsed.slug);
  if (!nb || !('blocks' in nb)) return undefined;
  const block = nb.blocks.find((b) => b.kind === 'chart' && b.id === parsed.block);
  return block?.kind === 'chart' ? notebookChartDef(nb, block, () => getDatabase()) : undefined;
}
