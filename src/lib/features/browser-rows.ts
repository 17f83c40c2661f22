// The browser's RowSource: a chart's named queries fetched from /api/query as Arrow, for the rare view whose data
// changes without a navigation (everything else is loaded and drawn by the page's server load).
import { fetchQueryRows } from '../arrow-fetch';
import type { RowSource } from './chart-view';

export const browserRows: RowSource = {
  rows: (name, params) => fetchQueryRows(name, params),
};
