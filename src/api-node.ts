/**
 * The library surface for Node.js: everything of `src/api.ts`, plus scenario and experiment files,
 * sweeps into the results database, and queries on it. The CLI goes through it.
 */
import { type Experiment, loadExperiment } from "./experiments/experiment-file.ts";
import type { RunSpec } from "./experiments/specs.ts";
import { SOFTWARE_VERSION, type SweepOptions, type SweepResult, sweep } from "./experiments/sweep.ts";
import { checkOutputs } from "./io/output-path.ts";
import { registry } from "./models/index.ts";
import { type WriteReportResult, writeReport } from "./report/index.ts";
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
export function runSweep(exp: Experiment, opts: SweepOptions, specs?: RunSpec[]): Promise<SweepResult> {
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

/** Write the HTML report of one experiment (or all) of a results database. */
export function writeExperimentReport(
  db: string,
  out: string,
  experiment?: string,
): Promise<WriteReportResult> {
  return writeReport({ db, out, experiment, generator: SOFTWARE_VERSION });
}
