import { describe, expect, it } from "vitest";
import type { SobolIndex } from "../experiments/analysis/index.ts";
import { bandChart, morrisChart, sobolChart, summaryChart } from "./charts.ts";
import type { Band } from "./types.ts";

function band(point: number, shift: number): Band {
  const t = [0, 1, 2, 3];
  return {
    point,
    t,
    n: t.map(() => 5),
    mean: t.map((x) => x + shift),
    q05: t.map((x) => x + shift - 0.5),
    q50: t.map((x) => x + shift),
    q95: t.map((x) => x + shift + 0.5),
  };
}

const sobol: SobolIndex[] = [
  { name: "alpha", S1: 0.6, S1Low: 0.5, S1High: 0.7, ST: 0.7, STLow: 0.6, STHigh: 0.8, n: 64 },
  { name: "beta", S1: 0.2, S1Low: 0.1, S1High: 0.3, ST: 0.3, STLow: 0.2, STHigh: 0.4, n: 64 },
];

/** Error bars are drawn as three strokes (whisker and two caps) in #333. */
const errorBarStrokes = (svg: string) => (svg.match(/stroke="#333"/g) ?? []).length;

describe("charts", () => {
  it("bandChart() gives byte-identical SVG for the same bands", () => {
    const entries = [
      { label: "a=1", color: "#4e79a7", band: band(0, 0) },
      { label: "a=2", color: "#f28e2b", band: band(1, 2) },
    ];
    const a = bandChart(entries, { id: "b0", yName: "x" });
    const b = bandChart(entries, { id: "b0", yName: "x" });
    expect(b).toBe(a);
    expect(a.match(/<svg /g)).toHaveLength(1);
    expect(a).toContain(">a=1<");
    expect(a).toContain(">a=2<");
    // each band is shaded in its point's colour
    expect(a).toContain('fill="#4e79a7" fill-opacity="0.18"');
    expect(a).toContain('fill="#f28e2b" fill-opacity="0.18"');
  });

  it("bandChart() escapes labels that come from user files", () => {
    const svg = bandChart([{ label: "<script>x</script>", color: "#000", band: band(0, 0) }], {
      id: "b1",
      yName: "m&m",
    });
    expect(svg).not.toContain("<script");
    expect(svg).toContain("&lt;script&gt;x&lt;/script&gt;");
  });

  it("sobolChart() draws S1 and ST bars with an error bar for each interval", () => {
    const svg = sobolChart(sobol, { id: "s0" });
    expect(svg).toContain(">S1<");
    expect(svg).toContain(">ST<");
    expect(svg).toContain(">alpha<");
    expect(errorBarStrokes(svg)).toBe(sobol.length * 2 * 3);
    const noIntervals = sobol.map((x) => ({ ...x, S1Low: Number.NaN, S1High: Number.NaN }));
    expect(errorBarStrokes(sobolChart(noIntervals, { id: "s1" }))).toBe(sobol.length * 3);
  });

  it("morrisChart() draws μ* and σ side by side without error bars", () => {
    const svg = morrisChart(
      [
        { name: "a", mu: 1, muStar: 1.5, sigma: 0.4, r: 10 },
        { name: "b", mu: -0.2, muStar: 0.3, sigma: 0.1, r: 10 },
      ],
      { id: "m0" },
    );
    expect(svg).toContain(">μ*<");
    expect(svg).toContain(">σ<");
    expect(errorBarStrokes(svg)).toBe(0);
  });

  it("summaryChart() draws the mean with a confidence interval at every finite point", () => {
    const pts = [
      { x: 1, mean: 2, ciLow: 1.5, ciHigh: 2.5 },
      { x: 2, mean: 3, ciLow: 2.5, ciHigh: 3.5 },
      { x: 3, mean: 4, ciLow: Number.NaN, ciHigh: Number.NaN },
    ];
    const svg = summaryChart(pts, { id: "f0", factor: "sd" });
    expect(errorBarStrokes(svg)).toBe(2 * 3);
    expect(summaryChart(pts, { id: "f0", factor: "sd" })).toBe(svg);
  });
});
