import { type DuckDBConnection, type DuckDBPreparedStatement, StatementType } from "@duckdb/node-api";
import { UserError } from "../scenario/errors.ts";
import { firstLine } from "./errors.ts";

/**
 * DuckDB settings of a database opened for `refusal query`: read-only, no file system or network
 * (no COPY TO, EXPORT, ATTACH, read_csv('/etc/passwd'), glob(), INSTALL), no extension loaded or
 * installed by itself, and the configuration locked so that no statement can change it back.
 */
export const QUERY_CONFIG: Readonly<Record<string, string>> = Object.freeze({
  access_mode: "READ_ONLY",
  enable_external_access: "false",
  autoload_known_extensions: "false",
  autoinstall_known_extensions: "false",
  allow_community_extensions: "false",
  lock_configuration: "true",
});

/**
 * Statement kinds `refusal query` runs, by DuckDB's own classification of the prepared
 * statement: SELECT (also WITH, VALUES, FROM, DESCRIBE, SHOW, SUMMARIZE and the PRAGMAs that are
 * table functions, e.g. `PRAGMA table_info('runs')`, which DuckDB plans as SELECTs) and EXPLAIN
 * (of a SELECT). Everything else (SET, PRAGMA calls, CALL, COPY, EXPORT, ATTACH, INSTALL, LOAD,
 * transactions, DDL, DML) is refused before it runs.
 */
const ALLOWED = new Set<number>([StatementType.SELECT, StatementType.EXPLAIN]);

const NAMES: Record<number, string> = Object.fromEntries(
  Object.entries(StatementType)
    .filter(([, v]) => typeof v === "number")
    .map(([k, v]) => [v as number, k]),
);

/** The text after `EXPLAIN [ANALYZE] [(options)]`, comments and whitespace skipped; undefined if none. */
export function explained(sql: string): string | undefined {
  let i = 0;
  const skip = () => {
    for (;;) {
      while (i < sql.length && /\s/.test(sql[i])) i++;
      if (sql.startsWith("--", i)) {
        const nl = sql.indexOf("\n", i);
        i = nl < 0 ? sql.length : nl + 1;
      } else if (sql.startsWith("/*", i)) {
        const end = sql.indexOf("*/", i + 2);
        i = end < 0 ? sql.length : end + 2;
      } else return;
    }
  };
  const word = (w: string) => {
    skip();
    const next = sql.slice(i, i + w.length);
    if (next.toUpperCase() !== w || /[A-Za-z0-9_]/.test(sql[i + w.length] ?? "")) return false;
    i += w.length;
    return true;
  };
  if (!word("EXPLAIN")) return undefined;
  word("ANALYZE");
  skip();
  if (sql[i] === "(") {
    const close = sql.indexOf(")", i);
    if (close < 0) return undefined;
    i = close + 1;
  }
  return sql.slice(i);
}

async function prepareOne(conn: DuckDBConnection, sql: string): Promise<DuckDBPreparedStatement> {
  let extracted: Awaited<ReturnType<DuckDBConnection["extractStatements"]>>;
  try {
    extracted = await conn.extractStatements(sql);
  } catch (e) {
    const m = firstLine(e);
    if (/native callback/i.test(m) || sql.trim().replace(/;/g, "").trim() === "")
      throw new UserError("query: expected one SQL statement, got none");
    throw new UserError(`query: ${m.replace(/^Failed to extract statements: /, "")}`);
  }
  if (extracted.count !== 1)
    throw new UserError(
      `query: expected one SQL statement, got ${extracted.count} (refusal query runs a single read-only statement)`,
    );
  try {
    return await extracted.prepare(0);
  } catch (e) {
    throw new UserError(`query: ${firstLine(e)}`);
  }
}

/**
 * Prepare `sql` as exactly one read-only statement (see ALLOWED), checked with DuckDB's own
 * statement type; otherwise a one-line UserError saying what kind of statement it is.
 */
export async function prepareReadOnly(conn: DuckDBConnection, sql: string): Promise<DuckDBPreparedStatement> {
  const stmt = await prepareOne(conn, sql);
  const type = stmt.statementType;
  if (!ALLOWED.has(type)) {
    stmt.destroySync();
    throw new UserError(
      `query: ${NAMES[type] ?? `statement type ${type}`} statements are not allowed: refusal query runs one read-only statement (SELECT, WITH, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN, PRAGMA table_info)`,
    );
  }
  if (type === StatementType.EXPLAIN) {
    const inner = explained(sql);
    const innerStmt = inner === undefined ? undefined : await prepareOne(conn, inner).catch(() => undefined);
    const ok = innerStmt?.statementType === StatementType.SELECT;
    innerStmt?.destroySync();
    if (!ok) {
      stmt.destroySync();
      throw new UserError("query: EXPLAIN is allowed only of a read-only query (SELECT, WITH, ...)");
    }
  }
  return stmt;
}
