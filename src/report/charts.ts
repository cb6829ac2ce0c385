/**
 * The report's charts as static SVG strings: ensemble bands over time, sensitivity bars with their
 * intervals, a summary against a factor. Every chart has a fixed size and no animation, and the
 * same arguments give byte-identical SVG (see `renderSvg`).
 */
import type { MorrisIndex, SobolIndex } from "../experiments/analysis/index.ts";
import { renderSvg } from "./svg.ts";
import type { Band } from "./types.ts";

/** Twelve distinguishable colours (Tableau 10, then two more); point i gets colour i mod 12. */
export const PALETTE = [
  "#4e79a7",
  "#f28e2b",
  "#e15759",
  "#76b7b2",
  "#59a14f",
  "#edc948",
  "#b07aa1",
  "#ff9da7",
  "#9c755f",
  "#79706e",
  "#17becf",
  "#8c564b",
] as const;

const WIDTH = 720;
const HEIGHT = 300;
const TEXT = { fontSize: 11, fontFamily: "sans-serif" };

/** NaN and infinities as ECharts' "no value" (a gap), everything else as it is. */
const val = (x: number): number | string => (Number.isFinite(x) ? x : "-");

/**
 * Room for a legend below the plot: entries are laid out in rows of the chart's width, each about
 * as wide as ECharts draws it (icon, label at ~6.3 px a character at 11 px, gap).
 */
function legendRoom(labels: readonly string[]): { legendTop: number; bottom: number; height: number } {
  let rows = labels.length > 0 ? 1 : 0;
  let x = 0;
  for (const l of labels) {
    const w = 25 + 5 + Math.ceil(l.length * 6.3) + 10;
    if (x > 0 && x + w > WIDTH - 40) {
      rows++;
      x = 0;
    }
    x += w;
  }
  const legendHeight = 20 * rows;
  return { legendTop: HEIGHT - 6, bottom: 44 + legendHeight, height: HEIGHT + legendHeight };
}

/**
 * A custom series of vertical error bars: `data` rows are [x, low, high]; with `offset`, bars are
 * shifted by that fraction of the category width (to sit on one of several bars of a category).
 */
function errorBars(name: string, data: [number | string, number, number][], color: string, offset = 0) {
  return {
    type: "custom",
    name,
    silent: true,
    z: 10,
    itemStyle: { color },
    data: data
      .filter(([, lo, hi]) => Number.isFinite(lo) && Number.isFinite(hi))
      .map(([x, lo, hi]) => [x, lo, hi]),
    encode: { x: 0, y: [1, 2] },
    renderItem: (_params: unknown, api: any) => {
      const x = api.value(0);
      const lo = api.coord([x, api.value(1)]);
      const hi = api.coord([x, api.value(2)]);
      const shift = offset === 0 ? 0 : offset * api.size([1, 0])[0];
      const cx = lo[0] + shift;
      const cap = 4;
      const style = { stroke: color, lineWidth: 1.2 };
      return {
        type: "group",
        children: [
          { type: "line", shape: { x1: cx, y1: lo[1], x2: cx, y2: hi[1] }, style },
          { type: "line", shape: { x1: cx - cap, y1: lo[1], x2: cx + cap, y2: lo[1] }, style },
          { type: "line", shape: { x1: cx - cap, y1: hi[1], x2: cx + cap, y2: hi[1] }, style },
        ],
      };
    },
  };
}

/**
 * The 5–95% band as shaded polygons (one per run of times where both quantiles are finite): a
 * custom series with one data item that draws the whole band.
 */
function bandArea(name: string, band: Band, color: string) {
  const runs: number[][] = [];
  let current: number[] = [];
  band.t.forEach((_, j) => {
    if (Number.isFinite(band.q05[j]) && Number.isFinite(band.q95[j]) && Number.isFinite(band.t[j]))
      current.push(j);
    else if (current.length) {
      runs.push(current);
      current = [];
    }
  });
  if (current.length) runs.push(current);
  const first = runs[0]?.[0];
  return {
    type: "custom",
    name,
    silent: true,
    clip: true,
    data: first === undefined ? [] : [[band.t[first], band.q05[first]]],
    encode: { x: 0, y: 1 },
    renderItem: (_params: unknown, api: any) => ({
      type: "group",
      children: runs.map((js) => ({
        type: "polygon",
        shape: {
          points: [
            ...js.map((j) => api.coord([band.t[j], band.q95[j]])),
            ...[...js].reverse().map((j) => api.coord([band.t[j], band.q05[j]])),
          ],
        },
        style: { fill: color, opacity: 0.18 },
      })),
    }),
  };
}

/** One band to draw: its legend label, colour and numbers. */
export interface BandSeries {
  label: string;
  color: string;
  band: Band;
}

/**
 * Ensemble bands over time: for each entry, the 5–95% band (shaded, drawn as q05 plus a stacked
 * q95 - q05) and the mean (line), in the entry's colour, with a legend of the labels.
 */
export function bandChart(entries: readonly BandSeries[], opts: { id: string; yName: string }): string {
  const room = legendRoom(entries.map((e) => e.label));
  const series: unknown[] = [];
  for (const { label, color, band } of entries) {
    // invisible bounds, so that the y axis spans the bands
    for (const [name, q] of [
      ["q05", band.q05],
      ["q95", band.q95],
    ] as const)
      series.push({
        type: "line",
        name: `${label} ${name}`,
        showSymbol: false,
        symbol: "none",
        silent: true,
        data: band.t.map((t, j) => [t, val(q[j])]),
        lineStyle: { opacity: 0 },
      });
    series.push(bandArea(`${label} 5–95%`, band, color));
  }
  for (const { label, color, band } of entries)
    series.push({
      type: "line",
      name: label,
      showSymbol: false,
      symbol: "none",
      silent: true,
      data: band.t.map((t, j) => [t, val(band.mean[j])]),
      lineStyle: { color, width: 1.6 },
      itemStyle: { color },
    });
  return renderSvg(
    {
      textStyle: TEXT,
      grid: { left: 64, right: 24, top: 24, bottom: room.bottom },
      legend: {
        data: entries.map((e) => e.label),
        top: room.legendTop,
        left: 20,
        right: 20,
        textStyle: TEXT,
      },
      xAxis: { type: "value", name: "t", nameLocation: "end", scale: true, splitLine: { show: false } },
      yAxis: { type: "value", name: opts.yName, scale: true, nameTextStyle: { align: "left" } },
      series,
    },
    { width: WIDTH, height: room.height, id: opts.id },
  );
}

function categoryBars(
  names: string[],
  bars: { name: string; color: string; values: number[]; low?: number[]; high?: number[] }[],
  opts: { id: string; yName: string },
): string {
  const width = 0.3;
  const series: unknown[] = [];
  for (const b of bars) {
    series.push({
      type: "bar",
      name: b.name,
      barWidth: `${width * 100}%`,
      barGap: "0%",
      silent: true,
      itemStyle: { color: b.color },
      data: b.values.map(val),
    });
  }
  bars.forEach((b, i) => {
    if (!b.low || !b.high) return;
    const offset = (i - (bars.length - 1) / 2) * width;
    series.push(
      errorBars(
        `${b.name} interval`,
        names.map((_, j) => [j, b.low![j], b.high![j]]),
        "#333",
        offset,
      ),
    );
  });
  return renderSvg(
    {
      textStyle: TEXT,
      grid: { left: 64, right: 24, top: 28, bottom: 56 },
      legend: { data: bars.map((b) => b.name), top: 0, left: "center", textStyle: TEXT },
      xAxis: { type: "category", data: names, axisLabel: { interval: 0 } },
      yAxis: { type: "value", name: opts.yName, nameTextStyle: { align: "left" } },
      series,
    },
    { width: WIDTH, height: 260, id: opts.id },
  );
}

/**
 * Sobol' indices of one output: first-order S1 and total ST side by side per factor, each with its
 * bootstrap interval as an error bar.
 */
export function sobolChart(indices: readonly SobolIndex[], opts: { id: string }): string {
  return categoryBars(
    indices.map((x) => x.name),
    [
      {
        name: "S1",
        color: PALETTE[0],
        values: indices.map((x) => x.S1),
        low: indices.map((x) => x.S1Low),
        high: indices.map((x) => x.S1High),
      },
      {
        name: "ST",
        color: PALETTE[1],
        values: indices.map((x) => x.ST),
        low: indices.map((x) => x.STLow),
        high: indices.map((x) => x.STHigh),
      },
    ],
    { id: opts.id, yName: "index" },
  );
}

/** Morris measures of one output: μ* (overall influence) and σ (non-linearity, interactions) per factor. */
export function morrisChart(indices: readonly MorrisIndex[], opts: { id: string }): string {
  return categoryBars(
    indices.map((x) => x.name),
    [
      { name: "μ*", color: PALETTE[0], values: indices.map((x) => x.muStar) },
      { name: "σ", color: PALETTE[1], values: indices.map((x) => x.sigma) },
    ],
    { id: opts.id, yName: "per factor range" },
  );
}

/** One design point of a one-factor grid: the factor's value and the summary's mean and 95% CI. */
export interface FactorPoint {
  x: number;
  mean: number;
  ciLow: number;
  ciHigh: number;
}

/** A scalar summary against the one numeric factor of a grid: the mean per point with its 95% CI. */
export function summaryChart(points: readonly FactorPoint[], opts: { id: string; factor: string }): string {
  const color = PALETTE[0];
  return renderSvg(
    {
      textStyle: TEXT,
      grid: { left: 64, right: 24, top: 28, bottom: 40 },
      legend: { data: ["mean", "95% CI"], top: 0, left: "center", textStyle: TEXT },
      xAxis: { type: "value", name: opts.factor, scale: true, splitLine: { show: false } },
      yAxis: { type: "value", scale: true },
      series: [
        {
          type: "line",
          name: "mean",
          silent: true,
          symbol: "circle",
          symbolSize: 5,
          data: points.map((p) => [p.x, val(p.mean)]),
          lineStyle: { color, width: 1.6 },
          itemStyle: { color },
        },
        errorBars(
          "95% CI",
          points.map((p) => [p.x, p.ciLow, p.ciHigh]),
          "#333",
        ),
      ],
    },
    { width: WIDTH, height: 260, id: opts.id },
  );
}

/** One row of a dot-and-interval chart. */
export interface IntervalRow {
  label: string;
  estimate: number;
  ciLow: number;
  ciHigh: number;
}

/**
 * A dot-and-interval chart (a forest plot): one row per entry, its estimate as a dot and its 95%
 * interval as a horizontal bar, with zero marked and the band ± `sesoi` (the smallest effect of
 * interest) shaded, so that "excludes zero" and "reaches the sesoi" can both be read off.
 */
export function intervalChart(
  rows: readonly IntervalRow[],
  opts: { id: string; sesoi: number; xName: string },
): string {
  const labels = rows.map((r) => r.label);
  const height = 70 + 28 * rows.length;
  const color = PALETTE[0];
  return renderSvg(
    {
      textStyle: TEXT,
      grid: { left: 210, right: 30, top: 20, bottom: 44 },
      xAxis: {
        type: "value",
        name: opts.xName,
        nameLocation: "middle",
        nameGap: 26,
        scale: true,
        axisLabel: TEXT,
      },
      yAxis: {
        type: "category",
        data: labels,
        inverse: true,
        axisLabel: { ...TEXT, width: 200, overflow: "truncate" },
      },
      series: [
        {
          type: "scatter",
          name: "estimate",
          symbolSize: 8,
          itemStyle: { color },
          data: rows.map((r, i) => [val(r.estimate), i]),
          markLine: {
            silent: true,
            symbol: "none",
            lineStyle: { color: "#333", type: "solid", width: 1 },
            label: { show: false },
            data: [{ xAxis: 0 }],
          },
          markArea: {
            silent: true,
            itemStyle: { color: "rgba(120,120,120,0.15)" },
            data: [[{ xAxis: -opts.sesoi }, { xAxis: opts.sesoi }]],
          },
        },
        {
          type: "custom",
          name: "95% interval",
          silent: true,
          itemStyle: { color },
          data: rows
            .map((r, i) => [i, r.ciLow, r.ciHigh])
            .filter(([, lo, hi]) => Number.isFinite(lo) && Number.isFinite(hi)),
          encode: { x: [1, 2], y: 0 },
          renderItem: (_params: unknown, api: any) => {
            const y = api.value(0);
            const lo = api.coord([api.value(1), y]);
            const hi = api.coord([api.value(2), y]);
            const cap = 4;
            const style = { stroke: color, lineWidth: 1.4 };
            return {
              type: "group",
              children: [
                { type: "line", shape: { x1: lo[0], y1: lo[1], x2: hi[0], y2: hi[1] }, style },
                { type: "line", shape: { x1: lo[0], y1: lo[1] - cap, x2: lo[0], y2: lo[1] + cap }, style },
                { type: "line", shape: { x1: hi[0], y1: hi[1] - cap, x2: hi[0], y2: hi[1] + cap }, style },
              ],
            };
          },
        },
      ],
    },
    { width: WIDTH, height, id: opts.id },
  );
}
