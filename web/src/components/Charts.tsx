import { useEffect, useRef } from "preact/hooks";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import { flaggedIntervals } from "../crises.ts";
import { CRISIS_METRIC } from "../presets.ts";
import type { RunController } from "../run-controller.ts";

/** One run drawn on the charts. */
export interface ChartRun {
  label: string;
  ctrl: RunController;
  colour: string;
  band: string;
  dash?: number[];
}

interface Props {
  metrics: string[];
  descriptions: Record<string, string>;
  /** Label of the time axis, e.g. "years". */
  timeLabel: string;
  runs: ChartRun[];
  /** Receives the live uPlot instances (for the PNG export). */
  onCharts?: (charts: { metric: string; plot: uPlot }[]) => void;
}

const HEIGHT = 170;
/** Least time between two redraws of the charts, ms (about 15 frames a second). */
const DRAW_EVERY_MS = 66;

/** The charts' identity: remount `<Charts>` with this key when any of it changes. */
export function chartsKey(metrics: string[], timeLabel: string, runs: ChartRun[]): string {
  return [metrics.join(","), timeLabel, runs.map((r) => r.label).join("|")].join("/");
}

/** The y range: uPlot's padded range, and a unit-wide band around a constant series (not 0..100). */
function yRange(_u: uPlot, min: number | null, max: number | null): uPlot.Range.MinMax {
  if (min === null || max === null) return [0, 1];
  if (min === max) {
    const pad = Math.abs(min) * 0.1 || 0.5;
    return [min - pad, max + pad];
  }
  return uPlot.rangeNum(min, max, 0.1, true);
}

/** A column of one run padded with nulls (gaps) to `n` rows. */
function padded(c: RunController, metric: string, n: number): (number | null)[] | Float64Array {
  const s = c.series;
  if (s && s.length === n) return s.column(metric);
  const out: (number | null)[] = new Array(n).fill(null);
  if (s) {
    const col = s.column(metric);
    for (let i = 0; i < col.length && i < n; i++) out[i] = col[i];
  }
  return out;
}

/**
 * Live charts, one per metric, each showing every run; crisis months (metric `crisis`) are
 * shaded on the time axis. The charts are updated imperatively from the runs' buffers at most
 * once per animation frame, never through a re-render.
 */
export function Charts({ metrics, descriptions, timeLabel, runs, onCharts }: Props) {
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const root = host.current;
    if (!root) return;
    const bands: [number, number][][] = runs.map(() => []);
    const crisisBands: uPlot.Plugin = {
      hooks: {
        drawClear: (u) => {
          const { ctx } = u;
          const { left, top, width, height } = u.bbox;
          bands.forEach((intervals, r) => {
            ctx.fillStyle = runs[r].band;
            for (const [a, b] of intervals) {
              const x0 = Math.max(left, u.valToPos(a, "x", true));
              const x1 = Math.min(left + width, u.valToPos(b, "x", true));
              if (x1 > x0) ctx.fillRect(x0, top, Math.max(1, x1 - x0), height);
            }
          });
        },
      },
    };
    const charts = metrics.map((metric) => {
      const box = document.createElement("figure");
      box.className = "chart";
      box.setAttribute("aria-label", `${metric}: ${descriptions[metric] ?? ""}`);
      const caption = document.createElement("figcaption");
      caption.textContent = metric;
      caption.title = descriptions[metric] ?? "";
      box.append(caption);
      root.append(box);
      const plot = new uPlot(
        {
          width: Math.max(200, box.clientWidth || 360),
          height: HEIGHT,
          scales: { x: { time: false }, y: { range: yRange } },
          axes: [{ label: timeLabel, size: 40, labelSize: 18 }, { size: 56 }],
          legend: { show: runs.length > 1 },
          cursor: { sync: { key: "lab" }, drag: { x: false, y: false } },
          series: [
            { label: "t" },
            ...runs.map((r) => ({
              label: r.label,
              stroke: r.colour,
              width: 1.5,
              ...(r.dash ? { dash: r.dash } : {}),
              points: { show: false },
            })),
          ],
          plugins: [crisisBands],
        },
        [[], ...runs.map(() => [])],
        box,
      );
      plot.root.querySelector("canvas")?.setAttribute("aria-hidden", "true");
      return { metric, plot, box };
    });
    onCharts?.(charts.map(({ metric, plot }) => ({ metric, plot })));

    let drawn = -1;
    let lastDraw = Number.NEGATIVE_INFINITY;
    let trailing: ReturnType<typeof setTimeout> | undefined;
    const versions = runs.map(() => -1);
    /** Redraw at most every DRAW_EVERY_MS while rows stream in, and once more after the last batch. */
    const update = () => {
      const wait = lastDraw + DRAW_EVERY_MS - performance.now();
      if (wait > 0) {
        trailing ??= setTimeout(() => {
          trailing = undefined;
          update();
        }, wait);
        return;
      }
      if (runs.every((r, i) => r.ctrl.version === versions[i])) return;
      lastDraw = performance.now();
      runs.forEach((r, i) => {
        versions[i] = r.ctrl.version;
      });
      const longest = runs.reduce<RunController | null>(
        (best, r) => ((r.ctrl.series?.length ?? 0) > (best?.series?.length ?? 0) ? r.ctrl : best),
        null,
      );
      const n = longest?.series?.length ?? 0;
      const x = longest?.series?.time() ?? new Float64Array(0);
      runs.forEach((r, i) => {
        const s = r.ctrl.series;
        bands[i] = s?.metrics.includes(CRISIS_METRIC)
          ? flaggedIntervals(s.time(), s.column(CRISIS_METRIC), 1 / r.ctrl.stepsPerUnit)
          : [];
      });
      for (const { metric, plot } of charts) {
        if (n === 0 || !longest?.series?.metrics.includes(metric)) plot.setData([[], ...runs.map(() => [])]);
        else plot.setData([x, ...runs.map((r) => padded(r.ctrl, metric, n))]);
      }
      if (n !== drawn) {
        drawn = n;
        root.dataset.points = String(n);
      }
    };
    const offs = runs.map((r) => r.ctrl.subscribe(update));
    update();

    const resize = new ResizeObserver(() => {
      for (const { plot, box } of charts) {
        const w = Math.max(200, Math.floor(box.clientWidth));
        if (w !== plot.width) plot.setSize({ width: w, height: HEIGHT });
      }
    });
    for (const c of charts) resize.observe(c.box);

    return () => {
      if (trailing !== undefined) clearTimeout(trailing);
      resize.disconnect();
      for (const off of offs) off();
      for (const { plot, box } of charts) {
        plot.destroy();
        box.remove();
      }
      root.dataset.points = "0";
    };
  }, []); // the parent remounts the charts (key) when the metrics, the time unit or the runs change

  return <div class="charts" ref={host} data-testid="charts" data-points="0" />;
}
