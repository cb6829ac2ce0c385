import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import * as echartsEsm from "echarts";
import { describe, expect, it } from "vitest";
import { normaliseSvg, renderSvg } from "./svg.ts";

const LINE = {
  xAxis: { type: "value" },
  yAxis: { type: "value" },
  series: [
    {
      type: "line",
      data: [
        [0, 1],
        [1, 3],
        [2, 2],
      ],
    },
  ],
};

describe("renderSvg", () => {
  it("renderSvg() gives byte-identical SVG for the same option, however many charts came before", () => {
    const a = renderSvg(LINE, { width: 400, height: 240, id: "k" });
    for (let i = 0; i < 3; i++) renderSvg(LINE, { width: 400, height: 240, id: "other" });
    const b = renderSvg(LINE, { width: 400, height: 240, id: "k" });
    expect(b).toBe(a);
    expect(a.startsWith('<svg width="400" height="240"')).toBe(true);
  });

  it("renderSvg() renders the same bytes with ECharts' CommonJS build as its ES build would", () => {
    const bands = {
      ...LINE,
      legend: {},
      tooltip: {},
      series: [
        ...LINE.series,
        {
          type: "line",
          areaStyle: {},
          stack: "b",
          data: [
            [0, 0.5],
            [1, 2.5],
            [2, 1.5],
          ],
        },
        {
          type: "bar",
          data: [
            [0, 2],
            [1, 1],
            [2, 3],
          ],
        },
      ],
    };
    const chart = echartsEsm.init(null, null, { renderer: "svg", ssr: true, width: 400, height: 240 });
    chart.setOption({ ...bands, animation: false });
    const esm = normaliseSvg(chart.renderToSVGString(), "e");
    chart.dispose();
    expect(renderSvg(bands, { width: 400, height: 240, id: "e" })).toBe(esm);
  });

  it("the refusal CLI loads no ECharts module before it draws a chart", () => {
    // A load hook that names every module of ECharts the process loads.
    const hook = `export async function load(url, ctx, next) {
  if (url.includes("/echarts/")) process.stderr.write("loaded " + url + "\\n");
  return next(url, ctx);
}`;
    const registerHook = `import { register } from "node:module";
register("data:text/javascript," + encodeURIComponent(${JSON.stringify(hook)}));`;
    const root = fileURLToPath(new URL("../..", import.meta.url));
    const r = spawnSync(
      process.execPath,
      ["--import", `data:text/javascript,${encodeURIComponent(registerHook)}`, "bin/refusal.mjs", "models"],
      { encoding: "utf8", timeout: 30_000, cwd: root },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("goodwin");
    expect(r.stderr).toBe("");
  });

  it("renderSvg() names every id and class after the chart id, leaving no zrender counter", () => {
    const svg = renderSvg(LINE, { width: 400, height: 240, id: "c7" });
    expect(svg).not.toMatch(/zr\d+-/);
    expect(svg).not.toContain("ecmeta_");
    const ids = [...svg.matchAll(/(?:id|class)="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id.startsWith("c7-")).toBe(true);
    // references to ids point at ids defined in the same SVG
    for (const m of svg.matchAll(/url\(#([^)]+)\)/g)) expect(svg).toContain(`id="${m[1]}"`);
  });

  it("renderSvg() refuses an id that is not a safe name", () => {
    expect(() => renderSvg(LINE, { width: 100, height: 100, id: '"><script>' })).toThrow(/bad id/);
  });

  it("normaliseSvg() numbers names per kind by first appearance", () => {
    const svg =
      '<g clip-path="url(#zr9-c3)" class="zr9-cls-12"><path class="zr9-cls-5"/><path class="zr9-cls-12"/></g><clipPath id="zr9-c3"/>';
    expect(normaliseSvg(svg, "q")).toBe(
      '<g clip-path="url(#q-c0)" class="q-cls-0"><path class="q-cls-1"/><path class="q-cls-0"/></g><clipPath id="q-c0"/>',
    );
  });

  it("renderSvg() disposes its charts: a process that renders one exits by itself", () => {
    const svgModule = fileURLToPath(new URL("./svg.ts", import.meta.url));
    const script = `const { renderSvg } = await import(${JSON.stringify(svgModule)});
const s = renderSvg({ xAxis: { type: "value" }, yAxis: { type: "value" }, series: [{ type: "line", data: [[0, 1], [1, 2]] }] }, { width: 200, height: 100, id: "a" });
process.stdout.write(String(s.length > 0));`;
    const r = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      encoding: "utf8",
      timeout: 30_000,
      cwd: fileURLToPath(new URL("../..", import.meta.url)),
    });
    expect(r.error).toBeUndefined();
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("true");
  });
});
