import { accessSync, constants, existsSync, mkdirSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { type DuckDBConnection, DuckDBInstance, INTEGER, VARCHAR } from "@duckdb/node-api";
import { suggestion, UserError } from "../scenario/errors.ts";
import { putDesign, readDesign } from "./designs.ts";
import { firstLine, inUseMessage, notADatabaseMessage, storeError } from "./errors.ts";
import { exportExperiment } from "./export.ts";
import { fileKind, specialKind } from "./header.ts";
import { canonicalJson, toPlain } from "./json.ts";
import { checkRunRecord, RunWriter } from "./put-run.ts";
import { prepareReadOnly, QUERY_CONFIG } from "./read-only-sql.ts";
import { ensureSchema, inspectSchema } from "./schema.ts";
import {
  type ExperimentListing,
  type ExperimentRecord,
  type ExportFormat,
  type ExportResult,
  type PlannedRun,
  type QueryResult,
  RUN_STATUSES,
  type RunRecord,
  type StoredDesign,
  type StoredRunStatus,
} from "./types.ts";

export interface OpenOptions {
  /** Open for reading only (query, export, runs): no schema is created, nothing is written. */
  readOnly?: boolean;
  /**
   * For `refusal query`: read-only, and no statement may touch anything but this database (no file
   * system, network or extension; configuration locked; see read-only-sql.ts). Implies readOnly.
   */
  sandbox?: boolean;
  /** Create the file (and its parent directories) when missing; default: true unless readOnly. */
  create?: boolean;
}

/**
 * Create the directories above a new database file. Node's recursive mkdir reports ENOENT when
 * the real cause is a read-only file system or a file in the way, so on failure the nearest
 * existing ancestor is examined to throw the error that explains it.
 */
function makeParentDirs(file: string): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
  } catch (e) {
    let anc = dirname(file);
    while (!existsSync(anc) && dirname(anc) !== anc) anc = dirname(anc);
    if (!statSync(anc).isDirectory())
      throw Object.assign(new Error(`${anc}: not a directory`), { code: "ENOTDIR" });
    accessSync(anc, constants.W_OK);
    throw e;
  }
}

/** Open an existing DuckDB file read-only and check its schema (nothing written); throws what is wrong. */
async function probeReadOnly(path: string): Promise<void> {
  const probe = await DuckDBInstance.create(path, { access_mode: "READ_ONLY" });
  try {
    const conn = await probe.connect();
    try {
      await inspectSchema(conn, path);
    } finally {
      conn.closeSync();
    }
  } finally {
    probe.closeSync();
  }
}

/**
 * A failure to open an existing DuckDB file: the known causes as their one-line messages (in use,
 * truncated, corrupt, newer DuckDB, ...); anything else DuckDB says about the file still names it
 * as damaged or unreadable (exit 2), never as an internal error.
 */
function damaged(path: string, e: unknown): Error {
  const err = storeError(path, e, "cannot open the database");
  if (err instanceof UserError) return err;
  return Object.assign(
    new UserError(
      `${path}: damaged or unreadable results database: ${firstLine(e)}; restore it from a copy or use another --db`,
    ),
    { cause: e },
  );
}

/** Open a results database for `refusal query`: read-only and sandboxed (see OpenOptions.sandbox). */
export function openQueryStore(path: string): Promise<Store> {
  return Store.open(path, { sandbox: true });
}

/**
 * Databases this process has open: DuckDB's file lock is per process, so a second open of the
 * same file from this process would not be refused by it, and two instances on one file corrupt it.
 */
const openHere = new Set<string>();

/**
 * The results database: an embedded DuckDB file with experiments, runs, summaries and series (see
 * README.md). One writer: the process that opens it read-write holds DuckDB's file lock until
 * close(); calls are serialised, so concurrent putRun() calls from one event loop are safe.
 */
export class Store {
  private chain: Promise<unknown> = Promise.resolve();
  private closed = false;
  private closing: Promise<void> | undefined;
  private writer: RunWriter | undefined;
  private readonly experimentNames = new Set<string>();

  private constructor(
    /** The path as the user gave it (used in messages). */
    readonly path: string,
    readonly readOnly: boolean,
    /** The schema version of the file (1: written before designs were stored; see schema.ts). */
    readonly schemaVersion: number,
    private readonly key: string,
    private readonly instance: DuckDBInstance,
    private readonly conn: DuckDBConnection,
  ) {}

  /**
   * Open (or create) a results database. Refuses with a one-line UserError, touching nothing: a
   * file that is not a DuckDB database or a DuckDB file of something else, a database another
   * process is writing, a schema newer than this code, a place that cannot be written.
   */
  static async open(path: string, opts: OpenOptions = {}): Promise<Store> {
    const readOnly = (opts.readOnly ?? false) || (opts.sandbox ?? false);
    const create = (opts.create ?? !readOnly) && !readOnly;
    const key = resolve(path);
    let kind: ReturnType<typeof fileKind>;
    try {
      kind = fileKind(path);
    } catch (e) {
      throw storeError(path, e, "cannot read the database file");
    }
    if (kind === "directory") throw new UserError(`${path}: is a directory, not a refusal results database`);
    if (kind === "special") {
      let what = "not a regular file";
      try {
        what = specialKind(statSync(path));
      } catch {}
      throw new UserError(`${path}: ${what}, not a refusal results database (a database is a regular file)`);
    }
    if (kind === "other") throw new UserError(notADatabaseMessage(path));
    if (kind === "missing") {
      if (!create) throw new UserError(`${path}: no such results database`);
      try {
        makeParentDirs(key);
      } catch (e) {
        throw storeError(path, e, "cannot create the directory");
      }
    }
    if (openHere.has(key)) throw new UserError(`${inUseMessage(path)} (it is already open in this process)`);
    openHere.add(key); // reserved now, so that two open() calls under way cannot both pass
    // An existing file is looked at read-only first: opening a DuckDB file for writing replays and
    // checkpoints its write-ahead log, so a file of another program (or a damaged one) must be
    // refused before that, to be left byte for byte as it was, its .wal included.
    if (kind === "duckdb" && !readOnly) {
      try {
        await probeReadOnly(path);
      } catch (e) {
        openHere.delete(key);
        throw damaged(path, e);
      }
    }
    let instance: DuckDBInstance;
    try {
      // One DuckDB thread when writing: the writer commits small transactions, and the cores belong
      // to the sweep's worker threads (measured: 1.60x -> see bench/results/sweep-scaling.json).
      instance = await DuckDBInstance.create(
        path,
        opts.sandbox ? { ...QUERY_CONFIG } : readOnly ? { access_mode: "READ_ONLY" } : { threads: "1" },
      );
    } catch (e) {
      openHere.delete(key);
      throw kind === "duckdb" ? damaged(path, e) : storeError(path, e, "cannot open the database");
    }
    let conn: DuckDBConnection | undefined;
    try {
      conn = await instance.connect();
      const version = await ensureSchema(conn, path, !readOnly);
      const store = new Store(path, readOnly, version, key, instance, conn);
      if (!readOnly) store.writer = await RunWriter.create(conn);
      return store;
    } catch (e) {
      openHere.delete(key);
      conn?.closeSync();
      instance.closeSync();
      throw kind === "duckdb" ? damaged(path, e) : storeError(path, e, "cannot open the database");
    }
  }

  /** Run `fn` after every call before it has finished: one statement sequence at a time. */
  private exclusive<T>(what: string, fn: () => Promise<T>): Promise<T> {
    const run = this.chain.then(() => {
      if (this.closed) throw new Error(`${this.path}: ${what} after close()`);
      return fn();
    });
    this.chain = run.catch(() => undefined);
    return run;
  }

  private writable(what: string): RunWriter {
    if (this.readOnly || !this.writer) throw new Error(`${this.path}: ${what} on a store opened read-only`);
    return this.writer;
  }

  /**
   * Record an experiment, and its design when the record has one, in one transaction. Idempotent
   * for the same name, spec, model and model version (a resumed sweep); the same name with
   * anything different is refused, since its stored runs would no longer answer the experiment.
   * An experiment stored without its design (by an older refusal) gets it now.
   */
  putExperiment(rec: ExperimentRecord): Promise<void> {
    return this.exclusive("putExperiment", async () => {
      this.writable("putExperiment");
      const spec = canonicalJson(rec.spec);
      try {
        await this.conn.run("BEGIN TRANSACTION");
        const r = await this.conn.runAndReadAll(
          "SELECT model, model_version, CAST(spec AS VARCHAR) FROM experiments WHERE name = $1",
          [rec.name],
          [VARCHAR],
        );
        const old = r.getRowsJS()[0];
        if (old) {
          const [model, version, oldSpec] = old.map(String);
          const what =
            model !== rec.model || version !== rec.modelVersion
              ? `model ${model} ${version} (now ${rec.model} ${rec.modelVersion})`
              : canonicalJson(JSON.parse(oldSpec)) !== spec
                ? "a different experiment file"
                : undefined;
          if (what)
            throw new UserError(
              `${this.path}: experiment '${rec.name}' is already stored with ${what}; give the experiment a new name or use another --db`,
            );
          if (rec.plannedRuns !== undefined)
            await this.conn.run(
              "UPDATE experiments SET planned_runs = $2 WHERE name = $1 AND planned_runs IS DISTINCT FROM $2",
              [rec.name, rec.plannedRuns],
              [VARCHAR, INTEGER],
            );
        } else {
          await this.conn.run(
            `INSERT INTO experiments (name, model, model_version, spec, planned_runs, software_version)
             VALUES ($1, $2, $3, $4, $5, $6)`,
            [rec.name, rec.model, rec.modelVersion, spec, rec.plannedRuns ?? null, rec.softwareVersion],
            [VARCHAR, VARCHAR, VARCHAR, VARCHAR, INTEGER, VARCHAR],
          );
        }
        if (rec.design) await putDesign(this.conn, this.path, rec.name, rec.design);
        await this.conn.run("COMMIT");
      } catch (e) {
        await this.conn.run("ROLLBACK").catch(() => undefined);
        throw storeError(this.path, e, `cannot store experiment '${rec.name}'`);
      }
      this.experimentNames.add(rec.name);
    });
  }

  /**
   * The design an experiment's sweep stored (factor order, points, Morris / Sobol' roles); null
   * when none is: an experiment stored by an older refusal and not swept since, or one whose runs
   * were given point by point (a thesis's stages).
   */
  design(experiment: string): Promise<StoredDesign | null> {
    return this.exclusive("design", async () => {
      if (this.schemaVersion < 2) return null;
      try {
        return await readDesign(this.conn, experiment);
      } catch (e) {
        throw storeError(this.path, e, `cannot read the design of experiment '${experiment}'`);
      }
    });
  }

  private async hasExperiment(name: string): Promise<boolean> {
    if (this.experimentNames.has(name)) return true;
    const r = await this.conn.runAndReadAll("SELECT 1 FROM experiments WHERE name = $1", [name], [VARCHAR]);
    if (r.currentRowCount === 0) return false;
    this.experimentNames.add(name);
    return true;
  }

  /** Run keys stored for an experiment (or, without one, every run key in the database). */
  storedRunKeys(experiment?: string): Promise<Set<string>> {
    return this.exclusive("storedRunKeys", async () => {
      const r =
        experiment === undefined
          ? await this.conn.runAndReadAll("SELECT run_key FROM runs")
          : await this.conn.runAndReadAll(
              "SELECT DISTINCT run_key FROM experiment_runs WHERE experiment = $1",
              [experiment],
              [VARCHAR],
            );
      return new Set(r.getRowsJS().map((row) => String(row[0])));
    });
  }

  /**
   * Resume: link every planned run whose key is already stored (by this experiment or another
   * one) to this experiment's design point, in one transaction, and return the run keys the
   * experiment now has: the runs a sweep can skip.
   */
  linkStoredRuns(experiment: string, planned: readonly PlannedRun[]): Promise<Set<string>> {
    return this.exclusive("linkStoredRuns", async () => {
      const writer = this.writable("linkStoredRuns");
      if (!(await this.hasExperiment(experiment)))
        throw new Error(`linkStoredRuns: unknown experiment '${experiment}'; call putExperiment first`);
      const c = this.conn;
      try {
        await c.run("BEGIN TRANSACTION");
        await c.run(
          "CREATE OR REPLACE TEMP TABLE planned (point_index INTEGER, seed BIGINT, run_key VARCHAR)",
        );
        const ap = await c.createAppender("planned", "main", "temp");
        try {
          for (const p of planned) {
            ap.appendInteger(p.pointIndex);
            ap.appendBigInt(BigInt(p.seed));
            ap.appendVarchar(p.runKey);
            ap.endRow();
          }
          ap.closeSync();
        } catch (e) {
          ap.clear();
          throw e;
        }
        await c.run(
          `INSERT INTO experiment_runs (experiment, point_index, seed, run_key)
           SELECT $1, p.point_index, p.seed, p.run_key FROM temp.planned p SEMI JOIN runs r USING (run_key)
           ON CONFLICT DO NOTHING`,
          [experiment],
          [VARCHAR],
        );
        await c.run("DROP TABLE temp.planned");
        await c.run("COMMIT");
      } catch (e) {
        await c.run("ROLLBACK").catch(() => undefined);
        writer.forgetLinks(experiment);
        throw storeError(this.path, e, "cannot link stored runs");
      }
      writer.forgetLinks(experiment);
      const r = await c.runAndReadAll(
        "SELECT DISTINCT run_key FROM experiment_runs WHERE experiment = $1",
        [experiment],
        [VARCHAR],
      );
      return new Set(r.getRowsJS().map((row) => String(row[0])));
    });
  }

  /**
   * Resume, a chunk at a time (for plans streamed point by point): link every run of `planned`
   * that is already stored (by this experiment or another) to this experiment's design point.
   * Returns the keys of `planned` that are stored (the runs to skip) and how many links were new.
   * Memory and time grow with the chunk, not with the experiment.
   */
  linkStoredChunk(
    experiment: string,
    planned: readonly PlannedRun[],
  ): Promise<{ stored: Set<string>; linked: number }> {
    return this.exclusive("linkStoredChunk", async () => {
      const writer = this.writable("linkStoredChunk");
      if (!(await this.hasExperiment(experiment)))
        throw new Error(`linkStoredChunk: unknown experiment '${experiment}'; call putExperiment first`);
      try {
        const linked = await writer.linkStored(experiment, planned);
        return {
          stored: new Set(planned.filter((p) => writer.hasRun(p.runKey)).map((p) => p.runKey)),
          linked,
        };
      } catch (e) {
        throw storeError(this.path, e, "cannot link stored runs");
      }
    });
  }

  /** How many design points and seeds of an experiment have a stored run. */
  countLinks(experiment: string): Promise<number> {
    return this.exclusive("countLinks", async () => {
      const r = await this.conn.runAndReadAll(
        "SELECT count(*) FROM experiment_runs WHERE experiment = $1",
        [experiment],
        [VARCHAR],
      );
      return Number(r.getRowsJS()[0][0]);
    });
  }

  /**
   * Store one finished run with its summaries and series, committed on its own in one
   * transaction (a crash leaves the whole run or nothing). Idempotent on the run key: a run
   * already stored is not written twice, only linked to this experiment's design point.
   * Returns whether the run's data was written.
   */
  async putRun(rec: RunRecord): Promise<boolean> {
    checkRunRecord(rec);
    return this.exclusive("putRun", async () => {
      const writer = this.writable("putRun");
      if (!(await this.hasExperiment(rec.experiment)))
        throw new Error(`putRun: unknown experiment '${rec.experiment}'; call putExperiment first`);
      try {
        return await writer.write(rec);
      } catch (e) {
        throw storeError(this.path, e, `cannot store run ${rec.runKey}`);
      }
    });
  }

  /** Experiments with their stored runs counted by status (for `refusal runs`). */
  listExperiments(): Promise<ExperimentListing[]> {
    return this.exclusive("listExperiments", async () => {
      const statusCols = RUN_STATUSES.map((s) => `count(r.run_key) FILTER (WHERE r.status = '${s}')`).join(
        ", ",
      );
      const r = await this.conn.runAndReadAll(
        `SELECT x.name, x.model, x.model_version, x.created_at, x.software_version, x.planned_runs,
           count(r.run_key), ${statusCols}
         FROM experiments x LEFT JOIN experiment_runs e ON e.experiment = x.name
           LEFT JOIN runs r ON r.run_key = e.run_key
         GROUP BY ALL ORDER BY x.created_at, x.name`,
      );
      return r.getRowsJS().map((row) => {
        const v = row.map(toPlain);
        const byStatus = Object.fromEntries(RUN_STATUSES.map((s, i) => [s, Number(v[7 + i])])) as Record<
          StoredRunStatus,
          number
        >;
        return {
          name: String(v[0]),
          model: String(v[1]),
          modelVersion: String(v[2]),
          createdAt: String(v[3]),
          softwareVersion: v[4] === null ? null : String(v[4]),
          plannedRuns: v[5] === null ? null : Number(v[5]),
          runs: Number(v[6]),
          byStatus,
        };
      });
    });
  }

  /**
   * Run one read-only SQL statement (checked by DuckDB's statement type, see read-only-sql.ts) and
   * return plain JSON-able values (see toPlain). A bad or refused statement is the user's: a
   * one-line UserError with DuckDB's message.
   */
  query(sql: string): Promise<QueryResult> {
    return this.exclusive("query", async () => {
      const stmt = await prepareReadOnly(this.conn, sql);
      try {
        const r = await stmt.runAndReadAll();
        return {
          columns: r.deduplicatedColumnNames(),
          types: r.columnTypes().map((t) => t.toString()),
          rows: r.getRowsJS().map((row) => row.map(toPlain)),
        };
      } catch (e) {
        throw new UserError(`query: ${firstLine(e)}`);
      } finally {
        stmt.destroySync();
      }
    });
  }

  /** Export an experiment's runs (and series) to CSV or Parquet; see export.ts and README.md. */
  export(experiment: string, format: ExportFormat, outPath: string): Promise<ExportResult> {
    return this.exclusive("export", async () => {
      if (format !== "csv" && format !== "parquet")
        throw new UserError(`--format ${String(format)}: expected csv or parquet`);
      if (!(await this.hasExperiment(experiment))) {
        const r = await this.conn.runAndReadAll("SELECT name FROM experiments");
        const names = r.getRowsJS().map((row) => String(row[0]));
        throw new UserError(
          `${this.path}: no experiment '${experiment}'${suggestion(experiment, names)}; stored: ${names.join(", ") || "none"}`,
        );
      }
      return exportExperiment(this.conn, experiment, format, outPath);
    });
  }

  /** Close the database (waits for calls under way); the file lock is released. Idempotent. */
  close(): Promise<void> {
    this.closing ??= this.exclusive("close", async () => {
      this.closed = true;
      openHere.delete(this.key);
      try {
        this.conn.closeSync();
        this.instance.closeSync();
      } catch (e) {
        throw storeError(this.path, e, "cannot close the database");
      }
    });
    return this.closing;
  }
}
