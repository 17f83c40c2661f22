import { describe, expect, it } from 'vitest';
import {
  parentScore,
  round2,
  subIndicators,
  toolFromParts,
  toolScore,
  topIndicators,
  TOOLS,
  weightedTotal,
} from '../../ita/framework';
import { frameworksByYear } from '../frameworks/load';
import { bundledRegistry } from '../registry/dla';
import { generateDemo, generateDemoBatches } from './generate';
import { measureTemplates } from './measure-templates';
import { weakIndicators } from './measures';
import type { DemoOrg } from './scores';
import { SEED_FACTS } from './seed-facts';

const frameworks = frameworksByYear();
const factOrgs = new Set(SEED_FACTS.map((f) => f.org_code));
// Every fifth organisation of the registry (about 1,570 of every type, across all provinces) plus เมืองพัทยา (the one
// special-form organisation) and the seed-fact organisations: fast, still national.
const orgs: DemoOrg[] = bundledRegistry()
  .orgs.filter((o, i) => i % 5 === 0 || o.type === 'special' || factOrgs.has(o.code))
  .map((o) => ({
    code: o.code,
    type: o.type,
    province_code: o.province_code,
    short_name_th: o.short_name_th,
  }));

const demo = generateDemo(orgs, frameworks, 2567);
const byKey = new Map(demo.scores.map((s) => [`${s.org_code}:${s.fiscal_year}`, s.values]));

function correlation(xs: number[], ys: number[]): number {
  const mx = xs.reduce((a, b) => a + b) / xs.length;
  const my = ys.reduce((a, b) => a + b) / ys.length;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  xs.forEach((x, i) => {
    sxy += (x - mx) * (ys[i]! - my);
    sxx += (x - mx) ** 2;
    syy += (ys[i]! - my) ** 2;
  });
  return sxy / Math.sqrt(sxx * syy);
}

describe('generateDemo', () => {
  it('gives identical rows for the same seed and different rows for another seed', () => {
    const few = orgs.slice(0, 60);
    const a = generateDemo(few, frameworks, 7);
    const b = generateDemo(few, frameworks, 7);
    expect(b.scores).toEqual(a.scores);
    expect(b.measures).toEqual(a.measures);
    const c = generateDemo(few, frameworks, 8);
    expect(c.scores).not.toEqual(a.scores);
    expect(c.measures).not.toEqual(a.measures);
  });

  it('gives the same rows in batches as in one go, the seed-fact organisations included', () => {
    // The 60 organisations and the seed-fact ones, whose pinned values must survive being in a later batch.
    const some = [...orgs.slice(0, 60), ...orgs.filter((o) => factOrgs.has(o.code))];
    const whole = generateDemo(some, frameworks, 7);
    const batches = [...generateDemoBatches(some, frameworks, 7, 13)];
    expect(some).toHaveLength(62);
    expect(batches.map((b) => b.orgs)).toEqual([13, 13, 13, 13, 10]);
    expect(batches.flatMap((b) => b.scores)).toEqual(whole.scores);
    expect(batches.flatMap((b) => b.measures)).toEqual(whole.measures);
    const pinned = batches
      .flatMap((b) => b.scores)
      .find((s) => s.org_code === '6940108' && s.fiscal_year === 2567);
    expect(pinned?.values.TOTAL).toBe(91.67);
  });

  it('scores every organisation in every framework year', () => {
    expect(demo.scores).toHaveLength(orgs.length * frameworks.size);
  });

  it('gives every type of local government scores and measures that name it by its own short name', () => {
    const typeOf = new Map(orgs.map((o) => [o.code, o.type]));
    const types = [
      'sao',
      'subdistrict_municipality',
      'town_municipality',
      'city_municipality',
      'pao',
      'special',
    ];
    expect(new Set(orgs.map((o) => o.type))).toEqual(new Set(types));
    expect(new Set(demo.scores.map((s) => typeOf.get(s.org_code)))).toEqual(new Set(types));
    expect(new Set(demo.measures.map((m) => typeOf.get(m.org_code)))).toEqual(new Set(types));
    // {org} is the organisation's own short name: a เทศบาลตำบล's measures say ทต., never อบต.
    const municipal = demo.measures.filter(
      (m) => typeOf.get(m.org_code) === 'subdistrict_municipality' && m.name_th.includes('ทต.'),
    );
    expect(municipal.length).toBeGreaterThan(0);
    expect(
      demo.measures.filter(
        (m) =>
          typeOf.get(m.org_code) !== 'sao' &&
          [m.name_th, ...Object.values(m.rounds).map((r) => r.output ?? '')].some((t) =>
            t.includes('อบต.'),
          ),
      ),
    ).toEqual([]);
  });

  // Checks collect problems and assert once: an expect per value over 60,000 rows would take most of a minute.
  it("computes parents, tools (EIT from its two parts from 2566) and the total with each year's weights", () => {
    const problems: string[] = [];
    for (const { org_code, fiscal_year, values } of demo.scores) {
      const fw = frameworks.get(fiscal_year)!;
      const where = `${org_code} ${fiscal_year}`;
      const parts = fw.tools.flatMap((t) => t.parts.map((p) => p.code));
      const expected = [...fw.indicators.map((i) => i.code), ...TOOLS, ...parts, 'TOTAL']
        .sort()
        .join();
      if (Object.keys(values).sort().join() !== expected)
        problems.push(`${where}: codes ${Object.keys(values).join()}`);
      for (const [code, v] of Object.entries(values)) {
        if (!(v >= 0 && v <= 100 && round2(v) === v)) problems.push(`${where} ${code}: ${v}`);
      }
      for (const top of topIndicators(fw)) {
        if (
          subIndicators(fw, top.code).length &&
          values[top.code] !== parentScore(fw, top.code, values)
        )
          problems.push(`${where} ${top.code}: not the weighted mean of its sub-indicators`);
      }
      for (const tool of TOOLS)
        if (values[tool] !== toolScore(fw, tool, values)) problems.push(`${where} ${tool}`);
      // EIT from 2566 is published in two parts whose mean is the tool's score.
      for (const tool of fw.tools.filter((t) => t.parts.length > 0))
        if (values[tool.code] !== toolFromParts(fw, tool.code, values))
          problems.push(`${where} ${tool.code}: not the mean of its parts`);
      if (values.TOTAL !== weightedTotal(fw, values)) problems.push(`${where} TOTAL`);
    }
    expect(problems).toEqual([]);
  });

  it('publishes EIT in parts only from 2566, some parts apart, so a four-tool rating can differ from a three-tool one', () => {
    const withParts = demo.scores.filter((s) => s.values.EIT1 !== undefined);
    const years = new Set(withParts.map((s) => s.fiscal_year));
    expect([...years].sort()).toEqual(
      [...frameworks.values()]
        .filter((fw) => fw.tools.some((t) => t.parts.length > 0))
        .map((fw) => fw.fiscal_year)
        .sort(),
    );
    expect(Math.min(...years)).toBe(2566);
    const gaps = withParts.map((s) => Math.abs(s.values.EIT1! - s.values.EIT2!));
    const median = [...gaps].sort((a, b) => a - b)[Math.floor(gaps.length / 2)]!;
    expect(median).toBeGreaterThan(1);
    expect(median).toBeLessThan(8);
  });

  it('scores OIT item by item, so indicator 10 moves in steps of 6.25', () => {
    expect(demo.scores.filter((s) => Math.round(s.values['10']! * 100) % 625 !== 0)).toEqual([]);
  });

  it('pins the seed facts: ตะลุโบะ 2567 total 91.67, เมืองน้อย 2563 indicator 10 = 6.25 (its lowest)', () => {
    expect(byKey.get('6940108:2567')!.TOTAL).toBe(91.67);
    const muangnoi = byKey.get('6330311:2563')!;
    expect(muangnoi['10']).toBe(6.25);
    expect(weakIndicators(frameworks.get(2563)!, muangnoi, 1)).toEqual(['10']);
  });

  it('keeps organisations strong or weak from year to year, and their weak indicators too', () => {
    const totals = (fy: number) => orgs.map((o) => byKey.get(`${o.code}:${fy}`)!.TOTAL!);
    expect(correlation(totals(2564), totals(2565))).toBeGreaterThan(0.4);
    // Indicator 4 relative to the organisation's own IIT: a persistent organisation-level weakness, not noise.
    const relative = (fy: number) =>
      orgs.map((o) => byKey.get(`${o.code}:${fy}`)!['4']! - byKey.get(`${o.code}:${fy}`)!.IIT!);
    expect(correlation(relative(2564), relative(2566))).toBeGreaterThan(0.2);
  });

  it('plans 4-12 distinct measures per organisation-year, the same in both rounds', () => {
    const perOrgYear = new Map<string, typeof demo.measures>();
    for (const m of demo.measures) {
      const key = `${m.org_code}:${m.fiscal_year}`;
      const list = perOrgYear.get(key) ?? [];
      list.push(m);
      perOrgYear.set(key, list);
    }
    expect(perOrgYear.size).toBe(demo.scores.length);
    const problems: string[] = [];
    for (const [key, list] of perOrgYear) {
      if (list.length < 4 || list.length > 12) problems.push(`${key}: ${list.length} measures`);
      if (list.some((m, i) => m.seq !== i + 1)) problems.push(`${key}: seq not 1..n`);
      if (new Set(list.map((m) => m.name_norm)).size !== list.length)
        problems.push(`${key}: a name repeats`);
    }
    expect(problems).toEqual([]);
  });

  it('never un-completes a measure, and completes more by 12 months than by 6', () => {
    const done6 = demo.measures.filter((m) => m.rounds['6m'].status === 'completed');
    const done12 = demo.measures.filter((m) => m.rounds['12m'].status === 'completed');
    expect(
      done6.filter(
        (m) =>
          m.rounds['12m'].status !== 'completed' ||
          m.rounds['12m'].output !== m.rounds['6m'].output,
      ),
    ).toEqual([]);
    // Output (ผลผลิต) is what makes a round count as done; other statuses carry none.
    expect(
      demo.measures
        .flatMap((m) => Object.values(m.rounds))
        .filter((r) => (r.output !== null) !== (r.status === 'completed')),
    ).toEqual([]);
    expect(done12.length / demo.measures.length).toBeGreaterThan(
      done6.length / demo.measures.length + 0.2,
    );
  });

  it('has a few measures that could not be done, most for want of budget, each with its reason', () => {
    const rounds = demo.measures.flatMap((m) => Object.values(m.rounds));
    const blocked12 = demo.measures.filter((m) => m.rounds['12m'].status === 'not_possible');
    const share = blocked12.length / demo.measures.length;
    // A plan is mostly carried out: between 1.5 % and 6 % by design (NOT_POSSIBLE_MIN/MAX).
    expect(share).toBeGreaterThan(0.015);
    expect(share).toBeLessThan(0.06);
    // A reason exactly when the status is not_possible, with a kind e-PlanNACC uses and words from a report.
    expect(
      rounds.filter((r) => (r.status === 'not_possible') !== (r.status_reason_kind !== null)),
    ).toEqual([]);
    expect(
      rounds.filter(
        (r) =>
          r.status === 'not_possible' &&
          !(r.status_reason_text && r.status_reason_text.length > 5 && r.output === null),
      ),
    ).toEqual([]);
    const kinds = new Map<string, number>();
    for (const m of blocked12) {
      const k = m.rounds['12m'].status_reason_kind!;
      kinds.set(k, (kinds.get(k) ?? 0) + 1);
    }
    const ranked = [...kinds].sort((a, b) => b[1] - a[1]).map(([k]) => k);
    expect(ranked[0]).toBe('no_budget');
    expect(new Set(ranked)).toEqual(new Set(['no_budget', 'no_staff', 'policy_changed', 'other']));
    // Impossible at 6 months stays impossible at 12; nothing done at 6 months becomes impossible.
    expect(
      demo.measures.filter(
        (m) =>
          (m.rounds['6m'].status === 'not_possible' && m.rounds['12m'].status !== 'not_possible') ||
          (m.rounds['6m'].status === 'completed' && m.rounds['12m'].status === 'not_possible'),
      ),
    ).toEqual([]);
    const early = demo.measures.filter((m) => m.rounds['6m'].status === 'not_possible').length;
    expect(early).toBeGreaterThan(0);
    expect(early).toBeLessThan(blocked12.length);
  });

  it("targets indicators that exist in the year's framework, favouring last year's weak indicators", () => {
    const { categories } = measureTemplates();
    const unknown: string[] = [];
    let targetingWeak = 0;
    let expectedShare = 0;
    for (const m of demo.measures) {
      const codes = new Set(frameworks.get(m.fiscal_year)!.indicators.map((i) => i.code));
      for (const code of m.indicators)
        if (!codes.has(code)) unknown.push(`${m.fiscal_year} ${m.category} ${code}`);
      const prev = byKey.get(`${m.org_code}:${m.fiscal_year - 1}`);
      if (!prev) continue;
      const weak = new Set(weakIndicators(frameworks.get(m.fiscal_year - 1)!, prev));
      if (m.indicators.some((c) => weak.has(c))) targetingWeak++;
      // What a draw ignoring weaknesses would give: the share of categories that target a weak indicator.
      expectedShare +=
        categories.filter((c) => c.indicators.some((code) => weak.has(code))).length /
        categories.length;
    }
    expect(unknown).toEqual([]);
    expect(targetingWeak).toBeGreaterThan(1.3 * expectedShare);
  });
});

describe('measure templates', () => {
  it('fit every type of local government: no words that only an อบต. uses outside {org}', () => {
    const texts: string[] = [];
    const walk = (x: unknown): void => {
      if (typeof x === 'string') texts.push(x);
      else if (Array.isArray(x)) x.forEach(walk);
      else if (x && typeof x === 'object') Object.values(x).forEach(walk);
    };
    const { templates } = measureTemplates();
    walk(templates);
    expect(texts.length).toBeGreaterThan(200);
    // ตำบล-only words: พนักงานส่วนตำบล (a municipality has พนักงานเทศบาล), ประชาคมตำบล, อบต.
    expect(texts.filter((t) => /ตำบล|อบต|องค์การบริหารส่วน/.test(t))).toEqual([]);
  });

  it('name every measure so that the cue words sort it back into its own category', () => {
    const { categories, templates } = measureTemplates();
    for (const cat of categories) {
      for (const template of templates.categories[cat.id]!.names) {
        const name = template.replace('{org}', 'อบต.จะรัง');
        const matches = categories.filter((c) => c.cues.some((cue) => name.includes(cue)));
        if (cat.id === 'other') {
          expect(matches, name).toEqual([]);
          continue;
        }
        const best = Math.max(...matches.map((c) => c.specificity));
        expect(
          matches.filter((c) => c.specificity === best).map((c) => c.id),
          name,
        ).toEqual([cat.id]);
      }
    }
  });
});
