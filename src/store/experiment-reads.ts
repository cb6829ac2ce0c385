import { sqlString } from "./sql-quote.ts";
import type { Store } from "./store.ts";

/** What the stylised-facts scorecards of a stored experiment read from the database. */

/** Every experiment's name, sorted by name. */
export async function experimentNamesByName(store: Store): Promise<string[]> {
  return (await store.query("SELECT name FROM experiments ORDER BY name")).rows.map(([n]) => String(n));
}

/** The model (name and version) an experiment was stored with, or undefined for no such experiment. */
export async function experimentModelOf(
  store: Store,
  experiment: string,
): Promise<{ model: string; modelVersion: string } | undefined> {
  const [row] = (
    await store.query(`SELECT model, model_version FROM experiments WHERE name = ${sqlString(experiment)}`)
  ).rows;
  return row ? { model: String(row[0]), modelVersion: String(row[1]) } : undefined;
}

/** A stored run of an experiment, at its design point and seed. */
export interface ExperimentRun {
  point: number;
  seed: number;
  key: string;
  status: string;
  params: Record<string, unknown>;
  /** The metrics it stored as series (empty: none). */
  metrics: string[];
}

/** The stored runs of an experiment, by design point and seed. */
export async function experimentRuns(store: Store, experiment: string): Promise<ExperimentRun[]> {
  const r =
    await store.query(`SELECT e.point_index, e.seed, r.run_key, r.status, CAST(r.params AS VARCHAR) AS params,
  CAST(r.series_metrics AS VARCHAR[]) AS metrics
FROM experiment_runs e JOIN runs r USING (run_key)
WHERE e.experiment = ${sqlString(experiment)}
ORDER BY e.point_index, e.seed`);
  return r.rows.map(([point, seed, key, status, params, metrics]) => ({
    point: Number(point),
    seed: Number(seed),
    key: String(key),
    status: String(status),
    params: JSON.parse(String(params)) as Record<string, unknown>,
    metrics: ((metrics as string[] | null) ?? []).map(String),
  }));
}

/** One stored run's series, metric by metric, each in time order (null values as NaN). */
export async function runSeries(
  store: Store,
  runKey: string,
): Promise<Map<string, { t: number[]; v: number[] }>> {
  const rows = (
    await store.query(
      `SELECT metric, t, value FROM series WHERE run_key = ${sqlString(runKey)} ORDER BY metric, t`,
    )
  ).rows;
  const num = (v: unknown) => (v === null ? Number.NaN : Number(v));
  const byMetric = new Map<string, { t: number[]; v: number[] }>();
  for (const [metric, t, value] of rows) {
    const m = String(metric);
    let s = byMetric.get(m);
    if (!s) {
      s = { t: [], v: [] };
      byMetric.set(m, s);
    }
    s.t.push(num(t));
    s.v.push(num(value));
  }
  return byMetric;
}
