import {
  bandsSql,
  EXPERIMENT_NAMES_SQL,
  experimentSql,
  failuresSql,
  pointParamsSql,
  seedsSql,
  seriesMetricsSql,
  statusSql,
  summaryNamesSql,
  summaryValuesSql,
} from "./report-sql.ts";
import type { Store } from "./store.ts";
import type { PlainValue, StoredRunStatus } from "./types.ts";

/**
 * What the report reads from a results database, typed: each function runs one statement of
 * report-sql.ts (the statements the report's manifest prints).
 */

/** A number from a query value: null (no value) as NaN, "NaN" / "Infinity" strings as numbers. */
export function num(v: PlainValue): number {
  return v === null ? Number.NaN : Number(v);
}

/** Every experiment's name, oldest first. */
export async function experimentNamesByAge(store: Store): Promise<string[]> {
  return (await store.query(EXPERIMENT_NAMES_SQL)).rows.map(([n]) => String(n));
}

/** An experiment's row: its model, the stored experiment file (parsed), planned runs, provenance. */
export interface ExperimentRow {
  model: string;
  modelVersion: string;
  spec: Record<string, unknown>;
  plannedRuns: number | null;
  createdAt: string;
  softwareVersion: string | null;
}

export async function experimentRow(store: Store, experiment: string): Promise<ExperimentRow | undefined> {
  const [row] = (await store.query(experimentSql(experiment))).rows;
  if (!row) return undefined;
  const [model, modelVersion, spec, plannedRuns, createdAt, softwareVersion] = row;
  return {
    model: String(model),
    modelVersion: String(modelVersion),
    spec: JSON.parse(String(spec)) as Record<string, unknown>,
    plannedRuns: plannedRuns === null ? null : num(plannedRuns),
    createdAt: String(createdAt),
    softwareVersion: softwareVersion === null ? null : String(softwareVersion),
  };
}

/** One run's parameters per design point (equal for every seed of a point). */
export async function pointParams(
  store: Store,
  experiment: string,
): Promise<Map<number, Record<string, unknown>>> {
  const params = new Map<number, Record<string, unknown>>();
  for (const [index, p] of (await store.query(pointParamsSql(experiment))).rows)
    params.set(num(index), JSON.parse(String(p)) as Record<string, unknown>);
  return params;
}

/** Runs per design point and status, by point. */
export async function runsByPointAndStatus(
  store: Store,
  experiment: string,
): Promise<{ point: number; status: StoredRunStatus; runs: number }[]> {
  return (await store.query(statusSql(experiment))).rows.map(([index, status, count]) => ({
    point: num(index),
    status: String(status) as StoredRunStatus,
    runs: num(count),
  }));
}

/** Names of the scalar summaries stored for the experiment's runs, sorted. */
export async function summaryNames(store: Store, experiment: string): Promise<string[]> {
  return (await store.query(summaryNamesSql(experiment))).rows.map(([s]) => String(s));
}

/** One summary of every run of the experiment (NaN where the run has none), with its status. */
export async function summaryValues(
  store: Store,
  experiment: string,
  summary: string,
): Promise<{ point: number; seed: number; status: string; value: number }[]> {
  return (await store.query(summaryValuesSql(experiment, summary))).rows.map(
    ([index, seed, status, value]) => ({
      point: num(index),
      seed: num(seed),
      status: String(status),
      value: num(value),
    }),
  );
}

/** The metric lists the experiment's runs stored as series. */
export async function seriesMetricLists(store: Store, experiment: string): Promise<string[][]> {
  return (await store.query(seriesMetricsSql(experiment))).rows.map(([l]) => (l as string[]).map(String));
}

/** One row of a band: a point (-1: every run pooled), metric and time, and the statistics there. */
export interface BandRow {
  point: number;
  metric: string;
  t: number;
  n: number;
  mean: number;
  q05: number;
  q50: number;
  q95: number;
}

/** Series bands per design point (or pooled when `points` is null), metric and time; see bandsSql. */
export async function bandRows(
  store: Store,
  experiment: string,
  points: readonly number[] | null,
  maxTimes: number,
): Promise<BandRow[]> {
  return (await store.query(bandsSql(experiment, points, maxTimes))).rows.map(
    ([point, metric, t, n, mean, q05, q50, q95]) => ({
      point: num(point),
      metric: String(metric),
      t: num(t),
      n: num(n),
      mean: num(mean),
      q05: num(q05),
      q50: num(q50),
      q95: num(q95),
    }),
  );
}

/** A run that did not end ok. */
export interface FailedRunRow {
  pointIndex: number;
  seed: number;
  status: StoredRunStatus;
  message: string;
  runKey: string;
}

/** Runs that did not end ok, the first `limit` by point and seed. */
export async function failedRuns(store: Store, experiment: string, limit?: number): Promise<FailedRunRow[]> {
  return (await store.query(failuresSql(experiment, limit))).rows.map(
    ([pointIndex, seed, status, message, runKey]) => ({
      pointIndex: num(pointIndex),
      seed: num(seed),
      status: String(status) as StoredRunStatus,
      message: String(message ?? ""),
      runKey: String(runKey),
    }),
  );
}

/** The seeds of an experiment's stored runs. */
export async function storedSeeds(store: Store, experiment: string): Promise<number[]> {
  return (await store.query(seedsSql(experiment))).rows.map(([s]) => num(s));
}
