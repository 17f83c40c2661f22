// The parse-report contract other tools rely on: one JSON document and exit 0, or one stderr line and exit 2.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { projectPath } from '../../lib/server/paths';

function parseReport(file: string) {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', projectPath('src', 'cli', 'ita.ts'), 'parse-report', file],
    {
      encoding: 'utf8',
      // No database: the command must work from the national registry alone.
      env: { ...process.env, ITA_DB: projectPath('tmp', 'no-such-database.duckdb') },
    },
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('ita parse-report', () => {
  it('prints exactly one JSON document with the contract fields and exits 0', () => {
    const r = parseReport(projectPath('data', 'reports', '002_4c4a9c54fc41eb39.txt'));
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual([
      'source',
      'org',
      'fiscal_year',
      'round',
      'round_evidence',
      'period',
      'measures',
      'claims',
      'warnings',
    ]);
    expect(Object.keys(doc.source)).toEqual(['file', 'sha256', 'format', 'encoding']);
    expect(Object.keys(doc.org)).toEqual([
      'code',
      'name_th',
      'tambon_code',
      'district_th',
      'province_th',
    ]);
    expect(Object.keys(doc.measures[0])).toEqual([
      'seq',
      'name_th',
      'category',
      'indicators',
      'indicator_source',
      'responsible',
      'monitoring_rounds',
      'output',
      'outcome',
      'status',
      'status_evidence',
      'status_reason',
    ]);
    expect(Object.keys(doc.claims[0])).toEqual([
      'kind',
      'indicator',
      'value',
      'assessment_year',
      'text',
    ]);
    expect(doc.org.code).toBe('6940108');
  }, 60_000);

  it.each([
    [
      'a PDF that is only a header',
      projectPath('data', 'fixtures', 'reports', 'src', 'not-a-report.pdf'),
      /not-a-report\.pdf: this PDF is damaged and cannot be read/,
    ],
    ['a missing file', projectPath('tmp', 'missing-report.txt'), /no such file/],
  ])(
    'prints one line on stderr and exits 2 for %s',
    (_label, file, why) => {
      const r = parseReport(file);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      const lines = r.stderr.split('\n').filter((l) => l.trim() !== '');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(why);
    },
    60_000,
  );
});
