import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensembleStats, quantileSorted, sobolIndices } from "../experiments/analysis/index.ts";
import { expandDesign } from "../experiments/designs/index.ts";
import { parseExperiment } from "../experiments/experiment-file.ts";
import { sweep } from "../experiments/sweep.ts";
import { registry } from "../models/index.ts";
import { UserError } from "../scenario/errors.ts";
import { Store } from "../store/index.ts";
import { renderReport } from "./html.ts";
import { loadReportData } from "./load.ts";
import type { ReportData } from "./types.ts";
import { writeReport } from "./write.ts";

const GRID = `name: thr-grid
description: "<script>alert('x')</script> & the jump"
model: threshold
params: { N: 60, mean: 20 }
factors:
  sd: { values: [6, 12, 24] }
design: grid
seeds: 6
horizon: 40
record: { series: [participation] }
`;

// factors deliberately not in alphabetical order: the database keeps keys sorted
const SOBOL = `name: gw-sobol
model: goodwin
factors:
  omega0: { min: 0.75, max: 0.85 }
  alpha: { min: 0.015, max: 0.03 }
design: { kind: sobol, samples: 4, seed: 2 }
seeds: 1
horizon: 3
record: { series: none }
`;

let dir: string;
let db: string;

async function withStore<T>(fn: (s: Store) => Promise<T>): Promise<T> {
  const s = await Store.open(db, { readOnly: true });
  try {
    return await fn(s);
  } finally {
    await s.close();
  }
}

const nums = (rows: unknown[][]) => rows.map(([v]) => Number(v));
const byName = (data: ReportData[], name: string) => data.find((d) => d.name === name)!;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "refusal-report-"));
  db = join(dir, "results.duckdb");
  for (const [file, text] of [
    ["grid.yaml", GRID],
    ["sobol.yaml", SOBOL],
  ]) {
    writeFileSync(join(dir, file), text);
    await sweep(parseExperiment(text, join(dir, file), registry), { db, workers: 0 });
  }
  // an experiment whose sweep stored no run yet
  const w = await Store.open(db);
  await w.putExperiment({
    name: "empty",
    model: "threshold",
    modelVersion: registry.get("threshold")!.version,
    spec: { name: "empty", model: "threshold", factors: { sd: { min: 1, max: 2 } }, seeds: [0], horizon: 5 },
    softwareVersion: "refusal test",
    plannedRuns: 5,
  });
  await w.close();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("loadReportData", () => {
  it("loadReportData() gives every experiment with its design points and runs by status", async () => {
    const data = await withStore((s) => loadReportData(s));
    expect(data.map((d) => d.name).sort()).toEqual(["empty", "gw-sobol", "thr-grid"]);
    const g = byName(data, "thr-grid");
    expect(g.design).toEqual({ kind: "grid", factors: ["sd"], points: 3, recovered: true });
    expect(g.points.map((p) => [p.index, p.values.sd, p.runs])).toEqual([
      [0, 6, 6],
      [1, 12, 6],
      [2, 24, 6],
    ]);
    expect(g.runs).toBe(18);
    expect(g.byStatus.ok).toBe(18);
    expect(g.plannedRuns).toBe(18);
    expect(g.seeds).toEqual([0, 1, 2, 3, 4, 5]);
    expect(g.horizon).toBe(40);
    expect(g.description).toBe("<script>alert('x')</script> & the jump");
    expect(g.softwareVersion).toMatch(/^refusal /);
  });

  it("loadReportData() gives per-point ensemble statistics equal to those of the raw stored values", async () => {
    await withStore(async (s) => {
      const [g] = await loadReportData(s, "thr-grid");
      expect(g.summaries.map((x) => x.name)).toContain("finalParticipation");
      for (const name of ["finalParticipation", "participation_max", "rounds"]) {
        const table = g.summaries.find((x) => x.name === name)!;
        expect(table.byPoint.map((b) => b.point)).toEqual([0, 1, 2]);
        for (const { point, stats } of table.byPoint) {
          const raw = nums(
            (
              await s.query(
                `SELECT s.value FROM experiment_runs e JOIN runs r USING (run_key) JOIN summaries s USING (run_key)
                 WHERE e.experiment = 'thr-grid' AND e.point_index = ${point} AND s.name = '${name}' AND r.status = 'ok'`,
              )
            ).rows,
          );
          expect(raw).toHaveLength(6);
          expect(stats).toEqual(ensembleStats(raw));
          expect(stats.n).toBe(6);
          expect(stats.mean).toBeCloseTo(raw.reduce((a, b) => a + b, 0) / raw.length, 12);
        }
        const all = nums(
          (
            await s.query(
              `SELECT s.value FROM experiment_runs e JOIN summaries s USING (run_key) WHERE e.experiment = 'thr-grid' AND s.name = '${name}'`,
            )
          ).rows,
        );
        expect(table.all).toEqual(ensembleStats(all));
      }
    });
  });

  it("loadReportData() gives bands equal to the mean and quantiles of the raw series, a stopped run keeping its last value", async () => {
    await withStore(async (s) => {
      const [g] = await loadReportData(s, "thr-grid");
      expect(g.metrics.map((m) => m.metric)).toEqual(["participation"]);
      const m = g.metrics[0];
      expect(m.pooled).toBeUndefined();
      expect(m.perPoint.map((b) => b.point)).toEqual([0, 1, 2]);
      for (const band of m.perPoint) {
        const rows = (
          await s.query(
            `SELECT e.seed, t, value FROM experiment_runs e JOIN series USING (run_key)
             WHERE e.experiment = 'thr-grid' AND e.point_index = ${band.point} AND metric = 'participation' ORDER BY e.seed, t`,
          )
        ).rows.map((r) => r.map(Number));
        const runs = new Map<number, [number, number][]>();
        for (const [seed, t, v] of rows) runs.set(seed, [...(runs.get(seed) ?? []), [t, v]]);
        const times = [...new Set(rows.map((r) => r[1]))].sort((a, b) => a - b);
        expect(band.t).toEqual(times);
        times.forEach((t, j) => {
          const values = [...runs.values()].map((series) => series.filter(([u]) => u <= t).at(-1)![1]);
          const sorted = Float64Array.from(values).sort();
          expect(band.n[j]).toBe(6);
          expect(band.mean[j]).toBeCloseTo(values.reduce((a, b) => a + b, 0) / values.length, 12);
          expect(band.q05[j]).toBeCloseTo(quantileSorted(sorted, 0.05), 12);
          expect(band.q50[j]).toBeCloseTo(quantileSorted(sorted, 0.5), 12);
          expect(band.q95[j]).toBeCloseTo(quantileSorted(sorted, 0.95), 12);
        });
      }
    });
  });

  it("loadReportData() recovers the factor order of a Sobol' design and gives its indices from seed means", async () => {
    await withStore(async (s) => {
      const [d] = await loadReportData(s, "gw-sobol");
      const exp = parseExperiment(SOBOL, "sobol.yaml", registry);
      expect(d.design.factors).toEqual(["omega0", "alpha"]);
      expect(Object.keys(d.spec.factors as object)).toEqual(["omega0", "alpha"]);
      expect(d.sensitivity?.kind).toBe("sobol");
      if (d.sensitivity?.kind !== "sobol") return;
      const design = expandDesign(exp.factors, exp.design);
      expect(d.sensitivity.bySummary.map((x) => x.summary)).toEqual(d.summaries.map((x) => x.name));
      for (const { summary, indices } of d.sensitivity.bySummary) {
        const outputs = new Float64Array(design.points.length).fill(Number.NaN);
        for (const [p, v] of (
          await s.query(
            `SELECT e.point_index, avg(s.value) FROM experiment_runs e JOIN summaries s USING (run_key)
             WHERE e.experiment = 'gw-sobol' AND s.name = '${summary}' GROUP BY 1`,
          )
        ).rows)
          outputs[Number(p)] = Number(v);
        const expected = sobolIndices(design.points, outputs, { bootstrap: 500, seed: 0 });
        expect(indices.map((x) => x.name)).toEqual(["omega0", "alpha"]);
        indices.forEach((x, i) => {
          for (const k of ["S1", "ST", "S1Low", "STHigh"] as const)
            if (Number.isNaN(expected[i][k])) expect(x[k]).toBeNaN();
            else expect(x[k]).toBeCloseTo(expected[i][k], 10);
        });
      }
    });
  });

  it("loadReportData() reports an experiment with no stored run", async () => {
    const [e] = await withStore((s) => loadReportData(s, "empty"));
    expect(e.runs).toBe(0);
    expect(e.plannedRuns).toBe(5);
    expect(e.points).toEqual([]);
    expect(e.summaries).toEqual([]);
    expect(e.metrics).toEqual([]);
    expect(e.design.points).toBe(5);
    expect(renderReport([e], { db })).toContain("No run of this experiment is stored yet.");
  });

  it("loadReportData() refuses an unknown experiment with the closest stored name", async () => {
    await withStore(async (s) => {
      const err = await loadReportData(s, "thr-gird").catch((e) => e);
      expect(err).toBeInstanceOf(UserError);
      expect(err.message).toMatch(/no experiment 'thr-gird' \(did you mean 'thr-grid'\?\)/);
    });
  });
});

/** The report's structure: headings, table headers, number of charts. */
function structure(html: string, experiment: string) {
  const section = html.slice(html.indexOf(`<section id="experiment-${experiment}"`));
  const body = section.slice(0, section.indexOf("</section>"));
  return {
    headings: [...body.matchAll(/<h([234]) id="[^"]*">([^<]*)<\/h\1>/g)].map((m) => `h${m[1]} ${m[2]}`),
    tableHeads: [...body.matchAll(/<thead><tr>(.*?)<\/tr><\/thead>/g)].map((m) =>
      [...m[1].matchAll(/<th[^>]*>([^<]*)<\/th>/g)].map((c) => c[1]).join("|"),
    ),
    svgs: (body.match(/<svg /g) ?? []).length,
  };
}

describe("renderReport on a real database", () => {
  let data: ReportData[];
  let html: string;
  beforeAll(async () => {
    data = await withStore((s) => loadReportData(s));
    html = renderReport(data, { db, out: join(dir, "report.html") });
  });

  it("renderReport() lays out a grid experiment: overview, series, summaries with charts, failures, manifest", () => {
    const g = structure(html, "thr-grid");
    const grid = byName(data, "thr-grid");
    const varying = grid.summaries.filter((x) => !(x.all.min === x.all.max && x.all.nMissing === 0));
    expect(g.headings.slice(0, 4)).toEqual([
      "h2 Experiment thr-grid",
      "h3 Runs by status",
      "h3 Design points",
      "h3 Series",
    ]);
    expect(g.headings).toContain("h3 Summaries");
    expect(g.headings.filter((h) => h.startsWith("h4 ")).slice(0, varying.length)).toEqual(
      varying.map((x) => `h4 ${x.name}`),
    );
    expect(g.headings.slice(-5)).toEqual([
      "h3 Failures",
      "h3 Manifest",
      "h4 Experiment file",
      "h4 Reproduce",
      "h4 SQL",
    ]);
    expect(g.tableHeads.slice(0, 2)).toEqual(["status|runs", "point|sd|runs|ok"]);
    expect(g.tableHeads).toContain("point|sd|n|missing|mean|sd|q05|q50|q95|95% CI of mean");
    // one band chart (3 points, one metric) and one chart per varying summary against sd
    expect(g.svgs).toBe(1 + varying.length);
  });

  it("renderReport() gives a Sobol' experiment S1/ST tables and a chart per summary with indices", () => {
    const s = structure(html, "gw-sobol");
    expect(s.headings).toContain("h3 Sensitivity: Sobol&#39; indices");
    const sens = byName(data, "gw-sobol").sensitivity;
    if (sens?.kind !== "sobol") throw new Error("expected Sobol' indices");
    const shown = sens.bySummary.filter((x) => x.indices.some((i) => Number.isFinite(i.S1)));
    expect(shown.length).toBeGreaterThan(0);
    expect(s.tableHeads.filter((h) => h === "factor|S1|S1 95% interval|ST|ST 95% interval|n")).toHaveLength(
      shown.length,
    );
    expect(s.svgs).toBe(shown.length);
    expect(html).toContain("<td>omega0</td>");
  });

  it("renderReport() shows text from the experiment file as text", () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; the jump");
  });

  it("renderReport() loads nothing from the network: no URL but the SVG namespaces", () => {
    const urls = [...html.matchAll(/https?:\/\/[^"'\s)<]*/g)].map((m) => m[0]);
    expect(new Set(urls)).toEqual(new Set(["http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink"]));
    expect(html).not.toMatch(/\s(src|href)="(?!#)/);
    expect(html).not.toMatch(/@import|url\((?!#)/);
  });

  it("renderReport() gives the same bytes twice, and from a second load", async () => {
    expect(renderReport(data, { db, out: join(dir, "report.html") })).toBe(html);
    const again = await withStore((s) => loadReportData(s));
    expect(renderReport(again, { db, out: join(dir, "report.html") })).toBe(html);
  });

  it("renderReport() writes a manifest whose experiment file gives the same run keys", () => {
    const yaml = html.slice(
      html.indexOf("<pre>name: gw-sobol"),
      html.indexOf("</pre>", html.indexOf("<pre>name: gw-sobol")),
    );
    const text = yaml
      .slice("<pre>".length)
      .replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&");
    const exp = parseExperiment(text, "again.yaml", registry);
    const original = parseExperiment(SOBOL, "sobol.yaml", registry);
    expect(exp.factors).toEqual(original.factors);
    expect(exp.seeds).toEqual(original.seeds);
    expect(exp.horizon).toBe(original.horizon);
    expect(html).toContain(`npx refusal sweep gw-sobol.yaml --db ${db}`);
    expect(html).toContain(
      `npx refusal report ${db} --experiment gw-sobol --out ${join(dir, "report.html")}`,
    );
  });

  it("writeReport() writes the rendered page to the file", async () => {
    const out = join(dir, "sub", "report.html");
    const r = await writeReport({ db, out, experiment: "thr-grid" });
    expect(r.experiments).toEqual(["thr-grid"]);
    const written = readFileSync(out, "utf8");
    expect(Buffer.byteLength(written)).toBe(r.bytes);
    const only = await withStore((s) => loadReportData(s, "thr-grid"));
    expect(written).toBe(renderReport(only, { db, out }));
  });
});
