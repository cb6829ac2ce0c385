/**
 * The SQL the report runs against the results database (the tables: README.md), run by
 * report-reads.ts. The report prints the same statements in its manifest, so a reader can get
 * every number again with `refusal query`.
 */
import { sqlString } from "./sql-quote.ts";

/** The runs of an experiment joined to their design point and seed (`e`, `r` aliases). */
function runsOf(experiment: string, join = ""): string {
  return `experiment_runs e JOIN runs r USING (run_key)${join} WHERE e.experiment = ${sqlString(experiment)}`;
}

const SUMMARIES = " JOIN summaries s USING (run_key)";

/** Every experiment, oldest first. */
export const EXPERIMENT_NAMES_SQL = "SELECT name FROM experiments ORDER BY created_at, name";

/** The experiment's row: model, version, the stored experiment file, planned runs, provenance. */
export function experimentSql(experiment: string): string {
  return `SELECT model, model_version, CAST(spec AS VARCHAR) AS spec, planned_runs,
  CAST(created_at AS VARCHAR) AS created_at, software_version
FROM experiments WHERE name = ${sqlString(experiment)}`;
}

/** One run's parameters per design point (equal for every seed of a point). */
export function pointParamsSql(experiment: string): string {
  return `SELECT e.point_index, CAST(min(r.params) AS VARCHAR) AS params
FROM ${runsOf(experiment)}
GROUP BY e.point_index ORDER BY e.point_index`;
}

/** The seeds of an experiment's stored runs. */
export function seedsSql(experiment: string): string {
  return `SELECT DISTINCT seed FROM experiment_runs WHERE experiment = ${sqlString(experiment)} ORDER BY seed`;
}

/** Runs per design point and status. */
export function statusSql(experiment: string): string {
  return `SELECT e.point_index, r.status, count(*) AS runs
FROM ${runsOf(experiment)}
GROUP BY e.point_index, r.status ORDER BY e.point_index, r.status`;
}

/** The metric lists the experiment's runs stored as series. */
export function seriesMetricsSql(experiment: string): string {
  return `SELECT DISTINCT CAST(r.series_metrics AS VARCHAR[]) AS metrics
FROM ${runsOf(experiment)} AND len(r.series_metrics) > 0`;
}

/** Names of the scalar summaries stored for the experiment's runs. */
export function summaryNamesSql(experiment: string): string {
  return `SELECT DISTINCT s.name FROM ${runsOf(experiment, SUMMARIES)}
ORDER BY s.name`;
}

/**
 * One summary's value for every run of the experiment (null when the run has none), with the run's
 * status: the input of the summary tables and of the sensitivity indices.
 */
export function summaryValuesSql(experiment: string, summary: string): string {
  return `SELECT e.point_index, e.seed, r.status, s.value
FROM experiment_runs e JOIN runs r USING (run_key)
  LEFT JOIN summaries s ON s.run_key = e.run_key AND s.name = ${sqlString(summary)}
WHERE e.experiment = ${sqlString(experiment)}
ORDER BY e.point_index, e.seed`;
}

/**
 * The summary tables' numbers computed by DuckDB (sd = sample sd; quantile_cont is the type 7
 * quantile that the report uses too); the 95% CI is mean ± t(0.975, n - 1) sd / √n.
 */
export function summaryStatsSql(experiment: string): string {
  return `SELECT s.name, e.point_index, count(*) AS n, avg(s.value) AS mean, stddev_samp(s.value) AS sd,
  quantile_cont(s.value, [0.05, 0.5, 0.95]) AS q05_q50_q95
FROM ${runsOf(experiment, SUMMARIES)}
  AND r.status = 'ok' AND isfinite(s.value)
GROUP BY s.name, e.point_index ORDER BY s.name, e.point_index`;
}

/** The seed-averaged summaries per design point: the outputs of the sensitivity analysis. */
export function pointMeansSql(experiment: string): string {
  return `SELECT s.name, e.point_index, avg(s.value) AS mean_over_seeds
FROM ${runsOf(experiment, SUMMARIES)}
  AND r.status = 'ok' AND isfinite(s.value)
GROUP BY s.name, e.point_index ORDER BY s.name, e.point_index`;
}

/**
 * Per design point (or every point pooled, when `points` is null), metric and time: the number of
 * runs, the mean and the 5/50/95% quantiles over the runs that ended ok, aggregated by DuckDB so
 * that no run's series is read into memory. The times are those any run of the point recorded,
 * at most `maxTimes` of them (every k-th, and the last); a run that stopped before a time (its
 * model's own stopping rule, e.g. a cascade at its fixed point) counts with its last value there
 * (ASOF join).
 */
export function bandsSql(experiment: string, points: readonly number[] | null, maxTimes: number): string {
  const pointExpr = points === null ? "-1" : "e.point_index";
  const filter =
    points === null ? "" : ` AND e.point_index IN (${points.map((p) => p.toFixed(0)).join(", ")})`;
  return `WITH v AS (
  SELECT DISTINCT ${pointExpr} AS point, r.run_id, r.series_metrics[d.metric_index + 1] AS metric, d.t, d.value
  FROM experiment_runs e JOIN runs r USING (run_key) JOIN series_data d ON d.run_id = r.run_id
  WHERE e.experiment = ${sqlString(experiment)} AND r.status = 'ok'${filter}
), times AS (
  SELECT point, metric, t, row_number() OVER (PARTITION BY point, metric ORDER BY t) AS i,
    count(*) OVER (PARTITION BY point, metric) AS nt
  FROM (SELECT DISTINCT point, metric, t FROM v)
), grid AS (
  SELECT m.point, m.run_id, m.metric, times.t
  FROM (SELECT DISTINCT point, run_id, metric FROM v) m JOIN times USING (point, metric)
  WHERE (times.i - 1) % greatest(1, ceil(times.nt / ${Math.max(1, Math.floor(maxTimes))})) = 0 OR times.i = times.nt
), filled AS (
  SELECT g.point, g.metric, g.t, v.value
  FROM grid g ASOF JOIN v ON g.point = v.point AND g.run_id = v.run_id AND g.metric = v.metric AND g.t >= v.t
)
SELECT point, metric, t, n, mean, q[1] AS q05, q[2] AS q50, q[3] AS q95
FROM (SELECT point, metric, t, count(*) AS n, avg(value) AS mean,
    quantile_cont(value, [0.05, 0.5, 0.95]) AS q
  FROM filled WHERE isfinite(value) GROUP BY point, metric, t)
ORDER BY point, metric, t`;
}

/** Runs that did not end ok, with their message, the first `limit` by point and seed. */
export function failuresSql(experiment: string, limit?: number): string {
  return `SELECT e.point_index, e.seed, r.status,
  coalesce(r.error_text, json_extract_string(r.failure, '$.message'), '') AS message, r.run_key
FROM ${runsOf(experiment)} AND r.status <> 'ok'
ORDER BY e.point_index, e.seed${limit === undefined ? "" : ` LIMIT ${Math.max(0, Math.floor(limit))}`}`;
}
