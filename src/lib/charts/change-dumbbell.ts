// Chart spec: each organisation's total in the two years as an arrow from the earlier to the later, coloured by direction.
import * as Plot from '@observablehq/plot';
import type { Direction } from '../ita/change-direction';
import type { Translate } from '../i18n/messages';
import { COLORS, FONT_FAMILY } from './chart-theme';
import { DIRECTION_COLORS, directionColor } from './direction-colors';

export type ChangeOrgRow = {
  org_code: string;
  short_name_th: string;
  district_th: string;
  province_th: string;
  total_before: number;
  total_now: number;
  change: number;
  direction: Direction;
  rank_before: number;
  rank_now: number;
  rank_change: number;
  level_before: string | null;
  level_now: string | null;
  level_en_before: string | null;
  level_en_now: string | null;
  gain_order: number;
  decline_order: number;
  synthetic: boolean;
};

export interface DumbbellOptions {
  t: Translate;
  width: number;
  year: number;
  compare: number;
  passMark: number;
  /** Show the province after the name (whole-country movers come from anywhere). */
  withProvince: boolean;
}

const ROW_HEIGHT = 18;

export function changeDumbbellSpec(rows: ChangeOrgRow[], o: DumbbellOptions): Plot.PlotOptions {
  const narrow = o.width < 560;
  const order = [...rows].sort((a, b) => a.gain_order - b.gain_order);
  const lo = Math.min(o.passMark - 5, ...rows.flatMap((r) => [r.total_before, r.total_now]));
  const maxChars = narrow ? 14 : 30;
  const name = (r: ChangeOrgRow) => {
    const full =
      o.withProvince && !narrow ? `${r.short_name_th} (${r.province_th})` : r.short_name_th;
    return full.length > maxChars ? `${full.slice(0, maxChars - 1)}…` : full;
  };
  const sign = (v: number) => (v > 0 ? `+${v.toFixed(2)}` : v.toFixed(2));
  const href = (r: ChangeOrgRow) => `/org/${r.org_code}`;
  const marginRight = narrow ? 46 : 56;
  return {
    width: o.width,
    height: 60 + ROW_HEIGHT * Math.max(order.length, 1),
    marginLeft: narrow ? 96 : 220,
    marginRight,
    style: { fontFamily: FONT_FAMILY, fontSize: '11px' },
    x: {
      domain: [Math.floor(lo / 5) * 5, 100],
      label: o.t('chg.chart.dumbbell.x'),
      grid: true,
      axis: 'top',
    },
    y: { domain: order.map((r) => r.org_code), axis: null },
    color: directionColor(o.t),
    marks: [
      Plot.ruleX([o.passMark], { stroke: COLORS.passMark, strokeWidth: 1 }),
      Plot.arrow(order, {
        x1: 'total_before',
        x2: 'total_now',
        y: 'org_code',
        stroke: 'direction',
        strokeWidth: 1.5,
        headLength: 6,
        bend: false,
      }),
      Plot.dot(order, { x: 'total_before', y: 'org_code', r: 3, stroke: '#4b5563', fill: 'white' }),
      Plot.dot(order, {
        x: 'total_now',
        y: 'org_code',
        r: 3.5,
        fill: 'direction',
        href,
        tip: true,
        channels: {
          [o.t('chg.col.org')]: 'short_name_th',
          [o.t('chg.col.total_in', { year: o.compare })]: 'total_before',
          [o.t('chg.col.total_in', { year: o.year })]: 'total_now',
          [o.t('chg.col.change')]: (r: ChangeOrgRow) => sign(r.change),
          [o.t('chg.col.rank')]: (r: ChangeOrgRow) => `${r.rank_before} → ${r.rank_now}`,
        },
      }),
      Plot.text(order, {
        y: 'org_code',
        frameAnchor: 'left',
        dx: -6,
        textAnchor: 'end',
        text: name,
        href,
        fill: '#1d4e89',
      }),
      Plot.text(order, {
        y: 'org_code',
        frameAnchor: 'right',
        dx: marginRight - 4,
        textAnchor: 'end',
        text: (r: ChangeOrgRow) => sign(r.change),
        fill: (r: ChangeOrgRow) => DIRECTION_COLORS[r.direction],
      }),
    ],
  };
}
