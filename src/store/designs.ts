import { BIGINT, type DuckDBConnection, LIST, listValue, VARCHAR } from "@duckdb/node-api";
import { UserError } from "../scenario/errors.ts";
import { canonicalJson } from "./json.ts";
import type { StoredDesign } from "./types.ts";

/** The design's header (kind, factors, points) as stored, or null when none is. */
async function readHeader(conn: DuckDBConnection, experiment: string): Promise<StoredDesign | null> {
  const r = await conn.runAndReadAll(
    "SELECT kind, factors, points FROM designs WHERE experiment = $1",
    [experiment],
    [VARCHAR],
  );
  const row = r.getRowsJS()[0];
  if (!row) return null;
  const [kind, factors, points] = row;
  return { kind: String(kind), factors: (factors as unknown[]).map(String), points: Number(points) };
}

const sameHeader = (a: StoredDesign, b: StoredDesign) =>
  a.kind === b.kind && a.points === b.points && a.factors.join("\u0000") === b.factors.join("\u0000");

/**
 * Store an experiment's design, inside the caller's transaction: once (a design already stored
 * is kept), and refused when the one stored differs in kind, factor order or number of points.
 */
export async function putDesign(
  conn: DuckDBConnection,
  path: string,
  experiment: string,
  design: StoredDesign,
): Promise<void> {
  const old = await readHeader(conn, experiment);
  if (old) {
    if (!sameHeader(old, design))
      throw new UserError(
        `${path}: experiment '${experiment}' is already stored with another design (${old.kind}, factors ${old.factors.join(", ") || "none"}, ${old.points} points); give the experiment a new name or use another --db`,
      );
    return;
  }
  await conn.run(
    "INSERT INTO designs (experiment, kind, factors, points) VALUES ($1, $2, $3, $4)",
    [experiment, design.kind, listValue(design.factors), design.points],
    [VARCHAR, VARCHAR, LIST(VARCHAR), BIGINT],
  );
  const roles = design.roles ?? [];
  if (roles.length === 0) return;
  const a = await conn.createAppender("design_roles");
  try {
    roles.forEach((role, i) => {
      a.appendVarchar(experiment);
      a.appendInteger(i);
      a.appendVarchar(canonicalJson(role));
      a.endRow();
    });
    a.closeSync();
  } catch (e) {
    try {
      a.clear();
      a.closeSync();
    } catch {
      // unusable either way; the caller rolls the transaction back
    }
    throw e;
  }
}

/** The stored design of an experiment with its roles, or null when none is stored. */
export async function readDesign(conn: DuckDBConnection, experiment: string): Promise<StoredDesign | null> {
  const header = await readHeader(conn, experiment);
  if (!header) return null;
  const r = await conn.runAndReadAll(
    "SELECT CAST(role AS VARCHAR) FROM design_roles WHERE experiment = $1 ORDER BY point_index",
    [experiment],
    [VARCHAR],
  );
  const roles = r.getRowsJS().map(([role]) => JSON.parse(String(role)) as Record<string, unknown>);
  return roles.length ? { ...header, roles } : header;
}
