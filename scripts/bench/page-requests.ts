// Every page's data requests with realistic, distinct parameters: the page's own server data (SvelteKit's
// __data.json, i.e. its +page.server.ts load, which since issue 12 carries its charts' rows too: pages fetch no
// chart data from /api/query), and the national org_scores read of the API.

/** What the parameters are drawn from: read from the benchmark database before the server starts. */
export interface Sample {
  years: number[];
  provinces: string[];
  /** District codes, each with its province. */
  districts: string[];
  /** Organisation codes with scores in every year. */
  orgs: string[];
}

export interface PageRequest {
  page: string;
  /** Path and query, e.g. /province/30/__data.json?year=2567. */
  path: string;
  /** For /api/query requests: the named query and its parameters (to run the same SQL in-process). */
  query?: { name: string; params: Record<string, string> };
}

const search = (params: Record<string, string | undefined>): string => {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) s.set(k, v);
  const text = s.toString();
  return text ? `?${text}` : '';
};

const data = (page: string, path: string, params: Record<string, string | undefined>) => ({
  page,
  path: `${path === '/' ? '' : path}/__data.json${search(params)}`,
});

const api = (page: string, name: string, params: Record<string, string | undefined>) => {
  const bound = Object.fromEntries(
    Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined),
  );
  return { page, path: `/api/query/${name}${search(bound)}`, query: { name, params: bound } };
};

/** The requests one visit of each page makes, for the i-th combination of parameters. */
export function pageRequests(s: Sample, i: number): PageRequest[] {
  const pick = <T>(xs: T[], k: number): T => xs[(i * 7 + k) % xs.length]!;
  const year = pick(s.years.slice(1), 0); // a year with a year before it, for change and compare views
  const compare = s.years[s.years.indexOf(year) - 1]!;
  const Y = String(year);
  const C = String(compare);
  const district = pick(s.districts, 3);
  const province = district.slice(0, 2);
  const org = pick(s.orgs, 5);
  const orgs = [org, pick(s.orgs, 11), pick(s.orgs, 17)].join(',');
  return [
    data('overview', '/', { year: Y, province }),
    data('province', `/province/${province}`, { year: Y }),
    data('province (district)', `/province/${province}`, { year: Y, district }),
    data('org', `/org/${org}`, { year: Y }),
    data('indicators', '/indicators', { year: Y, province }),
    data('measures', '/measures', { year: Y, province }),
    data('changes', '/changes', { year: Y, compare: C, province }),
    data('compare', '/compare', { orgs, year: Y }),
    api('national', 'org_scores', { fiscal_year: Y }),
  ];
}
