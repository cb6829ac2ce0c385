import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Job } from "bullmq";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { walk } from "../../test/fixtures/walk-model.ts";
import { executeRun } from "../experiments/execute-run.ts";
import { parseExperiment } from "../experiments/experiment-file.ts";
import { loadModelModule } from "../experiments/model-module.ts";
import { planExperiment } from "../experiments/plan.ts";
import type { RunSpec } from "../experiments/specs.ts";
import { sweep } from "../experiments/sweep.ts";
import { registry } from "../models/index.ts";
import { UserError } from "../scenario/errors.ts";
import { type ModelList, withModels } from "../scenario/model-lookup.ts";
import { Store } from "../store/index.ts";
import { distributedSweep } from "./coordinator.ts";
import { makeProcessor, whyNotRunnable } from "./processor.ts";
import { parseRedisUrl } from "./redis-url.ts";
import { decodeResult } from "./result.ts";
import { startWorker } from "./run-worker.ts";
import { redisServerAvailable, TestRedis } from "./testing/redis-server.ts";
import { toWire } from "./wire.ts";

const WALK = "test/fixtures/walk-model.ts";
const tmp = mkdtempSync(join(tmpdir(), "refusal-redis-models-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const experiment = (name: string, models: ModelList) =>
  parseExperiment(
    `name: ${name}\nmodel: walk\nfactors:\n  n: {values: [5, 20]}\nseeds: 2\nhorizon: 3\n`,
    `${name}.yaml`,
    models,
  );

async function storedRuns(db: string) {
  const s = await Store.open(db, { readOnly: true });
  try {
    return (
      await s.query(
        "SELECT e.point_index, e.seed, r.run_key, r.status, r.series_hash FROM experiment_runs e JOIN runs r USING (run_key) ORDER BY 1, 2",
      )
    ).rows;
  } finally {
    await s.close();
  }
}

describe("a worker's models", () => {
  it("whyNotRunnable() looks the model up in the worker's models", () => {
    const models = withModels(registry, [walk]);
    const [spec] = planExperiment(experiment("w", models), models);
    expect(whyNotRunnable(spec)).toBe('unknown model "walk"');
    expect(whyNotRunnable(spec, models)).toBeUndefined();
  });

  it("makeProcessor() runs a job with the worker's own module for its model, never the job's", async () => {
    const mine = await loadModelModule(WALK);
    const models = withModels(registry, [mine]);
    const [spec] = planExperiment(experiment("w", models), models);
    const given: RunSpec[] = [];
    const pool = {
      run: async (s: RunSpec) => {
        given.push(s);
        return executeRun(s, (n) => models.get(n));
      },
    };
    const p = makeProcessor(pool, "w", new AbortController().signal, () => undefined, models);
    const job = { id: spec.runKey, data: toWire({ ...spec, modelModule: "file:///tmp/anything.mjs" }) };
    const r = decodeResult(JSON.parse(JSON.stringify(await p(job as unknown as Job))));
    expect(r.outcome.status).toBe("ok");
    expect(given.map((s) => s.modelModule)).toEqual([mine.module]);
    // A worker of the default models runs a default model with no module at all.
    const def = planExperiment(
      parseExperiment("name: t\nmodel: threshold\nseeds: 1\nhorizon: 5\n", "t.yaml", registry),
    )[0];
    const q = makeProcessor(pool, "w", new AbortController().signal);
    await q({
      id: def.runKey,
      data: toWire({ ...def, modelModule: "file:///tmp/anything.mjs" }),
    } as unknown as Job);
    expect(given[1].modelModule).toBeUndefined();
  });
});

describe.skipIf(!redisServerAvailable())("distributedSweep of a model by module", () => {
  let redis: TestRedis;
  beforeAll(async () => {
    redis = await TestRedis.start();
  });
  afterAll(async () => {
    await redis.dispose();
  });

  it("distributedSweep() of a model by module, served by a worker started with it, stores the runs of an inline sweep", async () => {
    const models = withModels(registry, [await loadModelModule(WALK)]);
    const inline = join(tmp, "inline.duckdb");
    await sweep(experiment("walkers", models), { db: inline, workers: 0, models });
    const db = join(tmp, "redis.duckdb");
    const swept = distributedSweep(experiment("walkers", models), {
      db,
      redis: parseRedisUrl(redis.url),
      pollMs: 20,
      models,
    });
    // A worker of the default models only refuses the experiment, saying why ...
    const lines: string[] = [];
    const without = await startWorker({
      redis: parseRedisUrl(redis.url),
      prefix: "refusal",
      concurrency: 1,
      lockTimeoutMs: 30_000,
      pollMs: 50,
      name: "w-default",
      log: (l) => lines.push(l),
    });
    const started = performance.now();
    while (
      !lines.some((l) => l.startsWith("not serving experiment 'walkers'")) &&
      performance.now() - started < 20_000
    )
      await new Promise((r) => setTimeout(r, 20));
    // ... and one started with the model runs it.
    const worker = await startWorker({
      redis: parseRedisUrl(redis.url),
      prefix: "refusal",
      concurrency: 2,
      lockTimeoutMs: 30_000,
      pollMs: 50,
      name: "w-walk",
      models,
    });
    try {
      expect(await swept).toMatchObject({ done: 4, total: 4, ran: 4, failed: 0, interrupted: false });
    } finally {
      await worker.close();
      await without.close();
    }
    expect(await storedRuns(db)).toEqual(await storedRuns(inline));
    expect(lines.join("\n")).toContain(
      `not serving experiment 'walkers': this worker has no model 'walk' (the coordinator's comes from ${models.get("walk")!.module}): start the worker with that model`,
    );
  });

  it("distributedSweep() refuses a model given by value without a module", async () => {
    const models = withModels(registry, [walk]);
    const err = await distributedSweep(experiment("bare", models), {
      db: join(tmp, "bare.duckdb"),
      redis: parseRedisUrl(redis.url),
      models,
    }).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toBe(
      "model 'walk' is given by value without a module: workers cannot run it (load it with loadModelModule(), and start the workers with it)",
    );
  });
});
