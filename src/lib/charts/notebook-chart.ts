// Chart spec: a notebook chart block's declarative spec (mark, x, y, fill, fx, fy, sort, rule) over its result rows.
import * as Plot from '@observablehq/plot';
import type { ChartSpec } from '../features/notebooks/notebook-types';
import { COLORS, FONT_FAMILY } from './chart-theme';

export interface NotebookChartOptions {
  width: number;
  /** The reference line's value when the block asks for `rule: pass_mark`. */
  passMark: number;
  /** Columns whose values are categories: drawn on band scales and coloured by category. */
  categorical: ReadonlySet<string>;
}

/** "-y" → order the x domain by y descending; "x" → order y by x ascending (Plot's channel sort). */
function sortOption(spec: ChartSpec): Record<string, unknown> | undefined {
  const m = /^(-?)([xy])$/.exec(spec.sort ?? '');
  if (!m) return undefined;
  const by = m[2]!;
  const axis = by === 'y' ? 'x' : 'y';
  return { [axis]: { value: by, reverse: m[1] === '-' } };
}

function ruleMarks(spec: ChartSpec, passMark: number): Plot.Markish[] {
  if (!spec.rule) return [];
  const value = spec.rule === 'pass_mark' ? passMark : Number(spec.rule);
  if (!Number.isFinite(value)) return [];
  const horizontal = spec.mark !== 'barX' && spec.mark !== 'tickX';
  const opts = { stroke: COLORS.passMark, strokeDasharray: '4,3' };
  return [horizontal ? Plot.ruleY([value], opts) : Plot.ruleX([value], opts)];
}

export function notebookChartSpec(
  rows: Record<string, unknown>[],
  spec: ChartSpec,
  { width, passMark, categorical }: NotebookChartOptions,
): Plot.PlotOptions {
  const fillIsColumn = spec.fill !== undefined && rows.length > 0 && spec.fill in rows[0]!;
  const colour = fillIsColumn ? spec.fill : undefined;
  const channels = {
    x: spec.x,
    y: spec.y,
    fx: spec.fx,
    fy: spec.fy,
    sort: sortOption(spec),
    tip: true,
  };
  const fillOrConstant = colour ?? spec.fill ?? COLORS.line;
  let mark: Plot.Markish;
  switch (spec.mark) {
    case 'dot':
      mark = Plot.dot(rows, { ...channels, fill: fillOrConstant, r: 4 });
      break;
    case 'line':
      mark = Plot.line(rows, { ...channels, stroke: fillOrConstant, marker: 'circle' });
      break;
    case 'barY':
      mark = Plot.barY(rows, { ...channels, fill: fillOrConstant });
      break;
    case 'barX':
      mark = Plot.barX(rows, { ...channels, fill: fillOrConstant });
      break;
    case 'cell':
      mark = Plot.cell(rows, { ...channels, fill: colour ?? spec.y ?? COLORS.line, inset: 0.5 });
      break;
    case 'rectY':
      // Without y, a histogram of x; with y, rectangles of the given heights.
      mark = spec.y
        ? Plot.rectY(rows, { ...channels, fill: fillOrConstant })
        : Plot.rectY(rows, {
            ...Plot.binX({ y: 'count' }, { x: spec.x }),
            fx: spec.fx,
            fy: spec.fy,
            fill: fillOrConstant,
            tip: true,
          });
      break;
    case 'tickX':
      mark = Plot.tickX(rows, { ...channels, stroke: fillOrConstant });
      break;
    case 'tickY':
      mark = Plot.tickY(rows, { ...channels, stroke: fillOrConstant });
      break;
    case 'areaY':
      mark = Plot.areaY(rows, { ...channels, fill: fillOrConstant, fillOpacity: 0.4 });
      break;
  }
  // Categories keep the order of the result's rows (the SQL's ORDER BY), not text order ("1, 10, 2").
  const inRowOrder = (c?: string) =>
    c && categorical.has(c) ? [...new Set(rows.map((r) => r[c]))] : undefined;
  const banded = spec.mark === 'barY' || spec.mark === 'cell' || spec.mark === 'tickY';
  const categoricalX = spec.x !== undefined && categorical.has(spec.x);
  const longX = categoricalX && (inRowOrder(spec.x) ?? []).some((v) => String(v).length > 6);
  // With facets and x coloured by the same column, the legend names the bars: the x labels would only crowd.
  const xByLegend = spec.fx !== undefined && spec.x === colour;
  const sortsX = sortOption(spec)?.x !== undefined;
  const categoricalY = spec.y !== undefined && categorical.has(spec.y);
  const sortsY = sortOption(spec)?.y !== undefined;
  return {
    width,
    height: spec.height ?? (spec.fy ? undefined : 360),
    marginLeft: categoricalY
      ? Math.min(
          280,
          16 + 6.5 * Math.max(...(inRowOrder(spec.y) ?? []).map((v) => String(v).length)),
        )
      : 56,
    marginBottom: longX && !xByLegend ? 64 : 40,
    style: { fontFamily: FONT_FAMILY, fontSize: '12px' },
    x: {
      label: spec.xLabel ?? spec.x ?? null,
      grid: !categoricalX,
      ...(categoricalX
        ? {
            type: banded ? ('band' as const) : ('point' as const),
            // Categories as written: a year is 2568, not Plot's grouped number 2,568.
            tickFormat: String,
            ...(sortsX ? {} : { domain: inRowOrder(spec.x) }),
            ...(longX ? { tickRotate: -30 } : {}),
            ...(xByLegend ? { axis: null } : {}),
          }
        : {}),
    },
    y: {
      label: spec.yLabel ?? spec.y ?? null,
      grid: true,
      ...(categoricalY
        ? {
            type:
              spec.mark === 'barX' || spec.mark === 'cell' ? ('band' as const) : ('point' as const),
            tickFormat: String,
            ...(sortsY ? {} : { domain: inRowOrder(spec.y) }),
          }
        : {}),
    },
    fx:
      spec.fx && categorical.has(spec.fx)
        ? { domain: inRowOrder(spec.fx), label: spec.fx, tickFormat: String }
        : undefined,
    fy:
      spec.fy && categorical.has(spec.fy)
        ? { domain: inRowOrder(spec.fy), label: spec.fy, tickFormat: String }
        : undefined,
    color: colour
      ? {
          legend: true,
          // A continuous legend is drawn on a canvas, which the server's DOM has not: five steps instead.
          ...(categorical.has(colour)
            ? { domain: inRowOrder(colour), tickFormat: String }
            : { type: 'quantize' as const, n: 5, scheme: 'blues' as const }),
        }
      : undefined,
    marks: [mark, ...ruleMarks(spec, passMark)],
  };
}
