import { ensembleStats } from "../experiments/analysis/index.ts";
import type { DesignKind, FactorValue } from "../experiments/designs/index.ts";
import { suggestion, UserError } from "../scenario/errors.ts";
import type { PlainValue, Store, StoredRunStatus } from "../store/index.ts";
import { RUN_STATUSES } from "../store/types.ts";
import {
  bandsSql,
  EXPERIMENT_NAMES_SQL,
  experimentSql,
  failuresSql,
  pointMeansSql,
  pointParamsSql,
  seedsSql,
  seriesMetricsSql,
  statusSql,
  summaryNamesSql,
  summaryStatsSql,
  summaryValuesSql,
} from "./queries.ts";
import { recoverDesign } from "./recover-design.ts";
import { sensitivityOf } from "./sensitivity.ts";
import { parseStoredSpec, specInOrder } from "./stored-spec.ts";
import {
  type Band,
  type FailedRun,
  type MetricBands,
  OK_SHARE,
  type ReportData,
  type ReportPoint,
  type SummaryTable,
} from "./types.ts";

/** Limits on what the report shows, so that large designs give a readable, small report. */
export interface LoadOptions {
  /** Most design points drawn with a band of their own (default 12); beyond, an evenly spaced selection. */
  maxBandPoints?: number;
  /** Most design points given per-point summary tables (default 40); beyond, only pooled ones. */
  maxTablePoints?: number;
  /** Most times per band (default 200): longer series are thinned to every k-th time. */
  maxTimes?: number;
  /** Most failed runs listed (default 20). */
  maxFailures?: number;
  /** Bootstrap resamples of the Sobol' intervals (default 500). */
  bootstrap?: number;
}

const failuresTotal = (byStatus: Record<StoredRunStatus, number>): number =>
  RUN_STATUSES.reduce((n, s) => (s === "ok" ? n : n + byStatus[s]), 0);

/** A number from a query value: null (no value) as NaN, "NaN" / "Infinity" strings as numbers. */
function num(v: PlainValue): number {
  return v === null ? Number.NaN : Number(v);
}

function zeroStatuses(): Record<StoredRunStatus, number> {
  return Object.fromEntries(RUN_STATUSES.map((s) => [s, 0])) as Record<StoredRunStatus, number>;
}

/** `m` indices spread evenly over `items` (first and last included), or all of them when few. */
export function evenlySpaced<T>(items: readonly T[], m: number): T[] {
  if (items.length <= m) return [...items];
  if (m <= 1) return items.slice(0, Math.max(0, m));
  return Array.from({ length: m }, (_, i) => items[Math.round((i * (items.length - 1)) / (m - 1))]);
}

/** Metric names in the order the runs recorded them (longest list first, then the others' extras). */
function mergeMetricLists(lists: string[][]): string[] {
  const sorted = [...lists].sort(
    (a, b) => b.length - a.length || JSON.stringify(a).localeCompare(JSON.stringify(b)),
  );
  const out: string[] = [];
  for (const l of sorted) for (const m of l) if (!out.includes(m)) out.push(m);
  return out;
}

async function loadBands(
  store: Store,
  experiment: string,
  points: readonly number[] | null,
  maxTimes: number,
): Promise<Map<string, Band[]>> {
  const r = await store.query(bandsSql(experiment, points, maxTimes));
  const byMetric = new Map<string, Band[]>();
  let current: Band | undefined;
  let currentKey = "";
  for (const [point, metric, t, n, mean, q05, q50, q95] of r.rows) {
    const key = `${point}\u0000${metric}`;
    if (!current || key !== currentKey) {
      current = {
        point: points === null ? null : num(point),
        t: [],
        n: [],
        mean: [],
        q05: [],
        q50: [],
        q95: [],
      };
      currentKey = key;
      const list = byMetric.get(String(metric)) ?? [];
      list.push(current);
      byMetric.set(String(metric), list);
    }
    current.t.push(num(t));
    current.n.push(num(n));
    current.mean.push(num(mean));
    current.q05.push(num(q05));
    current.q50.push(num(q50));
    current.q95.push(num(q95));
  }
  return byMetric;
}

async function loadOne(store: Store, name: string, o: Required<LoadOptions>): Promise<ReportData> {
  const [row] = (await store.query(experimentSql(name))).rows;
  const [model, modelVersion, specText, plannedRuns, createdAt, softwareVersion] = row;
  const rawSpec = JSON.parse(String(specText)) as Record<string, unknown>;
  const stored = parseStoredSpec(rawSpec);
  const notes: string[] = [];

  // Design points: the factor values from the runs' parameters, the roles from the re-expanded design.
  const params = new Map<number, Record<string, unknown>>();
  for (const [index, p] of (await store.query(pointParamsSql(name))).rows)
    params.set(num(index), JSON.parse(String(p)) as Record<string, unknown>);
  const recovered = stored ? recoverDesign(stored.factors, stored.design, params) : null;
  const factorNames = recovered?.factors.map((f) => f.name) ?? [];
  const design = recovered?.design ?? null;
  if (!stored) notes.push("The stored experiment file could not be read: design details are not shown.");
  else if (!design)
    notes.push(
      "The design could not be re-expanded to match the stored runs (factor order unknown): sensitivity indices are not computed.",
    );

  const points = new Map<number, ReportPoint>();
  const byStatus = zeroStatuses();
  let runs = 0;
  for (const [index, status, count] of (await store.query(statusSql(name))).rows) {
    const i = num(index);
    let p = points.get(i);
    if (!p) {
      const values: Record<string, FactorValue> = {};
      for (const f of factorNames) {
        const v = params.get(i)?.[f] ?? design?.points[i]?.values[f];
        if (v !== undefined) values[f] = v as FactorValue;
      }
      p = { index: i, values, runs: 0, byStatus: zeroStatuses() };
      points.set(i, p);
    }
    const s = String(status) as StoredRunStatus;
    p.byStatus[s] += num(count);
    p.runs += num(count);
    byStatus[s] += num(count);
    runs += num(count);
  }
  const pointList = [...points.values()].sort((a, b) => a.index - b.index);
  const nPoints = design?.points.length ?? (pointList.length ? pointList[pointList.length - 1].index + 1 : 0);

  // Scalar summaries: ensemble statistics per point and pooled; seed means for the sensitivity.
  const withTables = pointList.length <= o.maxTablePoints;
  if (!withTables)
    notes.push(
      `The design has ${pointList.length} points with runs: summary tables pool every run (per-point tables are shown up to ${o.maxTablePoints} points; the SQL in the manifest gives them all).`,
    );
  const summaries: SummaryTable[] = [];
  const outputs = new Map<string, Float64Array>();
  for (const [summary] of (await store.query(summaryNamesSql(name))).rows) {
    const sName = String(summary);
    const perPoint = new Map<number, number[]>();
    const all: number[] = [];
    for (const [index, , status, value] of (await store.query(summaryValuesSql(name, sName))).rows) {
      const v = status === "ok" ? num(value) : Number.NaN;
      all.push(v);
      const i = num(index);
      const list = perPoint.get(i) ?? [];
      list.push(v);
      perPoint.set(i, list);
    }
    const stats = [...perPoint.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([point, values]) => ({ point, stats: ensembleStats(values) }));
    summaries.push({ name: sName, byPoint: withTables ? stats : [], all: ensembleStats(all) });
    if (design) {
      const out = new Float64Array(design.points.length).fill(Number.NaN);
      for (const { point, stats: s } of stats) if (point < out.length) out[point] = s.mean;
      outputs.set(sName, out);
    }
  }
  if (design && failuresTotal(byStatus) > 0) {
    // Which factors decide whether runs fail at all: the share of a point's runs that ended ok.
    const share = new Float64Array(design.points.length).fill(Number.NaN);
    for (const p of pointList) if (p.index < share.length) share[p.index] = p.byStatus.ok / p.runs;
    const rest = [...outputs];
    outputs.clear();
    outputs.set(OK_SHARE, share);
    for (const [k, v] of rest) outputs.set(k, v);
  }
  const sensitivity = design ? sensitivityOf(design, outputs, { bootstrap: o.bootstrap }) : undefined;

  // Series: bands per point (an evenly spaced selection of at most maxBandPoints) and pooled.
  const metricLists = (await store.query(seriesMetricsSql(name))).rows.map(([l]) =>
    (l as string[]).map(String),
  );
  const metricNames = mergeMetricLists(metricLists);
  const bandPoints = metricNames.length
    ? evenlySpaced(
        pointList.filter((p) => p.byStatus.ok > 0).map((p) => p.index),
        o.maxBandPoints,
      )
    : [];
  const okPoints = pointList.filter((p) => p.byStatus.ok > 0).length;
  const pooledToo = okPoints > bandPoints.length;
  const metrics: MetricBands[] = [];
  if (metricNames.length > 0) {
    const per = bandPoints.length ? await loadBands(store, name, bandPoints, o.maxTimes) : new Map();
    const pooled = pooledToo ? await loadBands(store, name, null, o.maxTimes) : new Map();
    for (const metric of metricNames)
      metrics.push({ metric, perPoint: per.get(metric) ?? [], pooled: pooled.get(metric)?.[0] });
    if (pooledToo)
      notes.push(
        `Series bands are drawn for ${bandPoints.length} evenly spaced design points of ${okPoints} (points ${bandPoints.join(", ")}), and for every run pooled.`,
      );
  }

  const failures: FailedRun[] = (await store.query(failuresSql(name, o.maxFailures))).rows.map(
    ([pointIndex, seed, status, message, runKey]) => ({
      pointIndex: num(pointIndex),
      seed: num(seed),
      status: String(status) as StoredRunStatus,
      message: String(message ?? ""),
      runKey: String(runKey),
    }),
  );

  const seeds = stored?.seeds ?? (await store.query(seedsSql(name))).rows.map(([s]) => num(s));

  return {
    name,
    description: stored?.description,
    model: String(model),
    modelVersion: String(modelVersion),
    softwareVersion: softwareVersion === null ? null : String(softwareVersion),
    createdAt: String(createdAt),
    spec: specInOrder(rawSpec, factorNames),
    design: {
      kind: (stored?.design.kind ?? "grid") as DesignKind,
      factors: factorNames,
      points: nPoints,
      recovered: design !== null,
    },
    seeds,
    horizon: stored?.horizon ?? null,
    plannedRuns: plannedRuns === null ? null : num(plannedRuns),
    runs,
    byStatus,
    points: pointList,
    summaries,
    maxTablePoints: o.maxTablePoints,
    metrics,
    bandPoints,
    sensitivity,
    notes,
    failures,
    failuresTotal: failuresTotal(byStatus),
    queries: [
      { label: "the experiment and its stored file", sql: experimentSql(name) },
      { label: "runs by design point and status", sql: statusSql(name) },
      {
        label: "summary statistics by design point (sd, quantiles; CI = mean ± t(0.975, n−1)·sd/√n)",
        sql: summaryStatsSql(name),
      },
      { label: "the summary values of every run", sql: summaryValuesSql(name, "<summary name>") },
      ...(sensitivity
        ? [
            {
              label: "sensitivity outputs: each summary averaged over seeds per design point",
              sql: pointMeansSql(name),
            },
          ]
        : []),
      ...(bandPoints.length
        ? [
            {
              label: "series bands by design point, metric and time",
              sql: bandsSql(name, bandPoints, o.maxTimes),
            },
          ]
        : []),
      ...(metricNames.length && pooledToo
        ? [{ label: "series bands of every run pooled", sql: bandsSql(name, null, o.maxTimes) }]
        : []),
      { label: "failed runs", sql: failuresSql(name) },
    ],
  };
}

/**
 * Everything the report shows about the experiments of a results database (all of them, oldest
 * first, or the one named; an unknown name is a UserError with the closest stored name). Series are
 * aggregated by DuckDB (mean and quantiles per point, metric and time), so memory stays small for
 * thousands of runs; summaries are read one name at a time.
 */
export async function loadReportData(
  store: Store,
  experiment?: string,
  options: LoadOptions = {},
): Promise<ReportData[]> {
  const o: Required<LoadOptions> = {
    maxBandPoints: options.maxBandPoints ?? 12,
    maxTablePoints: options.maxTablePoints ?? 40,
    maxTimes: options.maxTimes ?? 200,
    maxFailures: options.maxFailures ?? 20,
    bootstrap: options.bootstrap ?? 500,
  };
  const names = (await store.query(EXPERIMENT_NAMES_SQL)).rows.map(([n]) => String(n));
  if (experiment !== undefined && !names.includes(experiment))
    throw new UserError(
      `${store.path}: no experiment '${experiment}'${suggestion(experiment, names)}; stored: ${names.join(", ") || "none"}`,
    );
  const out: ReportData[] = [];
  for (const name of experiment === undefined ? names : [experiment]) out.push(await loadOne(store, name, o));
  return out;
}
