// Chart spec: each indicator of one organisation (a dot) against its peers' range, middle half and median, with the pass mark.
import * as Plot from '@observablehq/plot';
import type { Lang, Translate } from '../i18n/messages';
import { withLegendFont } from './legend-style';
import { COLORS, FONT_FAMILY } from './chart-theme';
import { indicatorLabel } from './indicator-label';

export type BenchmarkRow = {
  code: string;
  name_th: string;
  name_en: string;
  tool: string;
  sort_key: number;
  value: number | null;
  source: 'real' | 'synthetic' | null;
  peers: number;
  synthetic_peers: number;
  peer_min: number | null;
  peer_q1: number | null;
  peer_median: number | null;
  peer_q3: number | null;
  peer_max: number | null;
  peer_rank: number | null;
};

export interface BenchmarkOptions {
  t: Translate;
  lang: Lang;
  width: number;
  passMark: number;
  /** Indicator codes weak under the definition in use: their dots are drawn in the warning colour. */
  weakCodes: ReadonlySet<string>;
  /** The organisation's name for the legend, e.g. อบต.จะรัง. */
  orgName: string;
}

/** Legend keys: what each colour means. */
const KEYS = ['own', 'own_weak', 'iqr', 'median'] as const;
type Key = (typeof KEYS)[number];
const KEY_COLORS: Record<Key, string> = {
  own: COLORS.real,
  own_weak: COLORS.passMark,
  iqr: '#c9d6e6',
  median: '#374151',
};

const ROW_HEIGHT = 34;

export function orgIndicatorBenchmarkSpec(
  rows: BenchmarkRow[],
  { t, lang, width, passMark, weakCodes, orgName }: BenchmarkOptions,
): Plot.PlotOptions {
  const narrow = width < 560;
  const ordered = [...rows].sort((a, b) => a.sort_key - b.sort_key);
  const codes = ordered.map((r) => r.code);
  const tick = new Map(ordered.map((r) => [r.code, indicatorLabel(r, lang, narrow)]));
  const withPeers = ordered.filter((r) => r.peers > 0);
  const own = ordered
    .filter((r) => r.value !== null)
    .map((r) => ({ ...r, key: (weakCodes.has(r.code) ? 'own_weak' : 'own') as Key }));
  // The axis starts just below the organisation's scores, the peers' middle halves and the pass mark; a peer range
  // reaching further left is cut at the edge and its lowest value written there, so one outlier cannot squeeze the rest.
  const low = Math.max(
    0,
    Math.floor(
      (Math.min(passMark - 5, ...own.map((r) => r.value!), ...withPeers.map((r) => r.peer_q1!)) -
        2) /
        5,
    ) * 5,
  );
  const ranges = withPeers.map((r) => ({
    ...r,
    lo: Math.max(r.peer_min!, low),
    cut: r.peer_min! < low,
  }));
  const name = (r: BenchmarkRow) => (lang === 'th' ? r.name_th : r.name_en);
  const keyLabel: Record<Key, string> = {
    own: orgName,
    own_weak: t('org.chart.bench.legend.weak', { name: orgName }),
    iqr: t('org.chart.bench.legend.iqr'),
    median: t('org.chart.bench.legend.median'),
  };
  return {
    width,
    height: 64 + ROW_HEIGHT * Math.max(codes.length, 1),
    marginLeft: narrow ? 36 : 220,
    marginRight: 20,
    style: { fontFamily: FONT_FAMILY, fontSize: '12px' },
    x: { domain: [low, 100], label: null, grid: true, axis: 'top' },
    y: { domain: codes, label: null, tickFormat: (c: string) => tick.get(c) ?? c, padding: 0.3 },
    color: withLegendFont({
      domain: [...KEYS],
      range: KEYS.map((k) => KEY_COLORS[k]),
      legend: true,
      tickFormat: (k: Key) => keyLabel[k],
    }),
    marks: [
      Plot.ruleX([passMark], { stroke: COLORS.passMark, strokeDasharray: '5,4' }),
      // The whole peer range, thin.
      Plot.ruleY(ranges, { y: 'code', x1: 'lo', x2: 'peer_max', stroke: '#9ca3af' }),
      Plot.text(
        ranges.filter((r) => r.cut),
        {
          y: 'code',
          x: 'lo',
          text: (r: BenchmarkRow) => `◂ ${r.peer_min!.toFixed(1)}`,
          textAnchor: 'start',
          dx: 3,
          dy: -8,
          fill: '#6b7280',
          fontSize: 10,
        },
      ),
      // The middle half of the peers (first to third quartile).
      Plot.barX(withPeers, { y: 'code', x1: 'peer_q1', x2: 'peer_q3', fill: () => 'iqr' }),
      Plot.tickX(withPeers, {
        y: 'code',
        x: 'peer_median',
        stroke: () => 'median',
        strokeWidth: 2.5,
      }),
      Plot.dot(own, {
        y: 'code',
        x: 'value',
        fill: 'key',
        stroke: '#fff',
        r: 6,
        tip: true,
        title: (d: BenchmarkRow & { key: Key }) =>
          [
            `${d.code} ${name(d)}`,
            `${orgName}: ${d.value!.toFixed(2)}${d.key === 'own_weak' ? ` (${t('org.weak.flag')})` : ''}`,
            d.peers > 0
              ? t('org.chart.bench.tip.peers', {
                  peers: d.peers,
                  median: d.peer_median!.toFixed(2),
                  q1: d.peer_q1!.toFixed(2),
                  q3: d.peer_q3!.toFixed(2),
                  min: d.peer_min!.toFixed(2),
                  max: d.peer_max!.toFixed(2),
                })
              : t('org.chart.bench.tip.no_peers'),
            d.peer_rank !== null && d.peers > 0
              ? t('org.chart.bench.tip.rank', { rank: d.peer_rank, of: d.peers + 1 })
              : '',
            d.source === 'synthetic' ? t('chart.legend.synthetic') : t('chart.legend.real'),
          ]
            .filter(Boolean)
            .join('\n'),
      }),
    ],
  };
}
