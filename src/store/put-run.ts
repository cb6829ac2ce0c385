import {
  type DuckDBAppender,
  type DuckDBConnection,
  jsToDuckDBValue,
  LIST,
  listValue,
  TIMESTAMP,
  VARCHAR,
} from "@duckdb/node-api";
import { canonicalJson } from "./json.ts";
import { appendSeries, checkSeries } from "./series-append.ts";
import { RUN_STATUSES, type RunRecord } from "./types.ts";

const VARCHAR_LIST = LIST(VARCHAR);

/** Throws (a programming error of the caller) when a record cannot be stored as given. */
export function checkRunRecord(rec: RunRecord): void {
  if (typeof rec.runKey !== "string" || rec.runKey.length === 0) throw new Error("putRun: empty runKey");
  if (!RUN_STATUSES.includes(rec.status)) throw new Error(`putRun: unknown status '${rec.status}'`);
  if (!Number.isSafeInteger(rec.seed)) throw new Error(`putRun: seed ${rec.seed} is not a safe integer`);
  if (!Number.isInteger(rec.pointIndex) || rec.pointIndex < 0 || rec.pointIndex > 2147483647)
    throw new Error(`putRun: pointIndex ${rec.pointIndex} is not an integer in 0..2^31-1`);
  if (!Number.isInteger(rec.steps) || rec.steps < 0 || rec.steps > 2147483647)
    throw new Error(`putRun: steps ${rec.steps} is not an integer in 0..2^31-1`);
  for (const [name, v] of Object.entries(rec.summary))
    if (typeof v !== "number") throw new Error(`putRun: summary ${name} is not a number`);
  if (rec.series) checkSeries(rec.series);
}

const optString = (a: DuckDBAppender, v: string | null | undefined) =>
  v == null ? a.appendNull() : a.appendVarchar(v);
const optDouble = (a: DuckDBAppender, v: number | null | undefined) =>
  v == null ? a.appendNull() : a.appendDouble(v);

/**
 * The `runs` row, appended in the table's column order (schema.ts): run_key, run_id, model,
 * model_version, params, seed, horizon, status, series_hash, failure, error_text, steps, t_end,
 * started_at, wall_ms, worker, series_metrics, series_rows, stored_at (default).
 */
function appendRunRow(a: DuckDBAppender, rec: RunRecord, runId: number): void {
  a.appendVarchar(rec.runKey);
  a.appendInteger(runId);
  a.appendVarchar(rec.model);
  a.appendVarchar(rec.modelVersion);
  a.appendVarchar(canonicalJson(rec.params));
  a.appendBigInt(BigInt(rec.seed));
  optDouble(a, rec.horizon);
  a.appendVarchar(rec.status);
  optString(a, rec.seriesHash);
  optString(a, rec.failure === undefined ? null : canonicalJson(rec.failure));
  optString(a, rec.errorText);
  a.appendInteger(rec.steps);
  a.appendDouble(rec.tEnd);
  if (rec.startedAt) a.appendValue(jsToDuckDBValue(rec.startedAt, TIMESTAMP), TIMESTAMP);
  else a.appendNull();
  optDouble(a, rec.wallMs);
  optString(a, rec.worker);
  a.appendList(listValue(rec.series?.metrics ?? []), VARCHAR_LIST);
  a.appendInteger(rec.series?.t.length ?? 0);
  a.appendDefault();
  a.endRow();
}

const linkId = (pointIndex: number, seed: number) => `${pointIndex}:${seed}`;

/**
 * The write path of the single writer. It holds the database's write lock, so what is stored
 * can be known in memory: the run keys (loaded at open) and each experiment's links (loaded on
 * first use) answer "is it there?" without a query. The PRIMARY KEYs stay as a safety net.
 */
export class RunWriter {
  private readonly links = new Map<string, Set<string>>();

  private constructor(
    private readonly conn: DuckDBConnection,
    private readonly runKeys: Set<string>,
    private nextRunId: number,
  ) {}

  static async create(conn: DuckDBConnection): Promise<RunWriter> {
    const keys = await conn.runAndReadAll("SELECT run_key FROM runs");
    const next = await conn.runAndReadAll("SELECT coalesce(max(run_id), 0) + 1 FROM runs");
    return new RunWriter(
      conn,
      new Set(keys.getRowsJS().map((r) => String(r[0]))),
      Number(next.getRowsJS()[0][0]),
    );
  }

  /**
   * Fill an appender and flush it into the current transaction. On failure its buffered rows are
   * cleared before it is dropped, so they can never be flushed later into another transaction.
   */
  private async append(table: string, fill: (a: DuckDBAppender) => void): Promise<void> {
    const a = await this.conn.createAppender(table);
    try {
      fill(a);
      a.closeSync();
    } catch (e) {
      try {
        a.clear();
        a.closeSync();
      } catch {
        // the appender is unusable either way; the transaction is rolled back by the caller
      }
      throw e;
    }
  }

  /** Whether a run with this key is stored. */
  hasRun(runKey: string): boolean {
    return this.runKeys.has(runKey);
  }

  /**
   * Link those of `planned` whose run is stored and that are not linked yet, in one transaction;
   * returns how many links were added.
   */
  async linkStored(
    experiment: string,
    planned: readonly { pointIndex: number; seed: number; runKey: string }[],
  ): Promise<number> {
    const links = await this.linksOf(experiment);
    const add = planned.filter((p) => this.runKeys.has(p.runKey) && !links.has(linkId(p.pointIndex, p.seed)));
    if (add.length === 0) return 0;
    await this.conn.run("BEGIN TRANSACTION");
    try {
      await this.append("experiment_runs", (a) => {
        for (const p of add) {
          a.appendVarchar(experiment);
          a.appendInteger(p.pointIndex);
          a.appendBigInt(BigInt(p.seed));
          a.appendVarchar(p.runKey);
          a.endRow();
        }
      });
      await this.conn.run("COMMIT");
    } catch (e) {
      await this.conn.run("ROLLBACK").catch(() => undefined);
      this.forgetLinks(experiment);
      throw e;
    }
    for (const p of add) links.add(linkId(p.pointIndex, p.seed));
    return add.length;
  }

  /** Forget cached links of an experiment (after they were changed by SQL). */
  forgetLinks(experiment: string): void {
    this.links.delete(experiment);
  }

  private async linksOf(experiment: string): Promise<Set<string>> {
    let set = this.links.get(experiment);
    if (!set) {
      const r = await this.conn.runAndReadAll(
        "SELECT point_index, seed FROM experiment_runs WHERE experiment = $1",
        [experiment],
        [VARCHAR],
      );
      set = new Set(r.getRowsJS().map((row) => linkId(Number(row[0]), Number(row[1]))));
      this.links.set(experiment, set);
    }
    return set;
  }

  /**
   * Write one run (its row, summaries and series) and link it to its experiment's design point,
   * in ONE transaction: after a crash the run is either wholly stored or absent. A run whose key
   * is already stored is not written again (its key identifies its results); only the link is
   * added. Returns whether the run's data was written (false: it was already there).
   */
  async write(rec: RunRecord): Promise<boolean> {
    const links = await this.linksOf(rec.experiment);
    const link = linkId(rec.pointIndex, rec.seed);
    const writeData = !this.runKeys.has(rec.runKey);
    const writeLink = !links.has(link);
    if (!writeData && !writeLink) return false;
    const runId = this.nextRunId;
    const c = this.conn;
    await c.run("BEGIN TRANSACTION");
    try {
      if (writeData) {
        await this.append("runs", (a) => appendRunRow(a, rec, runId));
        const names = Object.keys(rec.summary);
        if (names.length > 0)
          await this.append("summaries", (a) => {
            for (const name of names) {
              a.appendVarchar(rec.runKey);
              a.appendVarchar(name);
              a.appendDouble(rec.summary[name]);
              a.endRow();
            }
          });
        const s = rec.series;
        if (s && s.t.length > 0 && s.metrics.length > 0)
          await this.append("series_data", (a) => appendSeries(a, runId, s));
      }
      if (writeLink)
        await this.append("experiment_runs", (a) => {
          a.appendVarchar(rec.experiment);
          a.appendInteger(rec.pointIndex);
          a.appendBigInt(BigInt(rec.seed));
          a.appendVarchar(rec.runKey);
          a.endRow();
        });
      await c.run("COMMIT");
    } catch (e) {
      await c.run("ROLLBACK").catch(() => undefined);
      throw e;
    }
    if (writeData) {
      this.runKeys.add(rec.runKey);
      this.nextRunId++;
    }
    links.add(link);
    return writeData;
  }
}
