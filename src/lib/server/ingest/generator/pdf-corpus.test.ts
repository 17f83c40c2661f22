// The committed generated PDFs (data/fixtures/reports/generated, from Chromium and LibreOffice) parse to their ground truth.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectPath } from '../../paths';
import { parseReportBytes } from '../parse-report';
import { compareReport } from './compare';
import type { GroundTruth } from './spec';

const DIR = projectPath('data', 'fixtures', 'reports', 'generated');
const corpus = JSON.parse(fs.readFileSync(`${DIR}/truth.json`, 'utf8')) as {
  seed: number;
  reports: { file: string; producer: string; truth: GroundTruth }[];
};

describe('generated PDF reports', () => {
  it('are twenty, half from each producer', () => {
    expect(corpus.reports).toHaveLength(20);
    expect(corpus.reports.filter((r) => r.producer === 'chromium')).toHaveLength(10);
    for (const r of corpus.reports) expect(fs.existsSync(`${DIR}/${r.file}`), r.file).toBe(true);
  });

  it.each(corpus.reports.map((r) => [r.file, r] as const))(
    '%s parses to its ground truth',
    async (file, { truth }) => {
      const { report } = await parseReportBytes(file, fs.readFileSync(`${DIR}/${file}`));
      expect(report.source.format).toBe('pdf');
      expect(compareReport(report, truth).mismatches).toEqual([]);
    },
  );
});
