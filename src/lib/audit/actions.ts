// The kinds of write the audit log records (audit_log.action, migration 021): shared by the server and the admin page.

export const AUDIT_ACTIONS = [
  'score_import',
  'report_store',
  'measure_correction',
  'org_correction',
  'round_correction',
  'demo_load',
  'user_change',
  'token_change',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** How the writer was authenticated (Actor.via). */
export const AUDIT_VIAS = ['session', 'token', 'cli'] as const;
export type AuditVia = (typeof AUDIT_VIAS)[number];
