import type { EnsembleStats, MorrisIndex, SobolIndex } from "../experiments/analysis/index.ts";
import type { DesignKind, FactorValue } from "../experiments/designs/index.ts";
import type { StoredRunStatus } from "../store/index.ts";

/** A design point of an experiment and how its stored runs ended. */
export interface ReportPoint {
  index: number;
  /** The factor values of the point (from its runs' parameters). */
  values: Record<string, FactorValue>;
  /** Runs stored for the point (one per seed when complete). */
  runs: number;
  byStatus: Record<StoredRunStatus, number>;
}

/** One scalar summary over the runs of an experiment. */
export interface SummaryTable {
  name: string;
  /**
   * Per design point, the summary over seeds (runs that did not end `ok` count as missing). Empty
   * when the design has more points than the load's `maxTablePoints`.
   */
  byPoint: { point: number; stats: EnsembleStats }[];
  /** Over every run of the experiment (all points and seeds pooled). */
  all: EnsembleStats;
}

/** Mean and 5/50/95% quantiles over runs of one metric at each recorded time. */
export interface Band {
  /** The design point, or null for every point of the experiment pooled. */
  point: number | null;
  t: number[];
  /** Runs with a finite value at each time. */
  n: number[];
  mean: number[];
  q05: number[];
  q50: number[];
  q95: number[];
}

/** The bands of one recorded metric. */
export interface MetricBands {
  metric: string;
  /** One band per point of `ReportData.bandPoints` that has series. */
  perPoint: Band[];
  /** Every point pooled: only when the design has more points than get a band of their own. */
  pooled?: Band;
}

/**
 * Name of the extra sensitivity output of an experiment with failed runs: the share of each design
 * point's runs that ended ok (which factors decide whether runs fail).
 */
export const OK_SHARE = "share of runs ok";

/** Sensitivity indices of each scalar summary, from the seed-averaged summary at each point. */
export type Sensitivity =
  | { kind: "morris"; bySummary: { summary: string; indices: MorrisIndex[] }[] }
  | { kind: "sobol"; bootstrap: number; bySummary: { summary: string; indices: SobolIndex[] }[] };

/** A run that did not end `ok`. */
export interface FailedRun {
  pointIndex: number;
  seed: number;
  status: StoredRunStatus;
  message: string;
  runKey: string;
}

/** An SQL statement that gives numbers of the report from the database. */
export interface ReportQuery {
  /** What it gives (e.g. "summary values by design point and seed"). */
  label: string;
  sql: string;
}

/** Everything the report shows about one experiment (what `renderReport` turns into HTML). */
export interface ReportData {
  name: string;
  description?: string;
  model: string;
  modelVersion: string;
  /** The refusal version that created the experiment (experiments.software_version). */
  softwareVersion: string | null;
  createdAt: string;
  /**
   * The experiment file as stored (with its seeds as a list and its horizon), with the factors in
   * the order that gives the stored design (the database keeps keys sorted; the design keeps the order):
   * saved as YAML it reproduces every run key.
   */
  spec: Record<string, unknown>;
  design: {
    kind: DesignKind;
    /** Factor names in design order. */
    factors: string[];
    /** Points of the design (the largest stored point index + 1 when the design is not known). */
    points: number;
    /**
     * The design is known: stored by the sweep, or (a database written before designs were stored)
     * expanded again from the stored file and matching the stored runs.
     */
    recovered: boolean;
  };
  seeds: number[];
  horizon: number | null;
  plannedRuns: number | null;
  /** Runs stored for the experiment (design points x seeds linked to a run). */
  runs: number;
  byStatus: Record<StoredRunStatus, number>;
  /** Design points that have at least one stored run, in index order. */
  points: ReportPoint[];
  summaries: SummaryTable[];
  /** Largest number of points with per-point summary tables (see `SummaryTable.byPoint`). */
  maxTablePoints: number;
  /** Recorded metrics, each with its bands over time. */
  metrics: MetricBands[];
  /** Points that get a band of their own (all of them, or an evenly spaced selection). */
  bandPoints: number[];
  sensitivity?: Sensitivity;
  /** Things the reader must know: limits applied, indices that could not be computed. */
  notes: string[];
  /** Runs that did not end ok, the first `failures.length` of `failuresTotal`. */
  failures: FailedRun[];
  failuresTotal: number;
  /** The SQL behind each table and chart. */
  queries: ReportQuery[];
}

/** What the report says about where it came from, beyond what the database holds. */
export interface ReportManifest {
  /** The database path, as the user gave it. */
  db: string;
  /** Where the report is written (for the command that makes it again); default `report.html`. */
  out?: string;
  /** The refusal version that wrote the report (shown beside the one that ran the experiment). */
  generator?: string;
}
