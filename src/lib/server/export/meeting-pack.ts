// The province meeting pack in one download (ZIP): the PowerPoint deck of the standard charts for a province and year,
// and one workbook with a sheet per table (headline, every organisation, each chart's data, what it all shows).
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Lang } from '../../i18n/messages';
import { provinceOrgs } from '../../features/province/province-data';
import type { OrgType } from '../../scope';
import type { QueryRunner } from '../queries/query-runner';
import { ExportParamError, provinceName, resolveScope } from './chart-context';
import { addAboutSheet, addTableSheet } from './chart-data-files';
import type { ChartColumn as ExportColumn } from '../../features/chart-view';
import { SCOPE_KEYS } from '../../scope';
import { prepareChart, type PreparedChart } from './chart-export';
import { CHART_REGISTRY } from './chart-registry';
import { assembleDeck, type DeckContent } from './deck-content';
import { deckPptx } from './deck-pptx';
import { dateStamp, fileNameOf } from './file-name';

/** The charts of a province meeting, in slide order; those not registered yet, or without data, are left out. */
export const PACK_CHARTS = [
  'province-org-totals',
  'province-districts',
  'org-map',
  'pass-share-trend',
  'grade-distribution',
  'indicator-area-means',
  'indicator-below-share',
  'change-dumbbell',
  'change-indicators',
  'measure-completion-trend',
  'completion-by-category',
];

export interface MeetingPack {
  zip: Uint8Array;
  fileName: string;
  asciiName: string;
  deck: DeckContent;
  sheets: string[];
}

/** The view of the pack: the request's scope parameters with the province fixed. */
function packSearch(province: string, search: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams();
  for (const [k, v] of search) {
    if (k === 'province') continue;
    if (!(SCOPE_KEYS as readonly string[]).includes(k))
      throw new ExportParamError(
        k,
        `Unknown parameter '${k}' for the meeting pack. Accepted: ${SCOPE_KEYS.filter((p) => p !== 'province').join(', ')}`,
      );
    out.set(k, v);
  }
  out.set('province', province);
  return out;
}

async function packWorkbook(
  deck: DeckContent,
  charts: PreparedChart[],
): Promise<{ bytes: Uint8Array; sheets: string[] }> {
  const ctx = charts[0]!.ctx;
  const { t, scope } = ctx;
  const wb = new ExcelJS.Workbook();
  wb.creator = t('app.title');
  wb.created = ctx.now;
  const used = new Set<string>();
  const sheetName = (name: string) => {
    let n = name.replace(/[\\/?*[\]:]/g, '-').slice(0, 31);
    for (let i = 2; used.has(n); i++) n = `${name.slice(0, 27)} (${i})`;
    used.add(n);
    return n;
  };
  for (const s of deck.summaries) {
    const ws = wb.addWorksheet(sheetName(t('deck.summary.title')));
    ws.columns = [{ width: 48 }, { width: 40 }];
    ws.addRow([s.title]).font = { bold: true };
    ws.addRow([s.filters]);
    ws.addRow([]);
    for (const row of s.rows) ws.addRow(row);
    ws.addRow([]);
    ws.addRow([s.source]);
  }
  // The pack's view always names its province (packSearch); the check narrows the type.
  if (scope.year !== null && scope.province !== null) {
    // The rows of the province page's table, read as its charts read them (once, when the totals chart came first).
    const orgs = await provinceOrgs(ctx);
    const columns: ExportColumn[] = [
      { key: 'org_code', label: t('export.col.code'), kind: 'text' },
      { key: 'short_name_th', label: t('chg.col.org'), kind: 'text' },
      { key: 'type_name', label: t('province.col.type'), kind: 'text' },
      { key: 'district_th', label: t('chg.col.district'), kind: 'text' },
      { key: 'total', label: t('export.col.total_in', { year: scope.year }), kind: 'number' },
      { key: 'level', label: t('export.col.level'), kind: 'text' },
      { key: 'passed', label: t('export.col.passed_flag'), kind: 'boolean' },
      { key: 'source', label: t('col.source'), kind: 'text' },
      ...(scope.compare && scope.compare !== scope.year
        ? ([
            {
              key: 'compare_total',
              label: t('export.col.total_in', { year: scope.compare }),
              kind: 'number',
            },
            { key: 'change', label: t('chg.col.change'), kind: 'number' },
          ] as ExportColumn[])
        : []),
      { key: 'weak_count', label: t('export.col.weak_count'), kind: 'integer' },
      { key: 'weakest_code', label: t('export.col.weakest'), kind: 'text' },
      {
        key: ctx.lang === 'th' ? 'weakest_name_th' : 'weakest_name_en',
        label: t('export.col.indicator_name'),
        kind: 'text',
      },
      { key: 'weakest_value', label: t('export.col.weakest_value'), kind: 'number' },
      { key: 'measure_round', label: t('export.col.measure_round'), kind: 'text' },
      { key: 'measures', label: t('export.col.measures'), kind: 'integer' },
      { key: 'measures_completed', label: t('export.col.measures_completed'), kind: 'integer' },
      { key: 'measure_share', label: t('export.col.measure_share'), kind: 'share' },
    ];
    // The type in words: a pack of every type (type=all) mixes them.
    const rows = orgs.map((r) => ({ ...r, type_name: t(`type.${r.type as OrgType}`) }));
    addTableSheet(wb, { name: sheetName(t('export.sheet.orgs')), columns, rows });
  }
  for (const c of charts)
    addTableSheet(wb, {
      name: sheetName(c.def.fileLabel(c.ctx)),
      columns: c.view.columns,
      rows: c.view.rows,
    });
  addAboutSheet(
    wb,
    t,
    charts.map((c) => ({ furniture: c.furniture })),
  );
  return {
    bytes: new Uint8Array(await wb.xlsx.writeBuffer()),
    sheets: [...used, t('export.sheet.about')],
  };
}

export async function meetingPack(
  runner: QueryRunner,
  province: string,
  search: URLSearchParams,
  { lang, now }: { lang: Lang; now: Date },
): Promise<MeetingPack> {
  if (!/^\d{2}$/.test(province))
    throw new ExportParamError(
      'province',
      `The province must be a 2-digit code such as 94 (got '${province}')`,
    );
  const view = packSearch(province, search);
  // A malformed or unknown value is the caller's mistake (a 400), checked once before any chart.
  await resolveScope(runner, view);
  const charts: PreparedChart[] = [];
  for (const id of PACK_CHARTS) {
    if (!CHART_REGISTRY.has(id)) continue;
    try {
      const chart = await prepareChart(runner, id, new URLSearchParams(view), { lang, now });
      // An empty chart is a blank slide: the page shows "no data" there, the pack leaves it out.
      if (chart.view.rows.length > 0) charts.push(chart);
    } catch (err) {
      // A chart the view cannot have (no comparison year, no measures yet) is left out, as its page leaves it out.
      if (!(err instanceof ExportParamError)) throw err;
    }
  }
  if (charts.length === 0)
    throw new ExportParamError(undefined, 'No chart has data for this province and year');
  const { t, scope } = charts[0]!.ctx;
  const name = provinceName(charts[0]!.ctx) ?? province;
  const title = t('pack.title', {
    scope: t('export.scope.province', { province: name }),
    year: scope.year ?? '',
  });
  const deck = await assembleDeck(title, charts, { lang, now });
  const pptx = await deckPptx(deck);
  const xlsx = await packWorkbook(deck, charts);
  const stem = [t('export.file.province', { province: name }), 'ITA', String(scope.year ?? '')];
  const zip = new JSZip();
  zip.file(fileNameOf(stem, 'pptx'), pptx);
  zip.file(fileNameOf(stem, 'xlsx'), xlsx.bytes);
  return {
    zip: await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }),
    fileName: fileNameOf([t('pack.file'), ...stem.filter((s) => s !== 'ITA')], 'zip'),
    asciiName: `ita-meeting-pack-${province}-${scope.year ?? ''}-${dateStamp(now)}.zip`,
    deck,
    sheets: xlsx.sheets,
  };
}
