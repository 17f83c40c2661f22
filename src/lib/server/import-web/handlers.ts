// The import endpoints as plain functions of a Request: size and token checks, then the preview, store, commit or correction.
import type { Actor } from '../auth/actor';
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
import { ADMIN_TOKEN_HEADER, checkWriteAccess, presentedToken } from './write-access';
import { oneWriteAtATime } from './write-queue';

export interface ImportDeps {
  db: Database;
  /** The token writes need (ITA_ADMIN_TOKEN), or null when writes are off. */
  adminToken: string | null;
  resolver: () => Promise<OrgResolver>;
  now?: () => Date;
  /** Who writes, recorded in the audit log: the request's actor (locals.actor); absent, the shared admin token. */
  actor?: Actor;
}

/** The writer while the server knows no users: whoever holds ITA_ADMIN_TOKEN. */
const SHARED_TOKEN_ACTOR: Actor = {
  via: 'token',
  userId: null,
  name: 'ITA_ADMIN_TOKEN',
  role: 'admin',
  provinces: [],
  orgs: [],
  ip: null,
};
const writer = (deps: ImportDeps): Actor => deps.actor ?? SHARED_TOKEN_ACTOR;

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
    if (err instanceof OverrideError)
      return errorResponse(400, 'bad_correction', err.message, `บันทึกการแก้ไขไม่ได้: ${err.message}`);
    throw err;
  }
}

/** null when the request may write; otherwise the refusal to send. Checked before the upload is parsed. */
function refuseWrite(
  deps: ImportDeps,
  request: Request,
  form?: UploadFields | null,
): Response | null {
  const access = checkWriteAccess(presentedToken(request.headers, form), deps.adminToken);
  return access.ok
    ? null
    : errorResponse(access.status, access.code, access.message, access.message_th);
}

/**
 * The upload of a write request, or the refusal. A token in the header (or no token configured) is checked before the
 * file is read, so a refused upload is not parsed at all; a token in a form field needs the form first.
 */
async function writeUpload(request: Request, deps: ImportDeps): Promise<Upload | Response> {
  const header = request.headers.get(ADMIN_TOKEN_HEADER);
  if (deps.adminToken === null || header !== null) {
    const refused = refuseWrite(deps, request);
    if (refused) return refused;
  }
  const upload = await readUpload(request);
  return (header === null && refuseWrite(deps, request, upload.fields)) || upload;
}

const textField = (fields: UploadFields, name: string): string | null => {
  const v = fields.get(name);
  return typeof v === 'string' ? v : null;
};

/** POST with the token header: 200 when it is the server's token, else the refusal (so the page can say so before an upload). */
export const tokenCheck = (request: Request, deps: ImportDeps) =>
  guarded(async () => refuseWrite(deps, request) ?? json({ ok: true }));

/** POST file → the parsed report and what storing it would do. Writes nothing; no token needed. */
export const reportPreview = (request: Request, deps: ImportDeps) =>
  guarded(async () => {
    const file = await (await readUpload(request, PREVIEW_MAX_BYTES)).file();
    const resolver = await deps.resolver();
    // Parsing is the heavy part: it waits for a slot, the upload itself does not hold one.
    return json(await heavyJobs.run(() => previewReportUpload(deps.db, file, resolver)));
  });

/** POST file (+ org_code, who) with the token → stored, or "already loaded, nothing changed". */
export const reportStore = (request: Request, deps: ImportDeps) =>
  guarded(async () => {
    const upload = await writeUpload(request, deps);
    if (upload instanceof Response) return upload;
    const file = await upload.file();
    try {
      const resolver = await deps.resolver();
      const result = await oneWriteAtATime(() =>
        storeUploadedReport(deps.db, file, {
          orgCode: textField(upload.fields, 'org_code'),
          who: textField(upload.fields, 'who'),
          resolver,
          now: deps.now?.(),
          actor: writer(deps),
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

/** POST file (+ options) with the token → imported in one transaction. */
export const scoreCommit = (request: Request, deps: ImportDeps) =>
  guarded(async () => {
    const upload = await writeUpload(request, deps);
    if (upload instanceof Response) return upload;
    const opts = scoreOptions(upload.fields);
    const file = await upload.file();
    // The server's resolver, asked for inside the queue: a write before this one may have added organisations.
    return json(
      await oneWriteAtATime(async () =>
        commitScoreUpload(deps.db, file, {
          ...opts,
          resolver: await deps.resolver(),
          actor: writer(deps),
        }),
      ),
    );
  });

type CorrectionBody =
  | {
      kind: 'measure';
      seq: number;
      field: 'status' | 'category' | 'indicators' | 'status_reason';
      value: string | string[];
      reason?: { kind: string; text?: string | null } | null;
      who: string;
    }
  | { kind: 'org'; org_code: string; who: string }
  | { kind: 'round'; round: string; who: string };

/**
 * POST JSON with the token header: {kind:'measure', seq, field, value, reason?, who} (reason only with status
 * not_possible), {kind:'org', org_code, who} or {kind:'round', round, who} (the round as read confirms it).
 */
export const reportCorrection = (request: Request, deps: ImportDeps, hash: string) =>
  guarded(async () => {
    const refused = refuseWrite(deps, request);
    if (refused) return refused;
    let body: CorrectionBody;
    try {
      body = (await request.json()) as CorrectionBody;
    } catch {
      return errorResponse(400, 'bad_json', 'Send the correction as JSON.', 'ต้องส่งการแก้ไขเป็น JSON');
    }
    const at = deps.now?.();
    if (body?.kind === 'org') {
      const r = await oneWriteAtATime(() =>
        recordReportOrgOverride(deps.db, {
          report_hash: hash,
          org_code: String(body.org_code ?? ''),
          who: String(body.who ?? ''),
          at,
          actor: writer(deps),
        }),
      );
      return json({ ok: true, ...r });
    }
    if (body?.kind === 'round') {
      const r = await oneWriteAtATime(() =>
        recordReportRoundOverride(deps.db, {
          report_hash: hash,
          round: String(body.round ?? ''),
          who: String(body.who ?? ''),
          at,
          actor: writer(deps),
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
          who: String(body.who ?? ''),
          at,
          actor: writer(deps),
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
