// Chart spec: the indicator profile of each compared organisation in one fiscal year: a row per indicator, a dot per organisation, against the pass mark.
import * as Plot from '@observablehq/plot';
import type { Lang, Translate } from '../i18n/messages';
import { COLORS, FONT_FAMILY } from './chart-theme';
import { orgColorScale, type ComparedOrg } from './compare-palette';
import { indicatorLabel } from './indicator-label';

export type CompareIndicatorRow = {
  org_code: string;
  code: string;
  name_th: string;
  name_en: string;
  tool: string;
  sort_key: number;
  value: number;
  source: 'real' | 'synthetic';
  pass_mark: number;
};

export interface CompareIndicatorOptions {
  t: Translate;
  lang: Lang;
  width: number;
  orgs: ComparedOrg[];
}

export function compareIndicatorProfileSpec(
  rows: CompareIndicatorRow[],
  { t, lang, width, orgs }: CompareIndicatorOptions,
): Plot.PlotOptions {
  const narrow = width < 560;
  const byCode = new Map<string, CompareIndicatorRow>();
  for (const r of [...rows].sort((a, b) => a.sort_key - b.sort_key))
    if (!byCode.has(r.code)) byCode.set(r.code, r);
  const codes = [...byCode.keys()];
  const labels = new Map(orgs.map((o) => [o.code, o.label]));
  const present = orgs.filter((o) => rows.some((r) => r.org_code === o.code));
  // Each organisation gets its own lane inside an indicator's row, so equal scores do not hide each other.
  const rowHeight = Math.max(30, 8 * present.length + 10);
  const lane = (i: number) => (i - (present.length - 1) / 2) * Math.min(8, 22 / present.length);
  const spread = codes.map((code) => {
    const values = rows.filter((r) => r.code === code).map((r) => r.value);
    return { code, min: Math.min(...values), max: Math.max(...values) };
  });
  const passMark = rows[0]?.pass_mark ?? 85;
  const low = Math.min(passMark - 5, ...rows.map((r) => r.value));
  return {
    width,
    height: 70 + rowHeight * Math.max(codes.length, 1),
    marginLeft: narrow ? 36 : 220,
    marginRight: 20,
    style: { fontFamily: FONT_FAMILY, fontSize: '12px' },
    x: {
      domain: [Math.max(0, Math.floor(low / 5) * 5), 100],
      label: null,
      grid: true,
      axis: 'top',
    },
    y: {
      domain: codes,
      label: null,
      tickFormat: (c: string) => indicatorLabel(byCode.get(c)!, lang, narrow),
    },
    color: orgColorScale(orgs),
    marks: [
      Plot.ruleX([passMark], { stroke: COLORS.passMark, strokeDasharray: '5,4' }),
      Plot.ruleY(spread, { y: 'code', x1: 'min', x2: 'max', stroke: '#d1d5db', strokeWidth: 6 }),
      ...present.map((o, i) =>
        Plot.dot(
          rows.filter((r) => r.org_code === o.code),
          {
            y: 'code',
            x: 'value',
            dy: lane(i),
            fill: 'org_code',
            stroke: 'white',
            r: 5,
            tip: true,
            title: (d: CompareIndicatorRow) =>
              [
                labels.get(d.org_code) ?? d.org_code,
                `${d.code} ${lang === 'th' ? d.name_th : d.name_en}: ${d.value.toFixed(2)}`,
                t(d.source === 'real' ? 'chart.legend.real' : 'chart.legend.synthetic'),
              ].join('\n'),
          },
        ),
      ),
    ],
  };
}
