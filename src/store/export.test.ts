import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { paramColumns, seriesPathFor } from "./export.ts";
import { Store } from "./store.ts";
import { SYNTHETIC_EXPERIMENT, syntheticRun } from "./testing/fixtures.ts";

const dir = mkdtempSync(join(tmpdir(), "refusal-export-"));
const db = join(dir, "results.duckdb");
const RUNS = 4;
const STEPS = 8;
let store: Store;

beforeAll(async () => {
  store = await Store.open(db);
  await store.putExperiment({ name: "exp", ...SYNTHETIC_EXPERIMENT });
  for (let k = 0; k < RUNS; k++) await store.putRun(syntheticRun(k, { steps: STEPS }));
  await store.putRun({
    ...syntheticRun(RUNS),
    status: "error",
    errorText: "boom",
    series: undefined,
    summary: {},
  });
  await store.putExperiment({ ...SYNTHETIC_EXPERIMENT, name: "no-series", spec: { s: 1 } });
  await store.putRun({ ...syntheticRun(9), experiment: "no-series", series: undefined });
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Read an exported file back through a separate in-memory DuckDB. */
async function readBack(sql: string): Promise<unknown[][]> {
  const inst = await DuckDBInstance.create(":memory:");
  const conn = await inst.connect();
  const r = await conn.runAndReadAll(sql);
  const rows = r.getRowsJS();
  conn.closeSync();
  inst.closeSync();
  return rows;
}

describe("export", () => {
  it("seriesPathFor() puts '.series' before the extension", () => {
    expect(seriesPathFor("out/e.csv")).toBe("out/e.series.csv");
    expect(seriesPathFor("e.parquet")).toBe("e.series.parquet");
    expect(seriesPathFor("dir.v2/out")).toBe("dir.v2/out.series");
  });

  it("paramColumns() flattens nested params and widens disagreeing kinds", () => {
    const cols = paramColumns([
      { a: 1, b: { c: true, d: "x" }, e: [1, 2], f: 2 },
      { a: 1.5, b: { c: false, d: "y" }, e: [3], f: "two" },
    ]);
    expect([...cols].map(([name, c]) => [name, c.kind])).toEqual([
      ["a", "double"],
      ["b.c", "boolean"],
      ["b.d", "string"],
      ["e", "json"],
      ["f", "json"],
    ]);
  });

  for (const format of ["csv", "parquet"] as const) {
    it(`export() to ${format} writes the runs wide and the series long, with the stored row counts`, async () => {
      const out = join(dir, format, `exp.${format}`);
      const res = await store.export("exp", format, out);
      const seriesFile = join(dir, format, `exp.series.${format}`);
      expect(res).toEqual({ runsFile: out, runs: RUNS + 1, seriesFile, seriesRows: RUNS * (STEPS + 1) * 3 });
      const reader = format === "csv" ? "read_csv" : "read_parquet";
      const runs = await readBack(
        `SELECT point_index::INTEGER, status, "param.k"::BIGINT, "param.nested.on", "summary.last_x", error_text FROM ${reader}('${out}') ORDER BY point_index`,
      );
      expect(runs).toHaveLength(RUNS + 1);
      // last_x = k + 0/10 + STEPS/1000 (see syntheticValue)
      expect(runs[1]).toEqual([1, "ok", 1n, false, 1 + STEPS / 1000, null]);
      expect(runs[RUNS]).toEqual([RUNS, "error", BigInt(RUNS), true, null, "boom"]);
      const perRun = await readBack(
        `SELECT point_index::INTEGER, count(*), count(DISTINCT metric), max(t) FROM ${reader}('${seriesFile}') GROUP BY 1 ORDER BY 1`,
      );
      expect(perRun).toEqual(
        Array.from({ length: RUNS }, (_, k) => [k, BigInt((STEPS + 1) * 3), 3n, STEPS / 4]),
      );
      expect(existsSync(`${out}.tmp-${process.pid}`)).toBe(false);
    });
  }

  it("export() of an experiment without series writes no series file", async () => {
    const out = join(dir, "none", "ns.csv");
    const res = await store.export("no-series", "csv", out);
    expect(res.seriesFile).toBeNull();
    expect(res.runs).toBe(1);
    expect(existsSync(join(dir, "none", "ns.series.csv"))).toBe(false);
  });

  it("export() names the stored experiments when asked for one that is not there", async () => {
    await expect(store.export("exq", "csv", join(dir, "x.csv"))).rejects.toThrow(
      `${db}: no experiment 'exq' (did you mean 'exp'?); stored: exp, no-series`,
    );
  });
});
