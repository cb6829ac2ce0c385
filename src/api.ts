/**
 * The public library surface of refusal. The CLI and the browser lab go through it; scripts can
 * too: `import { run, scenarioFor } from "refusal/src/api.ts"`.
 */
import { z } from "zod";
import type { AnyModel } from "./engine/model.ts";
import { type RunOptions, type RunResult, runModel } from "./engine/run.ts";
import { type Experiment, loadExperiment } from "./experiments/experiment-file.ts";
import { type SweepOptions, type SweepResult, sweep } from "./experiments/sweep.ts";
import { registry } from "./models/index.ts";
import { UserError } from "./scenario/errors.ts";
import {
  applyOverrides,
  findModel,
  loadScenario,
  modelScenario,
  type Overrides,
  type Scenario,
  scenarioJsonSchema,
} from "./scenario/scenario.ts";
import {
  type ExperimentListing,
  type ExportFormat,
  type ExportResult,
  type QueryResult,
  Store,
} from "./store/index.ts";

export type { AnyModel, Model, Simulation } from "./engine/model.ts";
export { RNG_ALGORITHM } from "./engine/rng.ts";
export type { RunOptions, RunResult, RunStatus } from "./engine/run.ts";
export { UserError } from "./scenario/errors.ts";
export type { Overrides, Scenario } from "./scenario/scenario.ts";

/** All models. */
export function listModels(): readonly AnyModel[] {
  return registry.all();
}

/** A model by name; an unknown name is a UserError suggesting the closest one. */
export function getModel(name: string): AnyModel {
  return findModel(name, registry);
}

/** True when `arg` names a scenario file rather than a model. */
export function looksLikeFile(arg: string): boolean {
  return /\.(ya?ml|json)$/i.test(arg) || arg.includes("/") || arg.includes("\\");
}

/** A scenario from a model name or a scenario file, with command-line overrides applied. */
export function scenarioFor(modelOrFile: string, overrides: Overrides = {}): Scenario {
  const base = looksLikeFile(modelOrFile)
    ? loadScenario(modelOrFile, registry)
    : modelScenario(modelOrFile, registry);
  return applyOverrides(base, overrides, registry);
}

/** Load and validate a scenario file. */
export function validateScenarioFile(file: string): Scenario {
  return loadScenario(file, registry);
}

/** Run a scenario. Failures of the run itself come back as a status, never as an exception. */
export function run(sc: Scenario, opts: Omit<RunOptions, "seed" | "horizon"> = {}): RunResult {
  const model = getModel(sc.model);
  return runModel(model, sc.params, { ...opts, seed: sc.seed, horizon: sc.horizon });
}

/** JSON Schema of scenario files for a model. */
export function scenarioSchema(name: string): Record<string, unknown> {
  return scenarioJsonSchema(getModel(name));
}

export interface ParamInfo {
  name: string;
  type: string;
  default: unknown;
  description: string;
  minimum?: number;
  maximum?: number;
  options?: unknown[];
}

/** Parameters of a model with type, default, range and meaning, read off its schema. */
export function describeParams(model: AnyModel): ParamInfo[] {
  const js = z.toJSONSchema(model.params, { io: "input", unrepresentable: "any" }) as {
    properties?: Record<string, Record<string, unknown>>;
  };
  const defaults = model.params.parse({}) as Record<string, unknown>;
  return Object.entries(js.properties ?? {}).map(([name, p]) => {
    const type = Array.isArray(p.enum) ? "enum" : p.type === "integer" ? "integer" : String(p.type ?? "any");
    const minimum = (p.minimum ?? p.exclusiveMinimum) as number | undefined;
    const maximum = (p.maximum ?? p.exclusiveMaximum) as number | undefined;
    return {
      name,
      type,
      default: defaults[name],
      description: String(p.description ?? ""),
      ...(minimum !== undefined ? { minimum } : {}),
      ...(maximum !== undefined ? { maximum } : {}),
      ...(Array.isArray(p.enum) ? { options: p.enum } : {}),
    };
  });
}

/** Throw a UserError (exit 2, one line). */
export function userError(message: string): never {
  throw new UserError(message);
}

/** Load and validate an experiment file (every error found before any run starts). */
export function loadExperimentFile(file: string): Experiment {
  return loadExperiment(file, registry);
}

/** Run an experiment into a results database (resumable; see experiments/sweep.ts). */
export function runSweep(exp: Experiment, opts: SweepOptions): Promise<SweepResult> {
  return sweep(exp, opts);
}

async function withReadOnlyStore<T>(db: string, fn: (s: Store) => Promise<T>): Promise<T> {
  const store = await Store.open(db, { readOnly: true });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** Run SQL on a results database (read-only). */
export function queryResults(db: string, sql: string): Promise<QueryResult> {
  return withReadOnlyStore(db, (s) => s.query(sql));
}

/** Export an experiment's runs and series to CSV or Parquet. */
export function exportResults(
  db: string,
  experiment: string,
  format: ExportFormat,
  out: string,
): Promise<ExportResult> {
  return withReadOnlyStore(db, (s) => s.export(experiment, format, out));
}

/** The experiments of a results database and their runs by status. */
export function listStoredExperiments(db: string): Promise<ExperimentListing[]> {
  return withReadOnlyStore(db, (s) => s.listExperiments());
}

export type { Experiment, SweepOptions, SweepResult };
