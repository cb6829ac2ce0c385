import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { walk } from "../../test/fixtures/walk-model.ts";
import { registry } from "../models/index.ts";
import { UserError } from "../scenario/errors.ts";
import { withModels } from "../scenario/model-lookup.ts";
import { Store } from "../store/index.ts";
import { parseExperiment } from "./experiment-file.ts";
import { loadModelModule, moduleUrl, workersCanRun } from "./model-module.ts";
import { streamPlan } from "./plan.ts";
import { sweep } from "./sweep.ts";

const dir = mkdtempSync(join(tmpdir(), "refusal-model-module-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const WALK = "test/fixtures/walk-model.ts";
const walkUrl = pathToFileURL(resolve(WALK)).href;

const experiment = (models = withModels(registry, [walk]), name = "walkers") =>
  parseExperiment(
    `name: ${name}\nmodel: walk\nfactors:\n  n: {values: [5, 20]}\n  step: {values: [0.5, 2]}\nseeds: 3\nhorizon: 4\nrecord: {series: all}\n`,
    `${name}.yaml`,
    models,
  );

async function storedRuns(db: string) {
  const s = await Store.open(db, { readOnly: true });
  try {
    return (
      await s.query(
        "SELECT e.point_index, e.seed, r.run_key, r.status, r.series_hash, r.series_rows FROM experiment_runs e JOIN runs r USING (run_key) ORDER BY 1, 2",
      )
    ).rows;
  } finally {
    await s.close();
  }
}

describe("loadModelModule", () => {
  it("loadModelModule() gives the one model a module exports, with the module workers import it from", async () => {
    const m = await loadModelModule(WALK);
    expect(m.name).toBe("walk");
    expect(m.create).toBe(walk.create);
    expect(m.module).toBe(`${walkUrl}#walk`);
    expect(await loadModelModule(`${walkUrl}#walk`)).toEqual(m);
    expect(await loadModelModule(m.module!)).toBe(await loadModelModule(m.module!));
  });

  it("loadModelModule() takes a module's default export, and names the export it takes", async () => {
    const file = join(dir, "default-model.ts");
    writeFileSync(
      file,
      `import { walk } from ${JSON.stringify(resolve(WALK))};\nexport default { ...walk, name: "walk2" };\nexport const other = walk;\n`,
    );
    const m = await loadModelModule(file);
    expect(m.name).toBe("walk2");
    expect(m.module).toBe(pathToFileURL(file).href);
    expect((await loadModelModule(`${file}#other`)).module).toBe(`${pathToFileURL(file).href}#other`);
  });

  it("loadModelModule() refuses a module without a model, an export that is not one, and a module it cannot import", async () => {
    const none = join(dir, "no-model.ts");
    writeFileSync(none, "export const x = 1;\n");
    const two = join(dir, "two-models.ts");
    writeFileSync(
      two,
      `import { walk } from ${JSON.stringify(resolve(WALK))};\nexport const a = walk;\nexport const b = { ...walk, name: "b" };\n`,
    );
    for (const [ref, message] of [
      [none, `model module ${pathToFileURL(none).href}: it exports no model`],
      [
        two,
        `model module ${pathToFileURL(two).href}: it exports 2 models (a, b): name one with ${pathToFileURL(two).href}#<export>`,
      ],
      [`${WALK}#walkParams`, `model module ${walkUrl}: its export 'walkParams' is not a model`],
      [
        join(dir, "missing.ts"),
        `model module ${pathToFileURL(join(dir, "missing.ts")).href}: cannot import it`,
      ],
    ]) {
      const err = await loadModelModule(ref).catch((e) => e);
      expect(err).toBeInstanceOf(UserError);
      expect(err.message).toContain(message);
    }
  });

  it("moduleUrl() makes a path absolute against the working directory and keeps a URL", () => {
    expect(moduleUrl("m.ts", "/work/x")).toBe("file:///work/x/m.ts");
    expect(moduleUrl("/abs/m.ts")).toBe("file:///abs/m.ts");
    expect(moduleUrl("file:///abs/m.ts")).toBe("file:///abs/m.ts");
  });

  it("workersCanRun() is true for the default models and a model with a module, false for a bare value", async () => {
    expect(workersCanRun(registry.get("goodwin")!, registry)).toBe(true);
    expect(workersCanRun(await loadModelModule(WALK), registry)).toBe(true);
    expect(workersCanRun(walk, registry)).toBe(false);
  });
});

describe("models as values in sweeps", () => {
  it("streamPlan() of a model with a module names it in every run spec, and keeps the run keys", async () => {
    const byModule = withModels(registry, [await loadModelModule(WALK)]);
    const specs = [...streamPlan(experiment(byModule), byModule).specs()];
    const bare = [...streamPlan(experiment(), withModels(registry, [walk])).specs()];
    expect(specs.every((s) => s.modelModule === `${walkUrl}#walk`)).toBe(true);
    expect(bare.every((s) => s.modelModule === undefined)).toBe(true);
    expect(specs.map((s) => s.runKey)).toEqual(bare.map((s) => s.runKey));
  });

  it("sweep() runs a model by module on 2 worker threads, with the runs and hashes of an inline sweep of it by value", async () => {
    const inline = join(dir, "inline.duckdb");
    const byValue = withModels(registry, [walk]);
    const a = await sweep(experiment(byValue), { db: inline, workers: 0, models: byValue });
    expect(a).toMatchObject({ done: 12, ran: 12, failed: 0 });
    const threads = join(dir, "threads.duckdb");
    const byModule = withModels(registry, [await loadModelModule(WALK)]);
    const b = await sweep(experiment(byModule), { db: threads, workers: 2, models: byModule });
    expect(b).toMatchObject({ done: 12, ran: 12, failed: 0 });
    const rows = await storedRuns(threads);
    expect(rows).toEqual(await storedRuns(inline));
    expect(rows.every((r) => r[3] === "ok" && typeof r[4] === "string")).toBe(true);
  });

  it("sweep() refuses worker threads for a model given by value without a module", async () => {
    const byValue = withModels(registry, [walk]);
    const err = await sweep(experiment(byValue), {
      db: join(dir, "refused.duckdb"),
      workers: 2,
      models: byValue,
    }).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toBe(
      "model 'walk' is given by value without a module: it runs inline only (workers 0), or load it with loadModelModule() to run it on worker threads",
    );
  });
});
