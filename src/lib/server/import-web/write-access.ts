// Who may write through the web: a read-only replica nobody; otherwise the account rules (auth/authorize.ts) for each write's organisations.
import type { Actor } from '../auth/actor';
import { authorize, orgTargets, type OrgTarget, type WriteAction } from '../auth/authorize';
import type { Decision, Refusal } from '../auth/refusal';
import type { Database } from '../db/database';
import { ReadOnlyError, readOnlyMode } from '../db/snapshot';
import { analyseScoreFile, type ScoreFile, type ScoreImportOptions } from '../import/import-scores';

export type WriteAccess = Decision;

/** A write refused by the account rules, thrown from inside a write (before anything is stored) and answered as is. */
export class WriteRefused extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.message);
  }
}

/** A read-only replica (ITA_READ_ONLY) refuses every write, whoever asks, and says where the writer is. */
function readOnlyRefusal(): Refusal {
  const [message, message_th] = new ReadOnlyError().message.split(' / ');
  return { ok: false, status: 403, code: 'read_only', message: message!, message_th: message_th! };
}

/**
 * Whether actor may make this kind of write at all, before the request's body is read: a replica refuses, a public
 * request is asked to sign in, an officer is told score files are not theirs. The organisations are checked later.
 */
export function checkWriteAccess(
  actor: Actor | null,
  action: WriteAction,
  readOnly: boolean = readOnlyMode(),
): WriteAccess {
  if (readOnly) return readOnlyRefusal();
  return authorize(actor, action, []);
}

/** Whether actor may write these organisations (codes); admins are not looked up. */
export async function checkOrgs(
  db: Database,
  actor: Actor | null,
  action: WriteAction,
  codes: readonly (string | null)[],
): Promise<WriteAccess> {
  if (actor?.role === 'admin') return { ok: true };
  const known = codes.filter((c): c is string => c !== null);
  const targets = await orgTargets(db, known);
  const byCode = new Map(targets.map((t) => [t.code, t]));
  return authorize(
    actor,
    action,
    codes.map((c) => (c === null ? null : byCode.get(c)!)),
  );
}

/**
 * The organisations a score file would write (organisation-years new or changed, and organisations it adds), read
 * with the import's own analysis, so an analyst is refused before the import starts and told which ones.
 */
export async function scoreImportTargets(
  db: Database,
  file: ScoreFile,
  opts: ScoreImportOptions,
): Promise<OrgTarget[]> {
  const { planned, write } = await db.withConnection((conn) => analyseScoreFile(conn, file, opts));
  const added = new Map(
    write.newOrgs.map((o) => [
      o.code,
      {
        code: o.code,
        name_th: o.name_th,
        province_code: o.province_code,
        province_th: o.province_th,
      },
    ]),
  );
  const written = [
    ...new Set(planned.filter((p) => p.change !== 'unchanged').map((p) => p.orgCode)),
  ];
  const registered = await orgTargets(
    db,
    written.filter((c) => !added.has(c)),
  );
  return [...registered, ...added.values()];
}
