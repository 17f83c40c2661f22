// Who may write what, in one place: authorize(actor, action, target) for every write kind the server accepts.
import type { Database } from '../db/database';
import { provinceOf } from '../registry/subdistricts';
import { LIST, listValue, VARCHAR } from '@duckdb/node-api';
import type { Actor } from './actor';
import { refuse, type Decision } from './refusal';

/**
 * score_import: a score file's organisation-years. report_store: an uploaded measure report. report_correct: a
 * correction of a stored report (its measures, round, or organisation). user_admin: accounts and their tokens.
 */
export type WriteAction = 'score_import' | 'report_store' | 'report_correct' | 'user_admin';

/** An organisation a write touches; null in a target when the write's organisation is not known (not resolved). */
export interface OrgTarget {
  code: string;
  name_th: string;
  province_code: string | null;
  province_th: string | null;
}

/** At most this many organisations are named in a refusal; the rest are counted. */
const NAMED = 5;

function named(orgs: OrgTarget[]): { en: string; th: string } {
  const list = orgs
    .slice(0, NAMED)
    .map((o) => `${o.name_th} (${o.code}${o.province_th ? `, ${o.province_th}` : ''})`)
    .join(', ');
  const more = orgs.length - NAMED;
  return {
    en: more > 0 ? `${list} and ${more} more` : list,
    th: more > 0 ? `${list} และอีก ${more} แห่ง` : list,
  };
}

const LOGIN_NEEDED = refuse(
  401,
  'login_required',
  'Sign in to store data (/login), or send an API token in the header Authorization: Bearer <token>. Reading needs no account.',
  'ต้องเข้าสู่ระบบก่อนบันทึกข้อมูล (/login) หรือส่งโทเคน API ในส่วนหัว Authorization: Bearer <token> การดูข้อมูลไม่ต้องมีบัญชี',
);

/**
 * Whether actor may do action to target (the organisations it writes). Admins may do everything; an analyst may
 * import and correct the data of organisations in their provinces; an officer may store and correct the reports of
 * their organisations; nobody else may write. A refusal names the organisations and says why.
 */
export function authorize(
  actor: Actor | null,
  action: WriteAction,
  target: readonly (OrgTarget | null)[] = [],
): Decision {
  if (!actor) return LOGIN_NEEDED;
  if (actor.role === 'admin') return { ok: true };
  if (action === 'user_admin')
    return refuse(
      403,
      'admin_only',
      'Only an admin may manage accounts.',
      'เฉพาะผู้ดูแลระบบ (admin) เท่านั้นที่จัดการบัญชีผู้ใช้ได้',
    );
  if (actor.role === 'officer' && action === 'score_import')
    return refuse(
      403,
      'officer_scores',
      "An organisation officer stores and corrects their organisation's reports; score files are imported by the province's analyst or an admin.",
      'เจ้าหน้าที่หน่วยงานบันทึกและแก้ไขรายงานของหน่วยงานตนเองได้ ส่วนไฟล์คะแนนต้องนำเข้าโดยนักวิเคราะห์ของจังหวัดหรือผู้ดูแลระบบ',
    );
  if (target.some((o) => o === null))
    return refuse(
      403,
      'org_unknown',
      "The report's organisation could not be determined: choose it on the preview before storing (you may store only your own organisations' data).",
      'ระบุหน่วยงานของรายงานไม่ได้ ให้เลือกหน่วยงานในหน้าตัวอย่างก่อนบันทึก (บันทึกได้เฉพาะข้อมูลของหน่วยงานที่ได้รับสิทธิ์)',
    );
  const orgs = target as OrgTarget[];
  if (actor.role === 'analyst') {
    const outside = orgs.filter(
      (o) => !o.province_code || !actor.provinces.includes(o.province_code),
    );
    if (outside.length === 0) return { ok: true };
    const yours = actor.provinces.map((p) => provinceOf(p)?.name_th ?? p).join(', ');
    const n = named(outside);
    return refuse(
      403,
      'other_province',
      `Nothing was stored: ${n.en} ${outside.length === 1 ? 'is' : 'are'} outside your province(s) (${yours}). An analyst may write only the data of their own provinces.`,
      `ไม่ได้บันทึกข้อมูลใด ๆ: ${n.th} ไม่อยู่ในจังหวัดที่คุณได้รับสิทธิ์ (${yours}) นักวิเคราะห์บันทึกได้เฉพาะข้อมูลของจังหวัดตนเอง`,
    );
  }
  const outside = orgs.filter((o) => !actor.orgs.includes(o.code));
  if (outside.length === 0) return { ok: true };
  const n = named(outside);
  return refuse(
    403,
    'other_org',
    `Nothing was stored: ${n.en} is not your organisation (${actor.orgs.join(', ')}). An officer may write only their own organisation's reports.`,
    `ไม่ได้บันทึกข้อมูลใด ๆ: ${n.th} ไม่ใช่หน่วยงานของคุณ (${actor.orgs.join(', ')}) เจ้าหน้าที่บันทึกได้เฉพาะรายงานของหน่วยงานตนเอง`,
  );
}

/** The organisations of these codes as targets (a code not in the registry is named by its code alone). */
export async function orgTargets(db: Database, codes: readonly string[]): Promise<OrgTarget[]> {
  const unique = [...new Set(codes)];
  if (unique.length === 0) return [];
  const found = await db.withConnection(async (conn) =>
    (
      await conn.runAndReadAll(
        `SELECT code, name_th, province_code, province_th FROM org WHERE list_contains($codes, code)`,
        { codes: listValue(unique) },
        { codes: LIST(VARCHAR) },
      )
    ).getRowObjectsJS(),
  );
  const byCode = new Map(found.map((o) => [String(o.code), o]));
  return unique.map((code) => {
    const o = byCode.get(code);
    return {
      code,
      name_th: o ? String(o.name_th) : code,
      province_code: (o?.province_code as string | null) ?? null,
      province_th: (o?.province_th as string | null) ?? null,
    };
  });
}
