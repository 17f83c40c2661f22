// Sends one correction of a stored report (a measure field, the organisation or the round) in the signed-in session.
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
    JSON.stringify(c),
  );
  return r.ok ? null : r;
}
