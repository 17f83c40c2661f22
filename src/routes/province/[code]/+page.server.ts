// Province page: every organisation of one province with a headline, district ranking and official type means, from named queries.
import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { LOWEST_COUNT } from '$lib/ita/weak';
import { typeParam } from '$lib/scope';
import { loadScopeContext, scopeDistricts } from '$lib/server/scope-context';
import { tableToRows } from '$lib/server/queries/query-format';

export const load: PageServerLoad = async ({ url, params }) => {
  const code = params.code;
  const { runner, ...context } = await loadScopeContext(
    url,
    /^\d{2}$/.test(code) ? { province: code } : {},
  );
  const province = context.provinces.find((p) => p.province_code === code);
  if (!/^\d{2}$/.test(code) || !province)
    error(404, { message: `ไม่พบจังหวัดรหัส ${code} / No province with code ${code}`, param: 'code' });
  const { scope } = context;
  if (scope.district && !scope.district.startsWith(code))
    error(400, {
      message: `district ${scope.district} is not in province ${code}`,
      param: 'district',
    });
  const year = scope.year === null ? undefined : String(scope.year);
  const compare =
    scope.compare === null || scope.compare === scope.year ? undefined : String(scope.compare);
  const type = typeParam(scope);
  const [districts, orgs, headline, ranking, official] = await Promise.all([
    scopeDistricts(runner, code),
    year &&
      runner.run('province_orgs', {
        province: code,
        fiscal_year: year,
        compare_year: compare,
        district: scope.district ?? undefined,
        type,
        weak: scope.weak,
        peer: scope.peer,
        lowest_n: String(LOWEST_COUNT),
      }),
    year &&
      runner.run('province_headline', {
        province: code,
        fiscal_year: year,
        compare_year: compare,
        type,
      }),
    year && runner.run('area_pass_ranking', { province: code, fiscal_year: year, type }),
    year &&
      runner.run('official_area_by_type', {
        province: code,
        district: scope.district ?? undefined,
        fiscal_year: year,
        type,
      }),
  ]);
  return {
    ...context,
    scope: { ...scope, province: code },
    province,
    districts,
    compareYear: compare ? Number(compare) : null,
    orgs: orgs ? tableToRows(orgs.table) : [],
    headline: headline ? (tableToRows(headline.table)[0] ?? null) : null,
    ranking: ranking ? tableToRows(ranking.table) : [],
    official: official ? tableToRows(official.table) : [],
  };
};
