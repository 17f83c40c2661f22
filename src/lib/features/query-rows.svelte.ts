// Rows of one named query read in the browser through browserRows, with a status for a chart frame; a newer request
// wins over a slower older one. Only for data that changes without a navigation.
import type { QueryName, QueryParams, QueryRows as RowsOf } from '../queries/types';
import { browserRows } from './browser-rows';

export class QueryRows<N extends QueryName> {
  rows = $state<RowsOf[N][]>([]);
  status = $state<'loading' | 'ready' | 'error'>('loading');
  error = $state('');
  private seq = 0;

  load(name: N, params: QueryParams[N]): void {
    const mine = ++this.seq;
    this.status = 'loading';
    browserRows
      .rows(name, params)
      .then((rows) => {
        if (mine !== this.seq) return;
        this.rows = rows;
        this.status = 'ready';
      })
      .catch((err: Error) => {
        if (mine !== this.seq) return;
        this.error = err.message;
        this.status = 'error';
      });
  }
}
