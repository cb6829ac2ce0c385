import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, describe, expect, it } from "vitest";
import { UserError } from "../scenario/errors.ts";
import { SCHEMA_VERSION } from "./schema.ts";
import { Store } from "./store.ts";
import { METRICS, SYNTHETIC_EXPERIMENT, syntheticRun, syntheticValue } from "./testing/fixtures.ts";

const dir = mkdtempSync(join(tmpdir(), "refusal-store-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const freshPath = () => join(dir, `db-${n++}`, "results.duckdb");

async function openWithExperiment(path = freshPath()): Promise<Store> {
  const store = await Store.open(path);
  await store.putExperiment({ name: "exp", ...SYNTHETIC_EXPERIMENT });
  return store;
}

const one = async (store: Store, sql: string) => (await store.query(sql)).rows[0][0];

describe("Store", () => {
  it("putRun() round-trips a run, its summaries and every series value", async () => {
    const store = await openWithExperiment();
    const rec = syntheticRun(3, { steps: 8 });
    expect(await store.putRun(rec)).toBe(true);
    const run = await store.query(
      "SELECT run_key, model, model_version, seed, status, series_hash, steps, t_end, horizon, series_rows, series_metrics, CAST(params AS VARCHAR) FROM runs",
    );
    expect(run.rows).toEqual([
      [
        "run-3",
        "synthetic",
        "1.0.0",
        3,
        "ok",
        "hash-3",
        8,
        2,
        2,
        9,
        [...METRICS],
        '{"k":3,"label":"p3","nested":{"on":false}}',
      ],
    ]);
    const link = await store.query("SELECT experiment, point_index, seed, run_key FROM experiment_runs");
    expect(link.rows).toEqual([["exp", 3, 3, "run-3"]]);
    const sums = await store.query("SELECT name, value FROM summaries ORDER BY name");
    expect(sums.rows).toEqual([
      ["k", 3],
      ["last_x", 3 + 8 / 1000],
    ]);
    // every stored value against its closed form: 9 rows x 3 metrics
    const series = await store.query("SELECT metric, t, value FROM series ORDER BY metric, t");
    expect(series.rows).toHaveLength(27);
    for (const [metric, t, value] of series.rows as [string, number, number][]) {
      const i = t * 4;
      expect(value).toBe(syntheticValue(3, METRICS.indexOf(metric as "x"), i));
    }
    await store.close();
  });

  it("putRun() of the same run twice keeps one copy of the run, its summaries and its series", async () => {
    const store = await openWithExperiment();
    expect(await store.putRun(syntheticRun(1))).toBe(true);
    expect(await store.putRun(syntheticRun(1))).toBe(false);
    expect(await one(store, "SELECT count(*) FROM runs")).toBe(1);
    expect(await one(store, "SELECT count(*) FROM summaries")).toBe(2);
    expect(await one(store, "SELECT count(*) FROM series")).toBe(9 * 3);
    expect(await one(store, "SELECT count(*) FROM experiment_runs")).toBe(1);
    await store.close();
  });

  it("putRun() calls issued together are serialised, each run stored once", async () => {
    const store = await openWithExperiment();
    await Promise.all([0, 1, 2, 3, 1, 2].map((k) => store.putRun(syntheticRun(k))));
    expect(await one(store, "SELECT count(*) FROM runs")).toBe(4);
    expect(await one(store, "SELECT count(DISTINCT run_id) FROM runs")).toBe(4);
    expect(await one(store, "SELECT count(*) FROM series")).toBe(4 * 9 * 3);
    await store.close();
  });

  it("putRun() stores a failed run with its status, failure and error text", async () => {
    const store = await openWithExperiment();
    const failed = {
      ...syntheticRun(5),
      status: "error" as const,
      seriesHash: null,
      errorText: "RangeError: boom",
      failure: { step: 4, t: 1, message: "boom" },
      series: undefined,
      summary: {},
    };
    await store.putRun(failed);
    await store.putRun({
      ...syntheticRun(6),
      status: "diverged",
      failure: { step: 2, t: 0.5, message: "x is NaN" },
    });
    const r = await store.query(
      "SELECT run_key, status, error_text, CAST(failure AS VARCHAR), series_hash, series_rows FROM runs ORDER BY run_key",
    );
    expect(r.rows).toEqual([
      ["run-5", "error", "RangeError: boom", '{"message":"boom","step":4,"t":1}', null, 0],
      ["run-6", "diverged", null, '{"message":"x is NaN","step":2,"t":0.5}', "hash-6", 9],
    ]);
    const [listing] = await store.listExperiments();
    expect(listing.runs).toBe(2);
    expect(listing.byStatus).toEqual({ ok: 0, diverged: 1, "invariant-failed": 0, error: 1 });
    await store.close();
  });

  it("putExperiment() accepts the same spec in another key order and refuses a different one", async () => {
    const store = await openWithExperiment();
    const spec = SYNTHETIC_EXPERIMENT.spec;
    await store.putExperiment({
      ...SYNTHETIC_EXPERIMENT,
      name: "exp",
      spec: { factors: spec.factors, model: spec.model, name: spec.name },
    });
    const changed = store.putExperiment({
      ...SYNTHETIC_EXPERIMENT,
      name: "exp",
      spec: { ...spec, factors: {} },
    });
    await expect(changed).rejects.toThrow(UserError);
    await expect(changed).rejects.toThrow(
      /experiment 'exp' is already stored with a different experiment file; give the experiment a new name/,
    );
    await expect(
      store.putExperiment({ ...SYNTHETIC_EXPERIMENT, name: "exp", modelVersion: "2.0.0" }),
    ).rejects.toThrow(/already stored with model synthetic 1.0.0 \(now synthetic 2.0.0\)/);
    expect(await one(store, "SELECT count(*) FROM experiments")).toBe(1);
    await store.close();
  });

  it("putRun() refuses a record for an experiment that was never put, and a malformed series", async () => {
    const store = await openWithExperiment();
    await expect(store.putRun(syntheticRun(0, { experiment: "nope" }))).rejects.toThrow(
      /unknown experiment 'nope'/,
    );
    const bad = syntheticRun(0);
    bad.series!.values[1] = new Float64Array(3);
    await expect(store.putRun(bad)).rejects.toThrow(/metric y has 3 values for 9 times/);
    expect(await one(store, "SELECT count(*) FROM runs")).toBe(0);
    await store.close();
  });

  it("close() then open() keeps every experiment, run, summary and series row", async () => {
    const path = freshPath();
    const store = await openWithExperiment(path);
    for (let k = 0; k < 4; k++) await store.putRun(syntheticRun(k));
    await store.close();
    const again = await Store.open(path);
    expect(await again.storedRunKeys("exp")).toEqual(new Set(["run-0", "run-1", "run-2", "run-3"]));
    expect(await one(again, "SELECT count(*) FROM series")).toBe(4 * 9 * 3);
    expect(await one(again, "SELECT count(*) FROM summaries")).toBe(8);
    // run ids continue after the stored ones
    await again.putExperiment({ name: "exp", ...SYNTHETIC_EXPERIMENT });
    await again.putRun(syntheticRun(4));
    expect(await one(again, "SELECT max(run_id) FROM runs")).toBe(5);
    expect(await one(again, "SELECT count(*) FROM series WHERE run_key = 'run-4'")).toBe(27);
    await again.close();
    const ro = await Store.open(path, { readOnly: true });
    expect(await one(ro, "SELECT count(*) FROM runs")).toBe(5);
    await expect(ro.putRun(syntheticRun(9))).rejects.toThrow(/read-only/);
    await ro.close();
  });

  it("a run shared by two experiments is stored once and seen by both (linkStoredRuns)", async () => {
    const store = await openWithExperiment();
    await store.putRun(syntheticRun(0));
    await store.putRun(syntheticRun(1));
    await store.putExperiment({ ...SYNTHETIC_EXPERIMENT, name: "other", spec: { other: true } });
    const done = await store.linkStoredRuns("other", [
      { pointIndex: 0, seed: 1, runKey: "run-1" },
      { pointIndex: 1, seed: 7, runKey: "run-7" },
    ]);
    expect(done).toEqual(new Set(["run-1"]));
    await store.putRun({ ...syntheticRun(0), experiment: "other", pointIndex: 2 });
    expect(await store.storedRunKeys("other")).toEqual(new Set(["run-0", "run-1"]));
    expect(await store.storedRunKeys()).toEqual(new Set(["run-0", "run-1"]));
    expect(await one(store, "SELECT count(*) FROM runs")).toBe(2);
    expect(await one(store, "SELECT count(*) FROM series")).toBe(2 * 27);
    const counts = await store.listExperiments();
    expect(counts.map((e) => [e.name, e.runs])).toEqual([
      ["exp", 2],
      ["other", 2],
    ]);
    await store.close();
  });

  it("query() returns plain values: safe BIGINT as number, others as strings, timestamps as ISO", async () => {
    const store = await openWithExperiment();
    const r = await store.query(
      "SELECT 42::BIGINT AS a, 9007199254740993::BIGINT AS b, TIMESTAMP '2024-01-15 12:34:56.789' AS c, 'inf'::DOUBLE AS d, [1, 2] AS e",
    );
    expect(r.columns).toEqual(["a", "b", "c", "d", "e"]);
    expect(r.types).toEqual(["BIGINT", "BIGINT", "TIMESTAMP", "DOUBLE", "INTEGER[]"]);
    expect(r.rows).toEqual([[42, "9007199254740993", "2024-01-15T12:34:56.789Z", "Infinity", [1, 2]]]);
    await expect(store.query("SELEC 1")).rejects.toThrow(
      /^query: Parser Error: syntax error at or near "SELEC"$/,
    );
    await store.close();
  });

  it("open() refuses a schema version newer than this code's", async () => {
    const path = freshPath();
    await (await Store.open(path)).close();
    const inst = await DuckDBInstance.create(path);
    const conn = await inst.connect();
    await conn.run(`UPDATE meta SET value = '${SCHEMA_VERSION + 1}' WHERE key = 'schema_version'`);
    conn.closeSync();
    inst.closeSync();
    await expect(Store.open(path)).rejects.toThrow(
      `${path}: written by a newer refusal (schema version ${SCHEMA_VERSION + 1}, this one reads up to ${SCHEMA_VERSION}); upgrade refusal`,
    );
  });

  it("open() refuses a second open of the same file in this process, and a missing file read-only", async () => {
    const path = freshPath();
    const store = await Store.open(path);
    await expect(Store.open(path, { readOnly: true })).rejects.toThrow(
      /in use by another process.*already open in this process/,
    );
    await store.close();
    const missing = join(dir, "missing.duckdb");
    await expect(Store.open(missing, { readOnly: true })).rejects.toThrow(
      `${missing}: no such results database`,
    );
    await expect(Store.open(missing, { create: false })).rejects.toThrow(UserError);
  });
});
