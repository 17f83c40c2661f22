// Reads the measure taxonomy and the demo's Thai measure templates, and checks that they fit together.
import { z } from 'zod';
import taxonomyDoc from '../../../../data/taxonomy/measure-categories.json' with { type: 'json' };
import templatesDoc from '../../../../data/demo/measure-templates.json' with { type: 'json' };

const category = z.object({
  id: z.string().min(1),
  name_th: z.string().min(1),
  name_en: z.string().min(1),
  cues: z.array(z.string()),
  indicators: z.array(z.string()),
  specificity: z.number(),
});
export type MeasureCategory = z.infer<typeof category>;

const texts = z.array(z.string().min(1)).min(1);
const categoryTemplates = z.object({
  names: texts,
  guidelines: texts,
  responsible: texts,
  outputs: texts,
  outcomes: texts,
});
export type CategoryTemplates = z.infer<typeof categoryTemplates>;

const templatesSchema = z.object({
  months_th: z.array(z.string().min(1)).length(12),
  units: texts,
  periods: texts,
  completed: texts,
  in_progress: texts,
  not_started: texts,
  /** Reasons a measure could not be done (ไม่สามารถดำเนินการได้), per e-PlanNACC reason kind. */
  not_possible: z.object({
    no_budget: texts,
    policy_changed: texts,
    no_staff: texts,
    other: texts,
  }),
  not_possible_status: texts,
  categories: z.record(z.string(), categoryTemplates),
});
export type MeasureTemplates = z.infer<typeof templatesSchema>;

function parsed<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new Error(`${file}: field ${issue.path.join('.') || '(root)'}: ${issue.message}`);
}

let cached: { categories: MeasureCategory[]; templates: MeasureTemplates } | null = null;

/** The taxonomy categories and their templates; every category must have templates, so no measure goes nameless. */
export function measureTemplates(): { categories: MeasureCategory[]; templates: MeasureTemplates } {
  if (cached) return cached;
  const categories = parsed(
    z.object({ categories: z.array(category).min(1) }),
    taxonomyDoc,
    'data/taxonomy/measure-categories.json',
  ).categories;
  const templates = parsed(templatesSchema, templatesDoc, 'data/demo/measure-templates.json');
  const missing = categories.filter((c) => !templates.categories[c.id]).map((c) => c.id);
  if (missing.length)
    throw new Error(
      `data/demo/measure-templates.json: no templates for categor${missing.length > 1 ? 'ies' : 'y'} ${missing.join(', ')}; add them under "categories"`,
    );
  cached = { categories, templates };
  return cached;
}
