/**
 * The public library surface of refusal, safe in a browser (no file system, no database, no
 * threads): models, scenarios from names or text, runs. The browser lab imports it; the CLI and
 * scripts use `src/api-node.ts`, which adds files, sweeps and the results database.
 */
import { z } from "zod";
import type { AnyModel } from "./engine/model.ts";
import { type RunOptions, type RunResult, runModel } from "./engine/run.ts";
import { registry } from "./models/index.ts";
import { UserError } from "./scenario/errors.ts";
import {
  applyOverrides,
  findModel,
  modelScenario,
  type Overrides,
  parseScenario,
  type Scenario,
  scenarioJsonSchema,
} from "./scenario/scenario.ts";

export { SeriesHasher } from "./engine/hash.ts";
export type { AnyModel, Model, Simulation, WorkplaceCells } from "./engine/model.ts";
export { DivergedError, InvariantError } from "./engine/model.ts";
export { RNG_ALGORITHM, streams } from "./engine/rng.ts";
export type { RunOptions, RunResult, RunStatus } from "./engine/run.ts";
export {
  type RunSnapshot,
  Stepper,
  type StepperFailure,
  type StepperOptions,
  type StepperStatus,
} from "./engine/stepper.ts";
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

/** The default scenario of a model, with overrides (`--set`-style strings, seed, horizon) applied. */
export function scenarioForModel(name: string, overrides: Overrides = {}): Scenario {
  return applyOverrides(modelScenario(name, registry), overrides, registry);
}

/** A scenario from YAML/JSON text (`source` names it in error messages), with overrides applied. */
export function scenarioFromText(text: string, source: string, overrides: Overrides = {}): Scenario {
  return applyOverrides(parseScenario(text, source, registry), overrides, registry);
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
