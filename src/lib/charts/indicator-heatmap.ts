// Chart spec: organisations (or, for the whole country, provinces) × indicators, colour = score, weak cells outlined; rows sortable by any column.
import * as Plot from '@observablehq/plot';
import { withLegendFont } from './legend-style';
import type { Lang, Translate } from '../i18n/messages';
import { FONT_FAMILY } from './chart-theme';
import { isNarrow } from './indicator-area-means';
import { UNCONFIRMED_MARK } from './indicator-label';

export type HeatmapCell = {
  row_kind: 'org' | 'province';
  row_code: string;
  row_name: string;
  district_th: string | null;
  code: string;
  sort_key: number;
  value: number;
  weak: boolean;
  weak_share: number;
  orgs: number;
  synthetic_orgs: number;
};

/** A heatmap column: its code ('TOTAL' or an indicator) and its header and tooltip texts. */
export interface HeatmapColumn {
  code: string;
  header: string;
  name: string;
}

/** What rows can be sorted by: the row name, or the value in one column ('TOTAL', '7', '9.2'…). */
export type HeatmapSortKey = 'name' | string;
export type SortDirection = 'asc' | 'desc';

/**
 * Row codes in display order. A missing value sorts last in either direction; ties fall back to the name, then the
 * code, so the order never depends on the query's.
 */
export function heatmapRowOrder(
  cells: HeatmapCell[],
  key: HeatmapSortKey,
  dir: SortDirection,
): string[] {
  const rows = new Map<string, { name: string; value: number | null }>();
  for (const c of cells) {
    const row = rows.get(c.row_code) ?? { name: c.row_name, value: null };
    if (c.code === key) row.value = c.value;
    rows.set(c.row_code, row);
  }
  const sign = dir === 'asc' ? 1 : -1;
  const byName = (a: [string, { name: string }], b: [string, { name: string }]) =>
    a[1].name.localeCompare(b[1].name, 'th') || a[0].localeCompare(b[0]);
  return [...rows.entries()]
    .sort((a, b) => {
      if (key !== 'name') {
        const [x, y] = [a[1].value, b[1].value];
        if (x === null || y === null) {
          if (x !== y) return x === null ? 1 : -1;
        } else if (x !== y) return sign * (x - y);
      }
      return (key === 'name' ? sign : 1) * byName(a, b);
    })
    .map(([code]) => code);
}

export interface HeatmapOptions {
  t: Translate;
  lang: Lang;
  width: number;
  columns: HeatmapColumn[];
  /** Row codes, top to bottom (heatmapRowOrder). */
  rowOrder: string[];
  passMark: number;
  /** Where a row's name and cells link to: /org/<code> or /province/<code>. */
  href: (cell: HeatmapCell) => string;
  /** The column the rows are sorted by, marked ▲ (lowest first) or ▼ in its header. */
  sorted?: { code: HeatmapSortKey; dir: SortDirection };
}

const ROW_HEIGHT = 20;

/** Score bands: four shades of red below the pass mark, three of blue from it up. */
export const HEATMAP_COLORS = [
  '#b2182b',
  '#d6604d',
  '#f4a582',
  '#fddbc7',
  '#d1e5f0',
  '#92c5de',
  '#4393c3',
];
export const heatmapBands = (passMark: number) => [
  passMark - 25,
  passMark - 15,
  passMark - 5,
  passMark,
  passMark + 5,
  passMark + 10,
];

export function indicatorHeatmapSpec(cells: HeatmapCell[], o: HeatmapOptions): Plot.PlotOptions {
  const narrow = isNarrow(o.width);
  const marginLeft = narrow ? 112 : 210;
  const cellWidth = (o.width - marginLeft - 8) / Math.max(o.columns.length, 1);
  const header = new Map(o.columns.map((c) => [c.code, c]));
  const names = new Map(cells.map((c) => [c.row_code, c]));
  const maxChars = narrow ? 13 : 26;
  const rowLabel = (code: string) => {
    const c = names.get(code);
    if (!c) return code;
    const name =
      c.row_kind === 'org' && !narrow && c.district_th
        ? `${c.row_name} (${c.district_th})`
        : c.row_name;
    return name.length > maxChars ? `${name.slice(0, maxChars - 1)}…` : name;
  };
  const weakLabel = (c: HeatmapCell) =>
    c.row_kind === 'province'
      ? `${(c.weak_share * 100).toFixed(0)}% (${c.weak ? o.t('ind.yes') : o.t('ind.no')})`
      : c.weak
        ? o.t('ind.yes')
        : o.t('ind.no');
  const firstOfRow = o.rowOrder.map((code) => names.get(code)!).filter(Boolean);
  return {
    width: o.width,
    height: 40 + ROW_HEIGHT * Math.max(o.rowOrder.length, 1),
    marginTop: 32,
    marginLeft,
    marginRight: 8,
    marginBottom: 8,
    style: { fontFamily: FONT_FAMILY, fontSize: '11px' },
    x: {
      domain: o.columns.map((c) => c.code),
      axis: 'top',
      label: null,
      tickFormat: (code: string) => {
        const text = header.get(code)?.header ?? code;
        // Narrow columns keep only the code; the unconfirmed mark is explained under the chart.
        const shown = narrow ? text.replace(UNCONFIRMED_MARK, '') : text;
        if (o.sorted?.code !== code) return shown;
        return `${shown}${o.sorted.dir === 'asc' ? '▲' : '▼'}`;
      },
      tickSize: 0,
    },
    y: { domain: o.rowOrder, axis: null, padding: 0.06 },
    // Bands rather than a continuous ramp: a reader can say "80-85" at a meeting, and a banded legend needs no canvas.
    color: withLegendFont({
      type: 'threshold',
      domain: heatmapBands(o.passMark),
      range: HEATMAP_COLORS,
      legend: true,
      label: o.t('ind.chart.heatmap.legend'),
    }),
    marks: [
      Plot.cell(cells, {
        x: 'code',
        y: 'row_code',
        fill: 'value',
        inset: 0.5,
        href: o.href,
        tip: true,
        channels: {
          [o.t('ind.col.row')]: 'row_name',
          [o.t('ind.col.indicator')]: (c: HeatmapCell) => header.get(c.code)?.name ?? c.code,
          [o.t('ind.col.weak')]: weakLabel,
        },
      }),
      Plot.cell(
        cells.filter((c) => c.weak),
        { x: 'code', y: 'row_code', stroke: '#111827', strokeWidth: 1.6, fill: 'none', inset: 2 },
      ),
      cellWidth >= 38
        ? Plot.text(cells, {
            x: 'code',
            y: 'row_code',
            text: (c: HeatmapCell) => c.value.toFixed(cellWidth >= 46 ? 1 : 0),
            fill: (c: HeatmapCell) => (c.value < o.passMark - 15 ? 'white' : '#111827'),
            fontSize: 10,
            pointerEvents: 'none',
          })
        : null,
      Plot.text(firstOfRow, {
        y: 'row_code',
        frameAnchor: 'left',
        dx: -6,
        textAnchor: 'end',
        text: (c: HeatmapCell) => rowLabel(c.row_code),
        href: o.href,
        fill: '#1d4e89',
      }),
    ],
  };
}
