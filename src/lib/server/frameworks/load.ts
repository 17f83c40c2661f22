// Reads and validates the per-year framework files in data/frameworks/ (one JSON file per fiscal year).
import crypto from 'node:crypto';
import fs from 'node:fs';
import { z } from 'zod';
import type { Framework } from '../../ita/framework';
import { projectPath } from '../paths';

const score = z.number().min(0).max(100);
const indicator = z.object({
  code: z.string().regex(/^\d+(\.\d+)?$/, 'an indicator code such as "4" or "9.4"'),
  parent: z.string().nullable(),
  tool: z.enum(['IIT', 'EIT', 'OIT']),
  name_th: z.string().min(1),
  name_en: z.string().min(1),
  aliases_th: z.array(z.string()).default([]),
  weight: z.number().positive().max(1),
  unconfirmed: z.array(z.string()).default([]),
});
const frameworkSchema = z.object({
  fiscal_year: z.number().int().min(2500).max(2700),
  note: z.string().optional(),
  pass_mark: score,
  national_target: z.object({
    min_total: score,
    share: z.number().min(0).max(1),
    mean_min: score.nullable().default(null),
    source: z.string().optional(),
    unconfirmed: z.array(z.string()).default([]),
  }),
  tools: z
    .array(
      z.object({
        code: z.enum(['IIT', 'EIT', 'OIT']),
        name_th: z.string(),
        name_en: z.string(),
        weight: z.number().positive().max(1).optional(),
        weight_source: z.string().nullable().default(null),
        unconfirmed: z.array(z.string()).default([]),
        parts: z
          .array(
            z.object({
              code: z.string().regex(/^[A-Z]+\d$/, 'a part code such as "EIT1"'),
              name_th: z.string().min(1),
              name_en: z.string().min(1),
              aliases: z.array(z.string()).default([]),
            }),
          )
          .default([]),
      }),
    )
    .length(3),
  indicators: z.array(indicator).min(1),
  grading: z.object({
    kind: z.enum(['level', 'rating']),
    unconfirmed: z.boolean(),
    source: z.string().nullable().default(null),
    tools: z.array(z.string()).default([]),
    rules: z
      .array(
        z.object({
          label: z.string().min(1),
          label_en: z.string().min(1),
          min_total: score,
          min_each_tool: score.nullable(),
          aliases: z.array(z.string()).default([]),
        }),
      )
      .min(1),
  }),
  national_reference: z.record(z.string(), z.number()).nullable().optional(),
});

export interface LoadedFramework {
  framework: Framework;
  file: string;
  hash: string;
}

/** Checks what a schema cannot: weights add up, parents exist, the last rule catches every total. */
function checkConsistency(fw: Framework): string[] {
  const problems: string[] = [];
  const codes = new Set(fw.indicators.map((i) => i.code));
  const groups = new Map<string | null, number>();
  for (const i of fw.indicators) {
    if (i.parent !== null && !codes.has(i.parent))
      problems.push(`indicator ${i.code}: parent ${i.parent} is not defined`);
    groups.set(i.parent, (groups.get(i.parent) ?? 0) + i.weight);
  }
  for (const [parent, sum] of groups) {
    if (Math.abs(sum - 1) > 0.001)
      problems.push(
        `the weights of ${parent === null ? 'the top-level indicators' : `the sub-indicators of ${parent}`} add up to ${sum.toFixed(4)}, not 1`,
      );
  }
  for (const t of fw.tools) {
    const sum = fw.indicators
      .filter((i) => i.parent === null && i.tool === t.code)
      .reduce((acc, i) => acc + i.weight, 0);
    if (t.weight !== undefined && Math.abs(t.weight - sum) > 0.001)
      problems.push(
        `tool ${t.code}: weight ${t.weight} is not the sum of its indicators' weights (${sum.toFixed(4)})`,
      );
  }
  const scoreCodes = new Set(fw.tools.flatMap((t) => [t.code, ...t.parts.map((p) => p.code)]));
  for (const code of fw.grading.tools)
    if (!scoreCodes.has(code))
      problems.push(`grading.tools: ${code} is neither a tool nor a part of one`);
  if (fw.grading.rules.some((r) => r.min_each_tool !== null) && fw.grading.tools.length === 0)
    problems.push('grading.tools must list the tool scores that min_each_tool applies to');
  const rules = fw.grading.rules;
  if (rules[rules.length - 1]?.min_total !== 0)
    problems.push('the last grading rule must start at 0 so that every total gets a grade');
  return problems;
}

export function parseFramework(text: string, file: string): Framework {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new Error(`${file}: not valid JSON (${(err as Error).message})`, { cause: err });
  }
  const parsed = frameworkSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: field ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  const fw = parsed.data as Framework;
  const problems = checkConsistency(fw);
  if (problems.length) throw new Error(`${file}: ${problems.join('; ')}`);
  return fw;
}

const FRAMEWORKS_DIR = ['data', 'frameworks'];

/** The framework files, <year>.json, sorted by year, with their text and its hash (what the database records). */
export function readFrameworkFiles(
  dir: string = projectPath(...FRAMEWORKS_DIR),
): { name: string; file: string; text: string; hash: string }[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{4}\.json$/.test(f))
    .sort()
    .map((name) => {
      const file = `${dir}/${name}`;
      const text = fs.readFileSync(file, 'utf8');
      return { name, file, text, hash: crypto.createHash('sha256').update(text).digest('hex') };
    });
}

/** Every data/frameworks/<year>.json, sorted by year; the file name must match its fiscal_year. */
export function loadFrameworks(dir: string = projectPath(...FRAMEWORKS_DIR)): LoadedFramework[] {
  return readFrameworkFiles(dir).map(({ name: f, file, text, hash }) => {
    const framework = parseFramework(text, file);
    if (String(framework.fiscal_year) !== f.slice(0, 4))
      throw new Error(`${file}: fiscal_year ${framework.fiscal_year} does not match the file name`);
    return { framework, file, hash };
  });
}

let cache: Map<number, Framework> | null = null;

/** The frameworks by fiscal year, read once per process. */
export function frameworksByYear(): Map<number, Framework> {
  cache ??= new Map(loadFrameworks().map((l) => [l.framework.fiscal_year, l.framework]));
  return cache;
}

export function frameworkFor(fiscalYear: number): Framework {
  const fw = frameworksByYear().get(fiscalYear);
  if (!fw)
    throw new Error(
      `No framework for fiscal year ${fiscalYear}: add data/frameworks/${fiscalYear}.json`,
    );
  return fw;
}
