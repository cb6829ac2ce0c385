import type { DuckDBConnection } from "@duckdb/node-api";
import { UserError } from "../scenario/errors.ts";
import { notADatabaseMessage } from "./errors.ts";

/** Version of the tables below; a database with a higher one was written by a newer refusal. */
export const SCHEMA_VERSION = 1;

/** Marker in `meta` telling a refusal results database from any other DuckDB file. */
export const APP_NAME = "refusal";

/** The tables and views (documented in README.md); created in one transaction. */
export const SCHEMA_DDL: readonly string[] = [
  `CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)`,
  `CREATE TABLE experiments (
    name VARCHAR PRIMARY KEY,
    model VARCHAR NOT NULL,
    model_version VARCHAR NOT NULL,
    spec JSON NOT NULL,
    planned_runs INTEGER,
    created_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
    software_version VARCHAR
  )`,
  `CREATE TABLE runs (
    run_key VARCHAR PRIMARY KEY,
    run_id INTEGER NOT NULL,
    model VARCHAR NOT NULL,
    model_version VARCHAR NOT NULL,
    params JSON NOT NULL,
    seed BIGINT NOT NULL,
    horizon DOUBLE,
    status VARCHAR NOT NULL CHECK (status IN ('ok', 'diverged', 'invariant-failed', 'error')),
    series_hash VARCHAR,
    failure JSON,
    error_text VARCHAR,
    steps INTEGER NOT NULL,
    t_end DOUBLE NOT NULL,
    started_at TIMESTAMP,
    wall_ms DOUBLE,
    worker VARCHAR,
    series_metrics VARCHAR[] NOT NULL,
    series_rows INTEGER NOT NULL,
    stored_at TIMESTAMP NOT NULL DEFAULT current_timestamp
  )`,
  `CREATE TABLE experiment_runs (
    experiment VARCHAR NOT NULL,
    point_index INTEGER NOT NULL,
    seed BIGINT NOT NULL,
    run_key VARCHAR NOT NULL,
    PRIMARY KEY (experiment, point_index, seed)
  )`,
  `CREATE TABLE summaries (run_key VARCHAR NOT NULL, name VARCHAR NOT NULL, value DOUBLE)`,
  `CREATE TABLE series_data (run_id INTEGER NOT NULL, metric_index SMALLINT NOT NULL, t DOUBLE NOT NULL, value DOUBLE)`,
  `CREATE VIEW series AS
    SELECT r.run_key, r.series_metrics[d.metric_index + 1] AS metric, d.t, d.value
    FROM series_data d JOIN runs r USING (run_id)`,
  `CREATE VIEW runs_by_experiment AS
    SELECT e.experiment, e.point_index, r.*
    FROM experiment_runs e JOIN runs r USING (run_key)`,
  `INSERT INTO meta VALUES ('app', '${APP_NAME}'), ('schema_version', '${SCHEMA_VERSION}')`,
];

/** Names of the user tables in the database (main schema). */
async function tableNames(conn: DuckDBConnection): Promise<string[]> {
  const r = await conn.runAndReadAll(
    "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() AND NOT temporary",
  );
  return r.getRowsJS().map((row) => String(row[0]));
}

/**
 * Check that the database is a refusal results database of a schema this code understands,
 * creating the schema in an empty database when allowed. Refuses (UserError) a DuckDB file of
 * something else, and a schema newer than SCHEMA_VERSION, before writing anything.
 */
export async function ensureSchema(conn: DuckDBConnection, path: string, canCreate: boolean): Promise<void> {
  const tables = await tableNames(conn);
  if (!tables.includes("meta")) {
    if (tables.length > 0)
      throw new UserError(`${notADatabaseMessage(path)}: a DuckDB file of something else (no meta table)`);
    if (!canCreate) throw new UserError(`${path}: an empty database (no results stored yet)`);
    await conn.run("BEGIN TRANSACTION");
    try {
      for (const sql of SCHEMA_DDL) await conn.run(sql);
      await conn.run("COMMIT");
    } catch (e) {
      await conn.run("ROLLBACK").catch(() => undefined);
      throw e;
    }
    return;
  }
  const r = await conn.runAndReadAll("SELECT key, value FROM meta");
  const meta = new Map(r.getRowsJS().map((row) => [String(row[0]), String(row[1])]));
  if (meta.get("app") !== APP_NAME)
    throw new UserError(
      `${notADatabaseMessage(path)}: a DuckDB file of something else (meta.app is not '${APP_NAME}')`,
    );
  const version = Number(meta.get("schema_version"));
  if (!Number.isInteger(version) || version < 1)
    throw new UserError(
      `${path}: damaged results database (meta.schema_version is '${meta.get("schema_version")}')`,
    );
  if (version > SCHEMA_VERSION)
    throw new UserError(
      `${path}: written by a newer refusal (schema version ${version}, this one reads up to ${SCHEMA_VERSION}); upgrade refusal`,
    );
  // version === SCHEMA_VERSION: nothing to migrate (the first schema).
}
