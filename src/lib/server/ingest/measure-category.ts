// Assigns a measure its main and secondary categories from the editable taxonomy in data/taxonomy/measure-categories.json.
import fs from 'node:fs';
import { z } from 'zod';
import { projectPath } from '../paths';

export interface Category {
  id: string;
  name_th: string;
  cues: string[];
  indicators: string[];
  specificity: number;
}

const taxonomySchema = z.object({
  categories: z
    .array(
      z.object({
        id: z.string().min(1),
        name_th: z.string(),
        cues: z.array(z.string()),
        indicators: z.array(z.string()),
        specificity: z.number(),
      }),
    )
    .min(1),
});

export const FALLBACK_CATEGORY = 'other';

let cached: Category[] | null = null;

export function loadTaxonomy(
  file: string = projectPath('data', 'taxonomy', 'measure-categories.json'),
): Category[] {
  if (cached && file === projectPath('data', 'taxonomy', 'measure-categories.json')) return cached;
  const parsed = taxonomySchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: field ${issue.path.join('.')}: ${issue.message}`);
  }
  cached = parsed.data.categories;
  return cached;
}

/** The pattern of each Latin cue, compiled once: categorize runs every cue over every measure of every report. */
const latinCues = new Map<string, RegExp | null>();

function latinCue(cue: string): RegExp | null {
  let re = latinCues.get(cue);
  if (re === undefined) {
    re = /^[\x20-\x7e]+$/.test(cue)
      ? new RegExp(
          `(^|[^a-z0-9])${cue.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z0-9])`,
          'g',
        )
      : null;
    latinCues.set(cue, re);
  }
  return re;
}

/**
 * Latin cues ("Line", "Facebook") match whole words in any case; Thai cues match anywhere (Thai has no spaces between
 * words). `lower` is text in lower case, made once by the caller for all the cues.
 */
function cueCount(text: string, lower: string, cue: string): number {
  if (cue === '') return 0;
  const re = latinCue(cue);
  if (re) {
    let n = 0;
    for (const _ of lower.matchAll(re)) n++;
    return n;
  }
  let n = 0;
  for (let i = text.indexOf(cue); i !== -1; i = text.indexOf(cue, i + cue.length)) n++;
  return n;
}

export interface CategoryDecision {
  category: string;
  others: string[];
  /** Indicators the main category targets (taxonomy data), used when the report names none. */
  indicators: string[];
}

/**
 * The name decides first: among categories cued in the name, the most specific wins (a manual on the use of
 * government property is asset_use, not work_standards). When the name says nothing, the description decides by how
 * often each category is cued. Categories cued in the name, or at least twice in the description, are kept as secondary.
 */
export function categorize(
  name: string,
  description: string,
  taxonomy: Category[] = loadTaxonomy(),
): CategoryDecision {
  const nameLower = name.toLowerCase();
  const bodyLower = description.toLowerCase();
  const scored = taxonomy
    .filter((c) => c.id !== FALLBACK_CATEGORY)
    .map((c, order) => ({
      c,
      order,
      inName: c.cues.reduce((n, cue) => n + cueCount(name, nameLower, cue), 0),
      inBody: c.cues.reduce((n, cue) => n + cueCount(description, bodyLower, cue), 0),
    }));
  const named = scored
    .filter((s) => s.inName > 0)
    .sort(
      (a, b) =>
        b.c.specificity - a.c.specificity ||
        b.inName - a.inName ||
        b.inBody - a.inBody ||
        a.order - b.order,
    );
  const described = scored
    .filter((s) => s.inName === 0 && s.inBody > 0)
    .sort((a, b) => b.inBody - a.inBody || b.c.specificity - a.c.specificity || a.order - b.order);
  const main = named[0] ?? described[0];
  if (!main) {
    const fallback = taxonomy.find((c) => c.id === FALLBACK_CATEGORY);
    return { category: FALLBACK_CATEGORY, others: [], indicators: fallback?.indicators ?? [] };
  }
  const others = [...named, ...described.filter((s) => s.inBody >= 2)]
    .filter((s) => s !== main)
    .map((s) => s.c.id);
  return { category: main.c.id, others, indicators: main.c.indicators };
}

export function categoryIds(taxonomy: Category[] = loadTaxonomy()): string[] {
  return taxonomy.map((c) => c.id);
}
