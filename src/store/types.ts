/** How a run ended (the same values as the engine's `RunStatus`). */
export type StoredRunStatus = "ok" | "diverged" | "invariant-failed" | "error";

export const RUN_STATUSES: readonly StoredRunStatus[] = ["ok", "diverged", "invariant-failed", "error"];

/** A run's recorded series: `values[j]` is metric `metrics[j]` at the times `t` (equal lengths). */
export interface StoredSeries {
  t: Float64Array;
  metrics: string[];
  values: Float64Array[];
}

/** One finished run, as the main thread hands it to the store. */
export interface RunRecord {
  /** Hash of (model, version, params, seed, horizon): the run's identity across experiments. */
  runKey: string;
  experiment: string;
  pointIndex: number;
  model: string;
  modelVersion: string;
  params: Record<string, unknown>;
  seed: number;
  /** Horizon in the model's time unit (optional; stored for reference). */
  horizon?: number;
  status: StoredRunStatus;
  /** The digest `refusal run --json` prints as `hash`; null when the run produced none. */
  seriesHash: string | null;
  failure?: unknown;
  errorText?: string;
  steps: number;
  tEnd: number;
  /** Wall-clock metadata only: never part of the run's identity. */
  startedAt?: Date;
  wallMs?: number;
  worker?: string;
  summary: Record<string, number>;
  series?: StoredSeries;
}

/**
 * The design of an experiment as its sweep expanded it: what decides which factor values each
 * design point has, kept so that a report never has to work it out again.
 */
export interface StoredDesign {
  /** grid, random, latin-hypercube, morris or sobol. */
  kind: string;
  /** Factor names in design order (grid: the first varies slowest; sampled: factor i is column i). */
  factors: string[];
  /** Points of the design. */
  points: number;
  /** Morris and Sobol' designs: each point's role (trajectory and step; block and row), by index. */
  roles?: readonly Record<string, unknown>[];
}

/** An experiment as stored: its name and the normalised experiment file. */
export interface ExperimentRecord {
  name: string;
  model: string;
  modelVersion: string;
  /** The experiment file as normalised JSON (compared key-order-insensitively). */
  spec: unknown;
  softwareVersion: string;
  /** Runs the experiment plans (points x seeds), when known: lets `refusal runs` show progress. */
  plannedRuns?: number;
  /** The expanded design, when the runs come from one (a thesis's stages give their points instead). */
  design?: StoredDesign;
}

/** One line of `refusal runs`: an experiment and how many of its runs are stored, by status. */
export interface ExperimentListing {
  name: string;
  model: string;
  modelVersion: string;
  createdAt: string;
  softwareVersion: string | null;
  plannedRuns: number | null;
  /** Runs stored (design points x seeds linked to a stored run). */
  runs: number;
  byStatus: Record<StoredRunStatus, number>;
}

/** A design point of an experiment and the run that answers it (used to resume). */
export interface PlannedRun {
  pointIndex: number;
  seed: number;
  runKey: string;
}

/** A value as `Store.query` returns it: JSON-able. */
export type PlainValue = null | boolean | number | string | PlainValue[] | { [key: string]: PlainValue };

export interface QueryResult {
  columns: string[];
  /** DuckDB type names of the columns (e.g. `VARCHAR`, `DOUBLE`, `TIMESTAMP`). */
  types: string[];
  rows: PlainValue[][];
}

export type ExportFormat = "csv" | "parquet";

export interface ExportResult {
  /** The runs file (one row per design point and seed). */
  runsFile: string;
  runs: number;
  /** The series file (long format), or null when the experiment stored no series. */
  seriesFile: string | null;
  seriesRows: number;
}
