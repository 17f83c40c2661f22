// Rows of one named query fetched as Arrow in the browser, with a status for ChartFrame; a newer request wins over a slower older one.
import { fetchQueryRows } from '../../arrow-fetch';
import type { QueryName, QueryParams, QueryRows as RowsOf } from '../../queries/types';

export class QueryRows<N extends QueryName> {
  rows = $state<RowsOf[N][]>([]);
  status = $state<'loading' | 'ready' | 'error'>('loading');
  error = $state('');
  private seq = 0;

  load(name: N, params: QueryParams[N]): void {
    const mine = ++this.seq;
    this.status = 'loading';
    fetchQueryRows(name, params)
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
