// The audit log's CSV goes through the one CSV writer: names and file names that could start a formula are neutralised.
import { describe, expect, it } from 'vitest';
import { auditCsv } from './audit-export';
import type { AuditRow } from './audit-list';

const row: AuditRow = {
  id: 7,
  changed_at: '2026-12-05 01:00:00',
  via: 'session',
  actor_name: '=HYPERLINK("http://x","y")',
  user_id: 'u1',
  ip: '10.0.0.1',
  action: 'score_import',
  org_count: 1,
  org_codes: ['6940907'],
  province_codes: ['94'],
  file_hash: 'abc',
  file_name: '+cmd|calc.csv',
  counts: '{"new":1}',
  before: null,
  after: null,
  message: '- จัดทำช่องทางร้องเรียน',
};

describe('audit CSV', () => {
  it('neutralises formula starts in every text cell and keeps numbers bare', () => {
    const lines = auditCsv([row])
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines).toHaveLength(2);
    const data = lines[1]!;
    expect(data.startsWith('7,')).toBe(true);
    expect(data).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(data).toContain(`'+cmd|calc.csv`);
    expect(data).toContain(`'- จัดทำช่องทางร้องเรียน`);
    expect(data).not.toMatch(/(^|,)[=+@-]/);
  });
});
