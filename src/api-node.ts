/**
 * The library surface for Node.js: everything of `src/api.ts`, plus scenario and experiment files,
 * sweeps into the results database, and queries on it. The CLI goes through it.
 */
import { type Experiment, loadExperiment } from "./experiments/experiment-file.ts";
import { type Scorecard, scoreExperiment, scoreModel } from "./experiments/facts/index.ts";
import type { RunPlan } from "./experiments/plan.ts";
import type { SweepResult } from "./experiments/prologue.ts";
import type { RunSpec } from "./experiments/specs.ts";
import { type SweepOptions, sweep } from "./experiments/sweep.ts";
import { SOFTWARE_VERSION } from "./experiments/version.ts";
import { checkOutputs } from "./io/output-path.ts";
import { modelFacts } from "./models/facts.ts";
import { registry } from "./models/index.ts";
import { type WriteReportResult, writeFactsReport, writeReport } from "./report/index.ts";
import { UserError } from "./scenario/errors.ts";
import { loadScenario } from "./scenario/read-file.ts";
import { applyOverrides, modelScenario, type Overrides, type Scenario } from "./scenario/scenario.ts";
import {
  type ExperimentListing,
  type ExportFormat,
  type ExportResult,
  openQueryStore,
  type QueryResult,
  Store,
  seriesPathFor,
} from "./store/index.ts";

export * from "./api.ts";
export type { Scorecard, ScorecardRow } from "./experiments/facts/index.ts";
/** Models as values: the default list, lookups of other lists, a model from a module workers can import. */
export { loadModelModule } from "./experiments/model-module.ts";
export { defaultModels } from "./models/index.ts";
export { type ModelList, modelLookup, withModels } from "./scenario/model-lookup.ts";

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

/** Load and validate an experiment file (every error found before any run starts). */
export function loadExperimentFile(file: string): Experiment {
  return loadExperiment(file, registry);
}

/** Run an experiment into a results database (resumable; see experiments/sweep.ts). */
export function runSweep(
  exp: Experiment,
  opts: SweepOptions,
  specs?: RunSpec[] | RunPlan,
): Promise<SweepResult> {
  return specs ? sweep(exp, opts, specs) : sweep(exp, opts);
}

async function withReadOnlyStore<T>(db: string, fn: (s: Store) => Promise<T>): Promise<T> {
  const store = await Store.open(db, { readOnly: true });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** Run one read-only SQL statement on a results database (sandboxed: see store/read-only-sql.ts). */
export async function queryResults(db: string, sql: string): Promise<QueryResult> {
  const store = await openQueryStore(db);
  try {
    return await store.query(sql);
  } finally {
    await store.close();
  }
}

/** Export an experiment's runs and series to CSV or Parquet (never over an input or a database). */
export function exportResults(
  db: string,
  experiment: string,
  format: ExportFormat,
  out: string,
): Promise<ExportResult> {
  checkOutputs(
    [
      { path: out, flag: "--out" },
      { path: seriesPathFor(out), flag: "--out (its series file)" },
    ],
    [{ path: db, what: "the results database" }],
  );
  return withReadOnlyStore(db, (s) => s.export(experiment, format, out));
}

/** The experiments of a results database and their runs by status. */
export function listStoredExperiments(db: string): Promise<ExperimentListing[]> {
  return withReadOnlyStore(db, (s) => s.listExperiments());
}

export type { Experiment, SweepOptions, SweepResult };

/**
 * Write the HTML report of one experiment (or all) of a results database; with `facts`, the
 * stylised-facts scorecard of each reported experiment whose model has targets comes first.
 */
export async function writeExperimentReport(
  db: string,
  out: string,
  experiment?: string,
  opts: { facts?: boolean } = {},
): Promise<WriteReportResult> {
  let facts: Scorecard[] | undefined;
  if (opts.facts) {
    facts = [];
    const listed = await listStoredExperiments(db);
    for (const e of listed)
      if ((experiment === undefined || e.name === experiment) && modelFacts[e.model])
        facts.push(...(await experimentScorecards(db, e.name)));
  }
  return writeReport({ db, out, experiment, generator: SOFTWARE_VERSION, facts });
}

/** Write a page with the stylised-facts scorecards alone. */
export function writeScorecardReport(
  out: string,
  cards: readonly Scorecard[],
  inputs: readonly { path: string; what: string }[] = [],
): WriteReportResult {
  return writeFactsReport(out, cards, SOFTWARE_VERSION, inputs);
}

/** The stylised facts of a model, or a UserError naming the models that have them. */
function factsOf(name: string) {
  const spec = modelFacts[name];
  if (!spec)
    throw new UserError(
      `the model '${name}' has no stylised-facts targets; models with targets: ${Object.keys(modelFacts).join(", ")}`,
    );
  return spec;
}

export interface FactsRunOptions extends Overrides {
  /** Runs: seeds seed, seed + 1, ..., seed + seeds - 1 (seed from the scenario, default 0). */
  seeds: number;
  /** After each run (runs done, runs in all). */
  onRun?: (done: number, total: number) => void;
  /** Within each run (steps done, steps in all). */
  onProgress?: (done: number, total: number) => void;
}

/** The stylised-facts scorecard of a model or scenario file, over an ensemble of seeds. */
export function modelScorecard(modelOrFile: string, o: FactsRunOptions): Scorecard {
  const sc = scenarioFor(modelOrFile, o);
  const model = registry.get(sc.model)!;
  const spec = factsOf(model.name);
  const first = Number(sc.seed);
  return scoreModel({
    model,
    spec,
    params: sc.params,
    seeds: Array.from({ length: o.seeds }, (_, k) => first + k),
    horizon: sc.horizon,
    onRun: o.onRun,
    onProgress: o.onProgress,
  });
}

/** The stylised-facts scorecards of a stored experiment, one per design point (or only `point`). */
export function experimentScorecards(db: string, experiment: string, point?: number): Promise<Scorecard[]> {
  return withReadOnlyStore(db, (s) =>
    scoreExperiment(s, experiment, {
      point,
      lookup: (name) => {
        const model = registry.get(name);
        return model ? { model, spec: modelFacts[name] } : undefined;
      },
    }),
  );
}
