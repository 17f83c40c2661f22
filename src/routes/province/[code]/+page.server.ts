// Province page: every organisation of one province with a headline, the page's charts (drawn on the server) and the
// official type means; the province comes from the path, /province/94.
import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { PROVINCE_CHARTS } from '$lib/features/province/charts';
import { provinceOfficial, provinceOrgs } from '$lib/features/province/province-data';
import { typeParam } from '$lib/scope';
import { pageCharts, pageLoadContext } from '$lib/server/page-charts';
import { loadScopeContext, scopeDistricts } from '$lib/server/scope-context';
import { tableToRows } from '$lib/server/queries/query-format';

export const load: PageServerLoad = async ({ url, params, locals }) => {
  const code = params.code;
  const valid = /^\d{2}$/.test(code);
  const { runner, dataVersion, ...context } = await loadScopeContext(
    url,
    valid ? { province: code } : {},
  );
  const province = context.provinces.find((p) => p.province_code === code);
  if (!valid || !province)
    error(404, { message: `ไม่พบจังหวัดรหัส ${code} / No province with code ${code}`, param: 'code' });
  if (context.scope.district && !context.scope.district.startsWith(code))
    error(400, {
      message: `district ${context.scope.district} is not in province ${code}`,
      param: 'district',
    });
  // The path names the province: the charts, the table and the pickers are about it, whatever the parameters say.
  const scope = { ...context.scope, province: code };
  const view = { ...context, scope, districts: await scopeDistricts(runner, code) };
  const ctx = pageLoadContext({ ...view, runner }, locals.lang);
  const year = scope.year;
  const compare = scope.compare === null || scope.compare === year ? null : scope.compare;
  // The table and the official notes read the same rows as the charts (one query each, one copy sent).
  const [charts, orgs, official, headline] = await Promise.all([
    pageCharts(ctx, 'province', PROVINCE_CHARTS, dataVersion),
    year === null ? [] : provinceOrgs(ctx),
    year === null ? [] : provinceOfficial(ctx),
    year === null
      ? null
      : runner.run('province_headline', {
          province: code,
          fiscal_year: year,
          compare_year: compare,
          type: typeParam(scope),
        }),
  ]);
  return {
    ...view,
    province,
    compareYear: compare,
    orgs,
    official,
    headline: headline ? (tableToRows(headline.table)[0] ?? null) : null,
    charts,
  };
};
