import { ensembleStats } from "../experiments/analysis/index.ts";
import type { DesignKind, FactorValue } from "../experiments/designs/index.ts";
import { suggestion, UserError } from "../scenario/errors.ts";
import type { Store, StoredRunStatus } from "../store/index.ts";
import {
  bandRows,
  experimentNamesByAge,
  experimentRow,
  failedRuns,
  pointParams,
  runsByPointAndStatus,
  seriesMetricLists,
  storedSeeds,
  summaryNames,
  summaryValues,
} from "../store/report-reads.ts";
import {
  bandsSql,
  experimentSql,
  failuresSql,
  pointMeansSql,
  statusSql,
  summaryStatsSql,
  summaryValuesSql,
} from "../store/report-sql.ts";
import { RUN_STATUSES } from "../store/types.ts";
import { legacyDesign } from "./legacy-design.ts";
import { sensitivityOf } from "./sensitivity.ts";
import { fromExpanded, fromStored, type KnownDesign } from "./stored-design.ts";
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
  const byMetric = new Map<string, Band[]>();
  let current: Band | undefined;
  let currentKey = "";
  for (const r of await bandRows(store, experiment, points, maxTimes)) {
    const key = `${r.point}\u0000${r.metric}`;
    if (!current || key !== currentKey) {
      current = {
        point: points === null ? null : r.point,
        t: [],
        n: [],
        mean: [],
        q05: [],
        q50: [],
        q95: [],
      };
      currentKey = key;
      const list = byMetric.get(r.metric) ?? [];
      list.push(current);
      byMetric.set(r.metric, list);
    }
    current.t.push(r.t);
    current.n.push(r.n);
    current.mean.push(r.mean);
    current.q05.push(r.q05);
    current.q50.push(r.q50);
    current.q95.push(r.q95);
  }
  return byMetric;
}

/**
 * The design of an experiment: the one its sweep stored; else (a database written before designs
 * were stored) the experiment file's design expanded again, if it gives the stored runs
 * (legacy-design.ts); else none, with the note that says why.
 */
async function designOf(
  store: Store,
  name: string,
  stored: ReturnType<typeof parseStoredSpec>,
  params: ReadonlyMap<number, Record<string, unknown>>,
  notes: string[],
): Promise<KnownDesign | null> {
  const kept = await store.design(name);
  if (kept) return fromStored(kept);
  if (!stored) {
    notes.push("The stored experiment file could not be read: design details are not shown.");
    return null;
  }
  const again = legacyDesign(stored.factors, stored.design, params);
  if (again) return fromExpanded(again);
  notes.push(
    "The design is not stored (the database was written before refusal kept designs), and the stored experiment file's factor order does not give the stored runs: sensitivity indices are not computed.",
  );
  return null;
}

async function loadOne(store: Store, name: string, o: Required<LoadOptions>): Promise<ReportData> {
  const row = (await experimentRow(store, name))!;
  const rawSpec = row.spec;
  const stored = parseStoredSpec(rawSpec);
  const notes: string[] = [];

  // Design points: the factor values from the runs' parameters, the order and roles from the design.
  const params = await pointParams(store, name);
  const design = await designOf(store, name, stored, params, notes);
  const factorNames = design?.factors ?? stored?.factors.map((f) => f.name) ?? [];

  const points = new Map<number, ReportPoint>();
  const byStatus = zeroStatuses();
  let runs = 0;
  for (const { point: i, status: s, runs: count } of await runsByPointAndStatus(store, name)) {
    let p = points.get(i);
    if (!p) {
      const values: Record<string, FactorValue> = {};
      for (const f of factorNames) {
        const v = params.get(i)?.[f];
        if (v !== undefined) values[f] = v as FactorValue;
      }
      p = { index: i, values, runs: 0, byStatus: zeroStatuses() };
      points.set(i, p);
    }
    p.byStatus[s] += count;
    p.runs += count;
    byStatus[s] += count;
    runs += count;
  }
  const pointList = [...points.values()].sort((a, b) => a.index - b.index);
  const nPoints = design?.points ?? (pointList.length ? pointList[pointList.length - 1].index + 1 : 0);
  // The points with their Morris / Sobol' roles: what the sensitivity indices need.
  const roles = design?.roles;

  // Scalar summaries: ensemble statistics per point and pooled; seed means for the sensitivity.
  const withTables = pointList.length <= o.maxTablePoints;
  if (!withTables)
    notes.push(
      `The design has ${pointList.length} points with runs: summary tables pool every run (per-point tables are shown up to ${o.maxTablePoints} points; the SQL in the manifest gives them all).`,
    );
  const summaries: SummaryTable[] = [];
  const outputs = new Map<string, Float64Array>();
  for (const sName of await summaryNames(store, name)) {
    const perPoint = new Map<number, number[]>();
    const all: number[] = [];
    for (const { point: i, status, value } of await summaryValues(store, name, sName)) {
      const v = status === "ok" ? value : Number.NaN;
      all.push(v);
      const list = perPoint.get(i) ?? [];
      list.push(v);
      perPoint.set(i, list);
    }
    const stats = [...perPoint.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([point, values]) => ({ point, stats: ensembleStats(values) }));
    summaries.push({ name: sName, byPoint: withTables ? stats : [], all: ensembleStats(all) });
    if (roles) {
      const out = new Float64Array(roles.points.length).fill(Number.NaN);
      for (const { point, stats: s } of stats) if (point < out.length) out[point] = s.mean;
      outputs.set(sName, out);
    }
  }
  if (roles && failuresTotal(byStatus) > 0) {
    // Which factors decide whether runs fail at all: the share of a point's runs that ended ok.
    const share = new Float64Array(roles.points.length).fill(Number.NaN);
    for (const p of pointList) if (p.index < share.length) share[p.index] = p.byStatus.ok / p.runs;
    const rest = [...outputs];
    outputs.clear();
    outputs.set(OK_SHARE, share);
    for (const [k, v] of rest) outputs.set(k, v);
  }
  const sensitivity = roles ? sensitivityOf(roles, outputs, { bootstrap: o.bootstrap }) : undefined;

  // Series: bands per point (an evenly spaced selection of at most maxBandPoints) and pooled.
  const metricNames = mergeMetricLists(await seriesMetricLists(store, name));
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

  const failures: FailedRun[] = await failedRuns(store, name, o.maxFailures);

  const seeds = stored?.seeds ?? (await storedSeeds(store, name));

  return {
    name,
    description: stored?.description,
    model: row.model,
    modelVersion: row.modelVersion,
    softwareVersion: row.softwareVersion,
    createdAt: row.createdAt,
    spec: specInOrder(rawSpec, factorNames),
    design: {
      kind: (stored?.design.kind ?? design?.kind ?? "grid") as DesignKind,
      factors: factorNames,
      points: nPoints,
      recovered: design !== null,
    },
    seeds,
    horizon: stored?.horizon ?? null,
    plannedRuns: row.plannedRuns,
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
  const names = await experimentNamesByAge(store);
  if (experiment !== undefined && !names.includes(experiment))
    throw new UserError(
      `${store.path}: no experiment '${experiment}'${suggestion(experiment, names)}; stored: ${names.join(", ") || "none"}`,
    );
  const out: ReportData[] = [];
  for (const name of experiment === undefined ? names : [experiment]) out.push(await loadOne(store, name, o));
  return out;
}
