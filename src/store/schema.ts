import type { DuckDBConnection } from "@duckdb/node-api";
import { UserError } from "../scenario/errors.ts";
import { notADatabaseMessage } from "./errors.ts";

/**
 * Version of the tables below; a database with a higher one was written by a newer refusal.
 * 1: the first schema. 2: + `designs` and `design_roles` (the design a sweep expanded).
 */
export const SCHEMA_VERSION = 2;

/** Marker in `meta` telling a refusal results database from any other DuckDB file. */
export const APP_NAME = "refusal";

/**
 * The design of each experiment as its sweep expanded it (schema version 2): the factors in design
 * order, the number of points and, for Morris and Sobol' designs, the role of every point.
 */
const DESIGN_DDL: readonly string[] = [
  `CREATE TABLE designs (
    experiment VARCHAR PRIMARY KEY,
    kind VARCHAR NOT NULL,
    factors VARCHAR[] NOT NULL,
    points BIGINT NOT NULL
  )`,
  `CREATE TABLE design_roles (
    experiment VARCHAR NOT NULL,
    point_index INTEGER NOT NULL,
    role JSON NOT NULL,
    PRIMARY KEY (experiment, point_index)
  )`,
];

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
  ...DESIGN_DDL,
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

/**
 * Schema version 1 -> 2: the design tables, empty. Designs of experiments stored before are not
 * known to the store (it cannot expand designs): a sweep that registers such an experiment again
 * stores its design then; until then a report falls back on the stored experiment file (see
 * src/report/legacy-design.ts).
 */
const MIGRATE_1_TO_2: readonly string[] = [
  ...DESIGN_DDL,
  `UPDATE meta SET value = '2' WHERE key = 'schema_version'`,
];

/** Tables and views every refusal results database of this schema has (version 1 lacks the design tables). */
export const REQUIRED_TABLES = [
  "meta",
  "experiments",
  "runs",
  "experiment_runs",
  "summaries",
  "series_data",
  "designs",
  "design_roles",
];
const V2_TABLES = ["designs", "design_roles"];
export const REQUIRED_VIEWS = ["series", "runs_by_experiment"];

const names = async (conn: DuckDBConnection, sql: string): Promise<string[]> =>
  (await conn.runAndReadAll(sql)).getRowsJS().map((row) => String(row[0]));

/**
 * Every user object of the database (tables, views, macros, sequences, types, indexes, schemas),
 * as `kind name`: a database is empty, and may receive refusal's schema, only when there is none.
 */
async function userObjects(
  conn: DuckDBConnection,
): Promise<{ tables: string[]; views: string[]; others: string[] }> {
  const here = "database_name = current_database()";
  const tables = await names(conn, `SELECT table_name FROM duckdb_tables() WHERE ${here} AND NOT temporary`);
  const views = await names(
    conn,
    `SELECT view_name FROM duckdb_views() WHERE ${here} AND NOT internal AND NOT temporary`,
  );
  const others = [
    ...(await names(
      conn,
      `SELECT 'macro ' || function_name FROM duckdb_functions() WHERE ${here} AND NOT internal AND function_type IN ('macro', 'table_macro')`,
    )),
    ...(await names(
      conn,
      `SELECT 'sequence ' || sequence_name FROM duckdb_sequences() WHERE ${here} AND NOT temporary`,
    )),
    ...(await names(conn, `SELECT 'type ' || type_name FROM duckdb_types() WHERE ${here} AND NOT internal`)),
    ...(await names(conn, `SELECT 'index ' || index_name FROM duckdb_indexes() WHERE ${here}`)),
    ...(await names(
      conn,
      `SELECT 'schema ' || schema_name FROM duckdb_schemas() WHERE ${here} AND NOT internal AND schema_name <> 'main'`,
    )),
  ];
  return { tables, views, others };
}

/**
 * What a database holds: nothing (a new file), or a refusal results database of a known schema
 * (`version`: its schema version, at most SCHEMA_VERSION).
 */
export type SchemaState = { kind: "empty" } | { kind: "refusal"; version: number };

/**
 * Check, without writing, that the database is empty or a refusal results database this code
 * understands. Refuses (UserError, one line naming the file and what is wrong): a DuckDB file of
 * something else (its own tables, views, macros..., or a `meta` table that is not refusal's), a
 * refusal database with tables or views missing (damaged), and a schema newer than SCHEMA_VERSION.
 */
export async function inspectSchema(conn: DuckDBConnection, path: string): Promise<SchemaState> {
  const { tables, views, others } = await userObjects(conn);
  if (!tables.includes("meta")) {
    if (tables.length + views.length + others.length === 0) return { kind: "empty" };
    const what = tables.length ? `table '${tables[0]}'` : views.length ? `view '${views[0]}'` : others[0];
    throw new UserError(
      `${notADatabaseMessage(path)}: a DuckDB file of something else (no meta table): it holds ${what}${tables.length + views.length + others.length > 1 ? " and more" : ""}`,
    );
  }
  const cols = await names(
    conn,
    "SELECT column_name || ' ' || data_type FROM duckdb_columns() WHERE database_name = current_database() AND schema_name = 'main' AND table_name = 'meta' ORDER BY column_index",
  );
  if (cols.join(", ") !== "key VARCHAR, value VARCHAR")
    throw new UserError(
      `${notADatabaseMessage(path)}: a DuckDB file of something else (its meta table has columns ${cols.join(", ")})`,
    );
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
  // A version 1 database (no design tables) is read as it is, and migrated when opened for writing.
  const missingTable = REQUIRED_TABLES.find(
    (t) => !tables.includes(t) && (version >= 2 || !V2_TABLES.includes(t)),
  );
  const missingView = REQUIRED_VIEWS.find((v) => !views.includes(v));
  if (missingTable || missingView)
    throw new UserError(
      `${path}: damaged results database: the ${missingTable ? `table '${missingTable}'` : `view '${missingView}'`} is missing (dropped?); restore it from a copy or use another --db`,
    );
  return { kind: "refusal", version };
}

/** Run statements in one transaction. */
async function inTransaction(conn: DuckDBConnection, statements: readonly string[]): Promise<void> {
  await conn.run("BEGIN TRANSACTION");
  try {
    for (const sql of statements) await conn.run(sql);
    await conn.run("COMMIT");
  } catch (e) {
    await conn.run("ROLLBACK").catch(() => undefined);
    throw e;
  }
}

/**
 * Check the database (inspectSchema); when writing is allowed, create the schema in an empty one,
 * or migrate a version 1 database to this version, in one transaction. Nothing is written to a
 * database that is refused, nor to one opened read-only. Returns the schema version now in force.
 */
export async function ensureSchema(conn: DuckDBConnection, path: string, canWrite: boolean): Promise<number> {
  const state = await inspectSchema(conn, path);
  if (state.kind === "refusal") {
    if (state.version === SCHEMA_VERSION || !canWrite) return state.version;
    await inTransaction(conn, MIGRATE_1_TO_2);
    return SCHEMA_VERSION;
  }
  if (!canWrite) throw new UserError(`${path}: an empty database (no results stored yet)`);
  await inTransaction(conn, SCHEMA_DDL);
  return SCHEMA_VERSION;
}
