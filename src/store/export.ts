import { mkdirSync, renameSync, rmSync } from "node:fs";
import { dirname } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { OutputError, UserError } from "../scenario/errors.ts";
import { firstLine } from "./errors.ts";
import { sqlIdent, sqlString } from "./sql-quote.ts";
import type { ExportFormat, ExportResult } from "./types.ts";

/** The series file beside a runs file: `out.csv` -> `out.series.csv`, `out` -> `out.series`. */
export function seriesPathFor(outPath: string): string {
  const m = /^(.*[^/\\])(\.[A-Za-z0-9]+)$/.exec(outPath);
  return m ? `${m[1]}.series${m[2]}` : `${outPath}.series`;
}

type ParamKind = "integer" | "double" | "boolean" | "string" | "json";

/**
 * Flatten params to dotted paths (`{a: {b: 1}}` -> `a.b`); arrays and nulls stay whole (kind
 * `json`). Returns, for each path, the kind every run agrees on (`json` when they differ), in
 * first-seen order.
 */
export function paramColumns(
  paramsList: readonly Record<string, unknown>[],
): Map<string, { path: string[]; kind: ParamKind }> {
  const cols = new Map<string, { path: string[]; kind: ParamKind }>();
  const visit = (v: unknown, path: string[]): void => {
    if (v !== null && typeof v === "object" && !Array.isArray(v)) {
      for (const [k, x] of Object.entries(v)) visit(x, [...path, k]);
      return;
    }
    const kind: ParamKind =
      typeof v === "number"
        ? Number.isSafeInteger(v)
          ? "integer"
          : "double"
        : typeof v === "boolean"
          ? "boolean"
          : typeof v === "string"
            ? "string"
            : "json";
    const name = path.join(".");
    const prev = cols.get(name);
    if (!prev) cols.set(name, { path, kind });
    else if (prev.kind !== kind)
      prev.kind =
        (prev.kind === "integer" && kind === "double") || (prev.kind === "double" && kind === "integer")
          ? "double"
          : "json";
  };
  for (const p of paramsList) visit(p, []);
  return cols;
}

/** SQL that reads one flattened parameter out of `r.params` with the column type its kind asks. */
function paramExpr(path: string[], kind: ParamKind): string {
  const pointer = sqlString(`/${path.map((k) => k.replaceAll("~", "~0").replaceAll("/", "~1")).join("/")}`);
  switch (kind) {
    case "integer":
      return `CAST(json_extract(r.params, ${pointer}) AS BIGINT)`;
    case "double":
      return `CAST(json_extract(r.params, ${pointer}) AS DOUBLE)`;
    case "boolean":
      return `CAST(json_extract(r.params, ${pointer}) AS BOOLEAN)`;
    case "string":
      return `json_extract_string(r.params, ${pointer})`;
    default:
      return `CAST(json_extract(r.params, ${pointer}) AS VARCHAR)`;
  }
}

/** The SELECT of the runs file: fixed columns, `param.<path>` columns, `summary.<name>` columns. */
export async function runsExportSql(conn: DuckDBConnection, experiment: string): Promise<string> {
  const exp = sqlString(experiment);
  const paramsRows = await conn.runAndReadAll(
    `SELECT DISTINCT CAST(r.params AS VARCHAR) FROM experiment_runs e JOIN runs r USING (run_key) WHERE e.experiment = ${exp}`,
  );
  const params = paramColumns(paramsRows.getRowsJS().map((row) => JSON.parse(String(row[0]))));
  const namesRows = await conn.runAndReadAll(
    `SELECT DISTINCT s.name FROM experiment_runs e JOIN summaries s USING (run_key) WHERE e.experiment = ${exp} ORDER BY s.name`,
  );
  const names = namesRows.getRowsJS().map((row) => String(row[0]));
  const paramSel = [...params].map(
    ([name, c]) => `${paramExpr(c.path, c.kind)} AS ${sqlIdent(`param.${name}`)}`,
  );
  const pivot = names.map(
    (n) => `max(value) FILTER (WHERE name = ${sqlString(n)}) AS ${sqlIdent(`summary.${n}`)}`,
  );
  const summarySel = names.map((n) => `s.${sqlIdent(`summary.${n}`)}`);
  const summaryJoin = names.length
    ? `LEFT JOIN (SELECT run_key, ${pivot.join(", ")} FROM summaries
         WHERE run_key IN (SELECT run_key FROM experiment_runs WHERE experiment = ${exp}) GROUP BY run_key) s USING (run_key)`
    : "";
  return `SELECT e.experiment, e.point_index, e.seed, r.run_key, r.model, r.model_version, r.status, r.series_hash,
      r.steps, r.t_end, r.horizon, r.error_text, CAST(r.failure AS VARCHAR) AS failure, r.started_at, r.wall_ms, r.worker
      ${[...paramSel, ...summarySel].map((c) => `, ${c}`).join("")}
    FROM experiment_runs e JOIN runs r USING (run_key) ${summaryJoin}
    WHERE e.experiment = ${exp}
    ORDER BY e.point_index, e.seed`;
}

/** The SELECT of the series file: one row per design point, seed, metric and time. */
export function seriesExportSql(experiment: string): string {
  return `SELECT e.point_index, e.seed, r.run_key, r.series_metrics[d.metric_index + 1] AS metric, d.t, d.value
    FROM experiment_runs e JOIN runs r USING (run_key) JOIN series_data d USING (run_id)
    WHERE e.experiment = ${sqlString(experiment)}
    ORDER BY e.point_index, e.seed, d.metric_index, d.t`;
}

/** COPY a query to a file through a temporary name, renamed into place when complete. */
async function copyTo(
  conn: DuckDBConnection,
  select: string,
  format: ExportFormat,
  out: string,
): Promise<number> {
  const tmp = `${out}.tmp-${process.pid}`;
  const opts = format === "parquet" ? "FORMAT parquet, COMPRESSION zstd" : "FORMAT csv, HEADER";
  try {
    mkdirSync(dirname(out), { recursive: true });
    const r = await conn.runAndReadAll(`COPY (${select}) TO ${sqlString(tmp)} (${opts})`);
    renameSync(tmp, out);
    return Number(r.getRowsJS()[0]?.[0] ?? 0);
  } catch (e) {
    rmSync(tmp, { force: true });
    const m = firstLine(e);
    // A write that failed half way (disk full, I/O error) is the environment's: exit 1.
    if (/No space left|ENOSPC|disk is full|Input\/output error|EIO/i.test(m))
      throw new OutputError(
        `--out ${out}: cannot write the export: ${m}; nothing was written (the partial file was removed)`,
      );
    throw new UserError(`--out ${out}: cannot write the export: ${m}`);
  }
}

/**
 * Export an experiment: the runs file at `outPath` (params flattened as `param.<path>`, summaries
 * pivoted wide as `summary.<name>`) and, when it stored series, a long-format series file beside
 * it (see seriesPathFor). Files appear complete or not at all.
 */
export async function exportExperiment(
  conn: DuckDBConnection,
  experiment: string,
  format: ExportFormat,
  outPath: string,
): Promise<ExportResult> {
  const runs = await copyTo(conn, await runsExportSql(conn, experiment), format, outPath);
  const count = await conn.runAndReadAll(
    `SELECT count(*) FROM experiment_runs e JOIN runs r USING (run_key) JOIN series_data d USING (run_id)
     WHERE e.experiment = ${sqlString(experiment)}`,
  );
  const n = Number(count.getRowsJS()[0][0]);
  if (n === 0) return { runsFile: outPath, runs, seriesFile: null, seriesRows: 0 };
  const seriesFile = seriesPathFor(outPath);
  const seriesRows = await copyTo(conn, seriesExportSql(experiment), format, seriesFile);
  return { runsFile: outPath, runs, seriesFile, seriesRows };
}
