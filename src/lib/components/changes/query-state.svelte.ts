// Rows of one named query fetched as Arrow in the browser, with a status for ChartFrame; a newer request wins over a slower older one.
import { fetchQueryRows } from '../../arrow-fetch';

export class QueryRows<T> {
  rows = $state<T[]>([]);
  status = $state<'loading' | 'ready' | 'error'>('loading');
  error = $state('');
  private seq = 0;

  load(name: string, params: Record<string, string | number | null | undefined>): void {
    const mine = ++this.seq;
    this.status = 'loading';
    fetchQueryRows<T>(name, params)
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
