import { createRequire } from "node:module";
import type * as Echarts from "echarts";

/**
 * ECharts, loaded on the first chart: its ES build is ~600 modules, which every `refusal`
 * command would otherwise load at start (1.3 s of the CLI's 3 s); its one-file CommonJS build
 * renders the same bytes (checked: a report of two experiments, identical).
 */
let echarts: typeof Echarts | undefined;
const loadEcharts = (): typeof Echarts =>
  (echarts ??= createRequire(import.meta.url)("echarts") as typeof Echarts);

/** Size and identity of one chart. */
export interface SvgOptions {
  width: number;
  height: number;
  /**
   * Prefix of the ids and classes inside the SVG (`[A-Za-z][A-Za-z0-9_-]*`): several SVGs inline
   * in one HTML page share one id space, so each chart of a page needs its own.
   */
  id: string;
}

/**
 * Make ECharts' SVG deterministic and embeddable: zrender names ids and classes after a
 * process-wide instance counter (`zr3-c0`, `zr3-cls-12`), so the same chart rendered twice differs;
 * every such name becomes `<id>-<kind><n>`, numbered by first appearance. The `ecmeta_*` attributes
 * (only used to hydrate a chart in a browser, which this report never does) are dropped.
 */
export function normaliseSvg(svg: string, id: string): string {
  const names = new Map<string, string>();
  const counters = new Map<string, number>();
  return svg
    .replace(/ ecmeta_[a-z_]+="[^"]*"/g, "")
    .replace(/zr\d+-([A-Za-z]+-?)(\d+)/g, (whole, kind: string) => {
      let name = names.get(whole);
      if (name === undefined) {
        const n = counters.get(kind) ?? 0;
        counters.set(kind, n + 1);
        name = `${id}-${kind}${n}`;
        names.set(whole, name);
      }
      return name;
    });
}

/**
 * Render an ECharts option to an SVG string with ECharts' server-side renderer (no DOM), with
 * animation off, at a fixed size. The chart is always disposed (an undisposed chart keeps a timer
 * that stops Node from exiting). The same option and options give byte-identical output.
 */
export function renderSvg(option: Echarts.EChartsCoreOption, opts: SvgOptions): string {
  if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(opts.id)) throw new Error(`renderSvg: bad id '${opts.id}'`);
  const chart = loadEcharts().init(null, null, {
    renderer: "svg",
    ssr: true,
    width: opts.width,
    height: opts.height,
  });
  try {
    chart.setOption({ ...option, animation: false });
    return normaliseSvg(chart.renderToSVGString(), opts.id);
  } finally {
    chart.dispose();
  }
}
