// The import endpoints as plain functions of a Request: size checks and the writer's rights, then the preview, store, commit or correction.
import type { Actor } from '../auth/actor';
import { refuse } from '../auth/refusal';
import { secretInForm } from '../auth/request-auth';
import type { WriteAction } from '../auth/authorize';
import type { Database } from '../db/database';
import { ReportInputError } from '../ingest/decode';
import { FileLimitError } from '../limits/limits';
import { busyResponse } from '../jobs/busy-response';
import { heavyJobs, QueueFullError } from '../jobs/heavy-queue';
import { PREVIEW_MAX_BYTES } from '../jobs/preview-limits';
import { OverrideError, recordMeasureOverride, recordReportOrgOverride } from '../ingest/overrides';
import { recordReportRoundOverride } from '../ingest/round-override';
import { storeUploadedReport } from '../ingest/web-store';
import type { OrgResolver } from '../registry/resolver';
import { previewFailure, previewReportUpload } from './report-preview';
import {
  commitScoreUpload,
  previewScoreUpload,
  ScoreOptionError,
  scoreOptions,
} from './score-upload';
import { readUpload, UploadError, type Upload, type UploadFields } from './upload';
import {
  checkOrgs,
  checkWriteAccess,
  scoreImportTargets,
  WriteRefused,
  type WriteAccess,
} from './write-access';
import { oneWriteAtATime } from './write-queue';

export interface ImportDeps {
  db: Database;
  /** Who makes the request (hooks.server.ts: session cookie or API token); null for the public, who may only read. */
  actor: Actor | null;
  resolver: () => Promise<OrgResolver>;
  now?: () => Date;
}

export interface ErrorBody {
  ok: false;
  error: { code: string; message: string; message_th: string; param?: string };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  });

export const errorResponse = (
  status: number,
  code: string,
  message: string,
  message_th: string,
  param?: string,
) =>
  json(
    {
      ok: false,
      error: { code, message, message_th, ...(param ? { param } : {}) },
    } satisfies ErrorBody,
    status,
  );

/** Answers the errors every handler shares; anything else is a bug and propagates as a 500. */
async function guarded(fn: () => Promise<Response>): Promise<Response> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof UploadError)
      return errorResponse(err.status, err.code, err.message, err.message_th);
    if (err instanceof ScoreOptionError)
      return errorResponse(400, 'bad_option', err.message, err.message_th, err.param);
    if (err instanceof QueueFullError) return busyResponse(err);
    if (err instanceof WriteRefused) return refusalResponse(err.refusal);
    if (err instanceof OverrideError)
      return errorResponse(400, 'bad_correction', err.message, `บันทึกการแก้ไขไม่ได้: ${err.message}`);
    throw err;
  }
}

const refusalResponse = (r: Extract<WriteAccess, { ok: false }>) =>
  errorResponse(r.status, r.code, r.message, r.message_th);

/** null when the actor may make this kind of write; otherwise the refusal to send. Checked before the body is read. */
function refuseWrite(deps: ImportDeps, action: WriteAction): Response | null {
  const access = checkWriteAccess(deps.actor, action);
  return access.ok ? null : refusalResponse(access);
}

/** Throws the refusal when the actor may not write these organisations. */
async function requireOrgs(
  deps: ImportDeps,
  action: WriteAction,
  codes: readonly (string | null)[],
): Promise<void> {
  const access = await checkOrgs(deps.db, deps.actor, action, codes);
  if (!access.ok) throw new WriteRefused(access);
}

/**
 * The upload of a write request, or the refusal. Who writes is checked before the file is read, so a refused
 * upload is not parsed at all; a secret in the query or a form field is refused (tokens travel in a header only).
 */
async function writeUpload(
  request: Request,
  deps: ImportDeps,
  action: WriteAction,
): Promise<Upload | Response> {
  const refused = refuseWrite(deps, action);
  if (refused) return refused;
  const upload = await readUpload(request);
  const secret = secretInForm(upload.fields);
  return secret ? refusalResponse(secret) : upload;
}

const textField = (fields: UploadFields, name: string): string | null => {
  const v = fields.get(name);
  return typeof v === 'string' ? v : null;
};

/** POST file → the parsed report and what storing it would do. Writes nothing; no token needed. */
export const reportPreview = (request: Request, deps: ImportDeps) =>
  guarded(async () => {
    const file = await (await readUpload(request, PREVIEW_MAX_BYTES)).file();
    const resolver = await deps.resolver();
    // Parsing is the heavy part: it waits for a slot, the upload itself does not hold one.
    return json(await heavyJobs.run(() => previewReportUpload(deps.db, file, resolver)));
  });

/** POST file (+ org_code) by a writer of the report's organisation → stored, or "already loaded, nothing changed". */
export const reportStore = (request: Request, deps: ImportDeps) =>
  guarded(async () => {
    const upload = await writeUpload(request, deps, 'report_store');
    if (upload instanceof Response) return upload;
    const file = await upload.file();
    const actor = deps.actor!;
    try {
      const resolver = await deps.resolver();
      const result = await oneWriteAtATime(() =>
        storeUploadedReport(deps.db, file, {
          orgCode: textField(upload.fields, 'org_code'),
          // The account that stores the report is who chose its organisation, whatever the form says.
          who: actor.name,
          resolver,
          now: deps.now?.(),
          actor,
          beforeStore: (orgCode) => requireOrgs(deps, 'report_store', [orgCode]),
        }),
      );
      return json({ ok: true, ...result });
    } catch (err) {
      if (err instanceof ReportInputError || err instanceof FileLimitError) {
        const failure = previewFailure(file, err);
        return errorResponse(
          400,
          failure.error.code,
          failure.error.message,
          failure.error.message_th,
        );
      }
      throw err;
    }
  });

/** POST file (+ add_orgs, year, strict) → the dry run of import-scores. Writes nothing; no token needed. */
export const scorePreview = (request: Request, deps: ImportDeps) =>
  guarded(async () => {
    const upload = await readUpload(request, PREVIEW_MAX_BYTES);
    const opts = scoreOptions(upload.fields);
    const resolver = await deps.resolver();
    const file = await upload.file();
    return json(
      await heavyJobs.run(() => previewScoreUpload(deps.db, file, { ...opts, resolver })),
    );
  });

/** POST file (+ options) by an admin, or an analyst for their provinces' organisations → imported in one transaction. */
export const scoreCommit = (request: Request, deps: ImportDeps) =>
  guarded(async () => {
    const upload = await writeUpload(request, deps, 'score_import');
    if (upload instanceof Response) return upload;
    const opts = scoreOptions(upload.fields);
    const file = await upload.file();
    const actor = deps.actor!;
    // The server's resolver, asked for inside the queue: a write before this one may have added organisations.
    return json(
      await oneWriteAtATime(async () => {
        const resolver = await deps.resolver();
        let guard: ((p: { orgCode: string }) => void) | undefined;
        if (actor.role !== 'admin') {
          // Checked on the plan before the import starts (every organisation refused is named), and again for each
          // organisation-year as it is written, so a refusal anywhere leaves the database as it was.
          const targets = await scoreImportTargets(deps.db, file, { ...opts, resolver });
          await requireOrgs(
            deps,
            'score_import',
            targets.map((t) => t.code),
          );
          const allowed = new Set(targets.map((t) => t.code));
          guard = (p) => {
            if (!allowed.has(p.orgCode))
              throw new WriteRefused(
                refuse(
                  409,
                  'plan_changed',
                  `Organisation ${p.orgCode} was not in the file's checked plan; nothing was stored. Send the file again.`,
                  `หน่วยงาน ${p.orgCode} ไม่อยู่ในแผนที่ตรวจแล้ว จึงไม่ได้บันทึกข้อมูลใด ๆ ให้ส่งไฟล์อีกครั้ง`,
                ),
              );
          };
        }
        return commitScoreUpload(deps.db, file, { ...opts, resolver, actor, onBeforeWrite: guard });
      }),
    );
  });

/** The organisation a stored report is under now (a person's correction wins over the parser); null when none. */
async function reportOrg(db: Database, hash: string): Promise<string | null> {
  return db.withConnection(async (conn) => {
    const row = (
      await conn.runAndReadAll(
        `SELECT coalesce((SELECT arg_max(value_after, changed_at) FROM report_org_override WHERE report_hash = $h), org_code)
         FROM report WHERE hash = $h`,
        { h: hash },
      )
    ).getRows()[0];
    return row?.[0] == null ? null : String(row[0]);
  });
}

type CorrectionBody =
  | {
      kind: 'measure';
      seq: number;
      field: 'status' | 'category' | 'indicators' | 'status_reason';
      value: string | string[];
      reason?: { kind: string; text?: string | null } | null;
    }
  | { kind: 'org'; org_code: string }
  | { kind: 'round'; round: string };

/**
 * POST JSON by a writer of the report's organisation: {kind:'measure', seq, field, value, reason?} (reason only with
 * status not_possible), {kind:'org', org_code} or {kind:'round', round} (the round as read confirms it). The
 * account is recorded as who made it.
 */
export const reportCorrection = (request: Request, deps: ImportDeps, hash: string) =>
  guarded(async () => {
    const refused = refuseWrite(deps, 'report_correct');
    if (refused) return refused;
    const actor = deps.actor!;
    let body: CorrectionBody;
    try {
      body = (await request.json()) as CorrectionBody;
    } catch {
      return errorResponse(400, 'bad_json', 'Send the correction as JSON.', 'ต้องส่งการแก้ไขเป็น JSON');
    }
    const at = deps.now?.();
    // The report's organisation (and, when it is moved, the new one) must be the writer's; the account is who.
    const who = actor.name;
    await requireOrgs(deps, 'report_correct', [
      await reportOrg(deps.db, hash),
      ...(body?.kind === 'org' ? [String(body.org_code ?? '')] : []),
    ]);
    if (body?.kind === 'org') {
      const r = await oneWriteAtATime(() =>
        recordReportOrgOverride(deps.db, {
          report_hash: hash,
          org_code: String(body.org_code ?? ''),
          who,
          at,
          actor,
        }),
      );
      return json({ ok: true, ...r });
    }
    if (body?.kind === 'round') {
      const r = await oneWriteAtATime(() =>
        recordReportRoundOverride(deps.db, {
          report_hash: hash,
          round: String(body.round ?? ''),
          who,
          at,
          actor,
        }),
      );
      return json({ ok: true, ...r });
    }
    if (body?.kind === 'measure') {
      const r = await oneWriteAtATime(() =>
        recordMeasureOverride(deps.db, {
          report_hash: hash,
          seq: Number(body.seq),
          field: body.field,
          value: body.value,
          reason: body.reason ?? null,
          who,
          at,
          actor,
        }),
      );
      return json({ ok: true, ...r });
    }
    return errorResponse(
      400,
      'bad_correction',
      "kind must be 'measure', 'org' or 'round'",
      "ชนิดการแก้ไขต้องเป็น 'measure', 'org' หรือ 'round'",
      'kind',
    );
  });
