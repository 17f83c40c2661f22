// Sets the demo's scores beside every NACC figure they can be compared with: per type and year, all local governments, national, ratings.
import { gradeFor, isPassing, ruleNamed, TOTAL_CODE, type Framework } from '../../ita/framework';
import type { OfficialByType, OfficialFigures } from '../official/load';
import type { DemoOrg, OrgYearScores } from './scores';

/**
 * What a figure covers. `type`: one organisation type (อบต., เทศบาลตำบล…); `lao`: all local governments, as published
 * (2564) or weighted from the per-type figures; `national`: every assessed agency, ~470 of them not local governments,
 * which the demo does not have; `rating`: the share of all agencies at one rating (2566+), national too.
 */
export type FigureScope = 'type' | 'lao' | 'national' | 'rating';

export interface CalibrationRow {
  /** What the figure is, as the table prints it: "2565 อบต. mean". */
  figure: string;
  scope: FigureScope;
  fiscal_year: number;
  /** Mean total in points, or a share in percent. */
  kind: 'mean' | 'share';
  official: number;
  demo: number;
  /** demo - official, in points (percentage points for shares). */
  difference: number;
  /** Organisations the demo figure is over. */
  orgs: number;
  /**
   * The sampling error of a figure over this many organisations (SD / √n for a mean, with the SD of all the year's
   * totals; √(p(1-p)/n) for a share, with the official p): the demo draws each organisation from a model, so a type
   * of 30 organisations lands off the model's own figure by chance, as the real 30 did.
   */
  sampling_error: number;
  source: string;
}

/** One organisation-year as the comparison needs it. */
interface Scored {
  type: string;
  total: number;
  passed: boolean;
  rating: string;
}

/** How the all-local-government group is written in the 2564 report's eight-group split. */
const ALL_LAO = /^องค์กรปกครองส่วนท้องถิ่น/;

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
const sd = (xs: readonly number[]): number => {
  const m = mean(xs);
  return Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));
};

type Figure = { demo: number; sampling_error: number };

/** A mean over `values`; `spread` is the SD of all the year's totals (one organisation has no SD of its own). */
const meanFigure = (values: readonly number[], spread: number): Figure => ({
  demo: mean(values),
  sampling_error: spread / Math.sqrt(values.length),
});

/** The share of `rows` that `hit`, in percent; the error is the official share's (p = 1 gives 0: all must hit). */
const shareFigure = <T>(rows: readonly T[], hit: (r: T) => boolean, official: number): Figure => ({
  demo: (100 * rows.filter(hit).length) / rows.length,
  sampling_error: 100 * Math.sqrt(((official / 100) * (1 - official / 100)) / rows.length),
});

/** Per type and year, the figure a year's own report gives, else the latest report's (as view official_type_figure). */
function typeFigures(rows: readonly OfficialByType[]): OfficialByType[] {
  const best = new Map<string, OfficialByType>();
  const rank = (r: OfficialByType) => (r.report_year === r.fiscal_year ? 10_000 : r.report_year);
  for (const r of rows) {
    if (r.type === null || r.type === 'other') continue;
    const key = `${r.fiscal_year}|${r.type}`;
    const had = best.get(key);
    if (!had || rank(r) > rank(had)) best.set(key, r);
  }
  return [...best.values()].sort(
    (a, b) => a.fiscal_year - b.fiscal_year || (b.agencies ?? 0) - (a.agencies ?? 0),
  );
}

/**
 * Every published figure the demo can be compared with, in the order the table prints them. Years without a
 * framework in `frameworks` (2562) are left out: the demo has no scores for them.
 */
export function calibrationRows(
  orgs: readonly DemoOrg[],
  scores: readonly OrgYearScores[],
  frameworks: ReadonlyMap<number, Framework>,
  official: OfficialFigures,
): CalibrationRow[] {
  const typeOf = new Map(orgs.map((o) => [o.code, o.type as string]));
  const byYear = new Map<number, Scored[]>();
  for (const s of scores) {
    const fw = frameworks.get(s.fiscal_year)!;
    const total = s.values[TOTAL_CODE]!;
    const list = byYear.get(s.fiscal_year) ?? [];
    list.push({
      type: typeOf.get(s.org_code)!,
      total,
      passed: isPassing(fw, total),
      rating: gradeFor(fw, total, s.values).label,
    });
    byYear.set(s.fiscal_year, list);
  }
  const out: CalibrationRow[] = [];
  const push = (row: Omit<CalibrationRow, 'difference' | 'demo' | 'sampling_error'>, fig: Figure) =>
    out.push({ ...row, ...fig, difference: fig.demo - row.official });
  const spread = new Map([...byYear].map(([fy, rows]) => [fy, sd(rows.map((s) => s.total))]));
  const years = [...frameworks.keys()].sort((a, b) => a - b);

  const perType = typeFigures(official.byType).filter((r) => byYear.has(r.fiscal_year));
  for (const r of perType) {
    const rows = byYear.get(r.fiscal_year)!.filter((s) => s.type === r.type);
    if (rows.length === 0) continue;
    const base = { scope: 'type' as const, fiscal_year: r.fiscal_year, orgs: rows.length };
    const label = `${r.fiscal_year} ${r.org_type_th}`;
    push(
      {
        ...base,
        figure: `${label} mean`,
        kind: 'mean',
        official: r.mean_total,
        source: r.source_doc,
      },
      meanFigure(
        rows.map((s) => s.total),
        spread.get(r.fiscal_year)!,
      ),
    );
    if (r.pass_share !== null)
      push(
        {
          ...base,
          figure: `${label} % passing`,
          kind: 'share',
          official: 100 * r.pass_share,
          source: r.source_doc,
        },
        shareFigure(rows, (s) => s.passed, 100 * r.pass_share),
      );
  }

  for (const fy of years) {
    const rows = byYear.get(fy) ?? [];
    if (rows.length === 0) continue;
    const base = { fiscal_year: fy, orgs: rows.length };
    const allLao = official.byType.find((r) => r.fiscal_year === fy && ALL_LAO.test(r.org_type_th));
    const types = perType.filter((r) => r.fiscal_year === fy);
    const agencies = types.reduce((s, r) => s + (r.agencies ?? 0), 0);
    const complete = types.length > 0 && types.every((r) => r.agencies !== null);
    if (allLao) {
      push(
        {
          ...base,
          scope: 'lao',
          figure: `${fy} all local governments mean`,
          kind: 'mean',
          official: allLao.mean_total,
          source: allLao.source_doc,
        },
        meanFigure(
          rows.map((s) => s.total),
          spread.get(fy)!,
        ),
      );
    } else if (complete) {
      // The NACC gives no all-LAO figure these years: its per-type figures weighted by their agencies make one.
      const weighted = (f: (r: OfficialByType) => number) =>
        types.reduce((s, r) => s + r.agencies! * f(r), 0) / agencies;
      const source = `${types[0]!.source_doc} (per type, weighted by agencies)`;
      push(
        {
          ...base,
          scope: 'lao',
          figure: `${fy} all local governments mean`,
          kind: 'mean',
          official: weighted((r) => r.mean_total),
          source,
        },
        meanFigure(
          rows.map((s) => s.total),
          spread.get(fy)!,
        ),
      );
      if (types.every((r) => r.pass_share !== null))
        push(
          {
            ...base,
            scope: 'lao',
            figure: `${fy} all local governments % passing`,
            kind: 'share',
            official: weighted((r) => 100 * r.pass_share!),
            source,
          },
          shareFigure(
            rows,
            (s) => s.passed,
            weighted((r) => 100 * r.pass_share!),
          ),
        );
    }
    const nat = official.national.find((n) => n.fiscal_year === fy);
    if (nat) {
      push(
        {
          ...base,
          scope: 'national',
          figure: `${fy} national mean`,
          kind: 'mean',
          official: nat.mean_total,
          source: nat.source_doc,
        },
        meanFigure(
          rows.map((s) => s.total),
          spread.get(fy)!,
        ),
      );
      if (nat.pass_share !== null)
        push(
          {
            ...base,
            scope: 'national',
            figure: `${fy} national % passing`,
            kind: 'share',
            official: 100 * nat.pass_share,
            source: nat.source_doc,
          },
          shareFigure(rows, (s) => s.passed, 100 * nat.pass_share),
        );
    }
    const fw = frameworks.get(fy)!;
    for (const r of official.ratings.filter((x) => x.fiscal_year === fy)) {
      const rule = ruleNamed(fw, r.rating);
      if (!rule) throw new Error(`${r.source_doc}: rating "${r.rating}" is not a rule of FY ${fy}`);
      push(
        {
          ...base,
          scope: 'rating',
          figure: `${fy} ${rule.label}`,
          kind: 'share',
          official: 100 * r.share,
          source: r.source_doc,
        },
        shareFigure(rows, (s) => s.rating === rule.label, 100 * r.share),
      );
    }
  }
  return out;
}

/** The rows as a fixed-width text table: figure | official | demo | difference (and the organisations it is over). */
export function calibrationTable(rows: readonly CalibrationRow[]): string {
  const width = Math.max(...rows.map((r) => r.figure.length), 6);
  const num = (x: number, signed = false) =>
    `${signed && x >= 0 ? '+' : ''}${x.toFixed(2)}`.padStart(8);
  return [
    `${'figure'.padEnd(width)} | official |     demo | difference | orgs`,
    ...rows.map(
      (r) =>
        `${r.figure.padEnd(width)} | ${num(r.official)} | ${num(r.demo)} |   ${num(r.difference, true)} | ${r.orgs}`,
    ),
  ].join('\n');
}
