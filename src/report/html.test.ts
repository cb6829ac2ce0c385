import { describe, expect, it } from "vitest";
import { ensembleStats } from "../experiments/analysis/index.ts";
import { renderReport } from "./html.ts";
import type { ReportData } from "./types.ts";

const ok = (n: number) => ({ ok: n, diverged: 0, "invariant-failed": 0, error: 0 });

/** A small experiment as `loadReportData` would give it (numbers made up; only the layout is tested). */
function morrisData(over: Partial<ReportData> = {}): ReportData {
  const points = Array.from({ length: 6 }, (_, index) => ({
    index,
    values: { a: index / 5, mode: index % 2 ? "<b>fast</b>" : "slow", c: 1 },
    runs: 2,
    byStatus: ok(2),
  }));
  return {
    name: "scr",
    description: "screening",
    model: "toy",
    modelVersion: "1.0.0",
    softwareVersion: "refusal 0.1.0",
    createdAt: "2026-01-01 00:00:00",
    spec: { name: "scr", model: "toy", factors: { a: { min: 0, max: 1 } }, seeds: [0, 1], horizon: 10 },
    design: { kind: "morris", factors: ["a", "mode", "c"], points: 6, recovered: true },
    seeds: [0, 1],
    horizon: 10,
    plannedRuns: 12,
    runs: 12,
    byStatus: ok(12),
    points,
    summaries: [
      { name: "y<1>", byPoint: [], all: ensembleStats([1, 2, 3, 4]) },
      { name: "k", byPoint: [], all: ensembleStats([5, 5, 5]) },
    ],
    maxTablePoints: 4,
    metrics: [],
    bandPoints: [],
    sensitivity: {
      kind: "morris",
      bySummary: [
        {
          summary: "y<1>",
          indices: [
            { name: "a", mu: 1, muStar: 1, sigma: 0.1, r: 2 },
            { name: "mode", mu: 0, muStar: 0.5, sigma: 0.2, r: 2 },
            { name: "c", mu: 0, muStar: 0, sigma: 0, r: 2 },
          ],
        },
        { summary: "k", indices: [{ name: "a", mu: 0, muStar: 0, sigma: 0, r: 2 }] },
      ],
    },
    notes: ["a note"],
    failures: [],
    failuresTotal: 0,
    queries: [{ label: "runs", sql: "SELECT * FROM runs WHERE x < 'a'" }],
    ...over,
  };
}

const headings = (html: string) =>
  [...html.matchAll(/<h([1234])[^>]*>([^<]*)<\/h\1>/g)].map((m) => `h${m[1]} ${m[2]}`);

describe("renderReport", () => {
  it("renderReport() lays out a Morris experiment with pooled summaries, capped tables and a chart per influential summary", () => {
    const html = renderReport([morrisData()], { db: "out/x.duckdb" });
    expect(headings(html)).toMatchInlineSnapshot(`
      [
        "h1 refusal report: scr",
        "h2 Experiment scr",
        "h3 Runs by status",
        "h3 Design points",
        "h3 Series",
        "h3 Summaries",
        "h3 Sensitivity: Morris screening",
        "h4 y&lt;1&gt;",
        "h3 Failures",
        "h3 Manifest",
        "h4 Experiment file",
        "h4 Reproduce",
        "h4 SQL",
      ]
    `);
    expect((html.match(/<svg /g) ?? []).length).toBe(1);
    expect(html).toContain("The first 4 of 6 design points with runs:");
    expect(html).toContain("<th>summary</th>");
    expect(html).toContain("The same in every run: k = 5.");
    expect(html).toContain("No variation across the design (indices undefined or zero): k.");
    expect(html).toContain("<li>a note</li>");
    expect(html).toContain("Every stored run ended ok.");
    expect(html).not.toContain("<b>");
    expect(html).toContain("&lt;b&gt;fast&lt;/b&gt;");
    expect(html).toContain("SELECT * FROM runs WHERE x &lt; &#39;a&#39;");
  });

  it("renderReport() lists failed runs, saying how many are left out", () => {
    const failures = [0, 1, 2].map((i) => ({
      pointIndex: i,
      seed: 0,
      status: "diverged" as const,
      message: `blew up <at> ${i}`,
      runKey: `k${i}`,
    }));
    const html = renderReport(
      [morrisData({ failures, failuresTotal: 7, byStatus: { ...ok(5), diverged: 7 } })],
      { db: "x.duckdb" },
    );
    expect(html).toContain("The first 3 of 7 failed runs (by point and seed):");
    expect(html.replace(/ class="num"/g, "")).toContain(
      "<th>point</th><th>seed</th><th>status</th><th>message</th><th>run key</th>",
    );
    expect(html).toContain("blew up &lt;at&gt; 2");
    expect(html).toContain('<td>diverged</td><td class="num">7</td>');
  });

  it("renderReport() links several experiments from a contents list, with ids that do not collide", () => {
    const html = renderReport([morrisData(), morrisData({ name: "two" })], { db: "x.duckdb" });
    expect(html).toContain(
      '<nav><ul><li><a href="#experiment-scr">scr</a></li><li><a href="#experiment-two">two</a></li></ul></nav>',
    );
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("renderReport() quotes the database path in the commands to reproduce", () => {
    const html = renderReport([morrisData()], { db: "my results/it's.duckdb", out: "r.html" });
    expect(html).toContain(
      "npx refusal sweep scr.yaml --db &#39;my results/it&#39;\\&#39;&#39;s.duckdb&#39;",
    );
  });

  it("renderReport() of an empty database says so", () => {
    const html = renderReport([], { db: "x.duckdb" });
    expect(headings(html)).toEqual(["h1 refusal report"]);
    expect(html).toContain("The database holds no experiment.");
  });
});
