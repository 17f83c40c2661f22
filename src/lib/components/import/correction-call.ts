// Sends one correction of a stored report (a measure field, the organisation or the round) with the admin token.
import { admin, tokenHeaders } from './admin-session.svelte';
import { postJson, type ApiFailure } from './api-call';

export type Correction =
  | {
      kind: 'measure';
      seq: number;
      field: 'status' | 'category' | 'indicators' | 'status_reason';
      value: string;
      /** With status not_possible: why it could not be done. */
      reason?: { kind: string; text: string };
    }
  | { kind: 'org'; org_code: string }
  | { kind: 'round'; round: string };

export async function sendCorrection(hash: string, c: Correction): Promise<ApiFailure | null> {
  const r = await postJson<{ ok: true; before: string | null; after: string }>(
    `/api/import/report/${hash}/corrections`,
    JSON.stringify({ ...c, who: admin.who }),
    tokenHeaders(),
  );
  return r.ok ? null : r;
}
