import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { registry } from "../models/index.ts";
import { Store } from "../store/index.ts";
import { parseExperiment } from "./experiment-file.ts";
import { streamPlan } from "./plan.ts";
import { experimentRecord, startSweep } from "./prologue.ts";
import { sweep } from "./sweep.ts";

const dir = mkdtempSync(join(tmpdir(), "refusal-prologue-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** goodwin, 2 x 2 grid (factors out of alphabetical order) x 2 seeds: 8 runs. */
const exp = parseExperiment(
  "name: drift\nmodel: goodwin\nfactors:\n  omega0: {values: [0.8, 0.85]}\n  alpha: {values: [0.02, 0.025]}\nseeds: 2\nhorizon: 2\n",
  "drift.yaml",
  registry,
);
const model = registry.get("goodwin")!;

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe("startSweep", () => {
  it("startSweep() registers the experiment with its design and gives every run of a new plan", async () => {
    const db = join(dir, "new.duckdb");
    const store = await Store.open(db);
    const plan = streamPlan(exp);
    const start = await startSweep(store, exp, model, plan);
    expect(start.progress).toEqual({ done: 0, total: 8, ran: 0, failed: 0, alreadyStored: 0 });
    expect(await collect(start.todo())).toEqual([...plan.specs()]);
    expect(await store.design("drift")).toEqual({ kind: "grid", factors: ["omega0", "alpha"], points: 4 });
    const [row] = (await store.query("SELECT spec->>'$.factorOrder', planned_runs FROM experiments")).rows;
    expect(row).toEqual(['["omega0","alpha"]', 8]);
    await store.close();
  });

  it("startSweep() on a swept database counts the stored runs as done and leaves none; resume false leaves all", async () => {
    const db = join(dir, "swept.duckdb");
    await sweep(exp, { db, workers: 0 });
    const store = await Store.open(db);
    const again = await startSweep(store, exp, model, streamPlan(exp));
    expect(await collect(again.todo())).toEqual([]);
    expect(again.progress).toMatchObject({ done: 8, total: 8, alreadyStored: 8 });
    const fresh = await startSweep(store, exp, model, streamPlan(exp), false);
    expect(await collect(fresh.todo())).toHaveLength(8);
    expect(fresh.progress).toMatchObject({ done: 0, alreadyStored: 0 });
    await store.close();
  });

  it("startSweep() of another experiment links the runs it shares with a stored one, chunk by chunk", async () => {
    const db = join(dir, "shared.duckdb");
    await sweep(exp, { db, workers: 0 });
    const other = { ...exp, name: "drift-again", spec: { ...exp.spec, name: "drift-again" } };
    const store = await Store.open(db);
    const start = await startSweep(store, other, model, streamPlan(other));
    expect(start.progress.done).toBe(0);
    expect(await collect(start.todo())).toEqual([]);
    expect(start.progress).toMatchObject({ done: 8, alreadyStored: 8 });
    expect(await store.countLinks("drift-again")).toBe(8);
    await store.close();
  });

  it("experimentRecord() is the record every backend stores: the file, its seeds, horizon and factor order", () => {
    const plan = streamPlan(exp);
    expect(experimentRecord(exp, model, 8, plan.design)).toMatchObject({
      name: "drift",
      model: "goodwin",
      modelVersion: model.version,
      spec: { seeds: [0, 1], horizon: 2, factorOrder: ["omega0", "alpha"] },
      plannedRuns: 8,
      design: plan.design,
    });
  });
});
