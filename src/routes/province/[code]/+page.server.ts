// Province page: every organisation of one province with a headline, the page's charts (drawn on the server) and the
// official type means; the province comes from the path, /province/94.
import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { PROVINCE_CHARTS } from '$lib/features/province/charts';
import { provincePageRows } from '$lib/features/province/province-data';
import { orgMap } from '$lib/features/map/charts';
import { pageChart, pageChartParams, pageCharts, pageLoadContext } from '$lib/server/page-charts';
import { loadScopeContext, scopeDistricts } from '$lib/server/scope-context';

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
  // The map takes its own parameters (color, ind, by): the other charts' exports would refuse them.
  const mapCtx = pageLoadContext(
    { ...view, runner },
    locals.lang,
    pageChartParams(orgMap, url.searchParams),
  );
  const [charts, rows, map] = await Promise.all([
    pageCharts(ctx, 'province', PROVINCE_CHARTS, dataVersion),
    provincePageRows(ctx),
    pageChart(mapCtx, 'map', orgMap, dataVersion),
  ]);
  return { ...view, province, ...rows, charts, map };
};
