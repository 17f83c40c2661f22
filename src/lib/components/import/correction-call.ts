// Sends one correction of a stored report (a measure field, or the organisation) with the admin token.
import { admin, tokenHeaders } from './admin-session.svelte';
import { postJson, type ApiFailure } from './api-call';

export type Correction =
  | { kind: 'measure'; seq: number; field: 'status' | 'category' | 'indicators'; value: string }
  | { kind: 'org'; org_code: string };

export async function sendCorrection(hash: string, c: Correction): Promise<ApiFailure | null> {
  const r = await postJson<{ ok: true; before: string | null; after: string }>(
    `/api/import/report/${hash}/corrections`,
    JSON.stringify({ ...c, who: admin.who }),
    tokenHeaders(),
  );
  return r.ok ? null : r;
}
