import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UserError } from "../scenario/errors.ts";
import { openQueryStore, Store } from "./store.ts";
import { syntheticRun } from "./testing/fixtures.ts";

const dir = mkdtempSync(join(tmpdir(), "refusal-query-"));
const db = join(dir, "r.duckdb");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  const s = await Store.open(db);
  await s.putExperiment({
    name: "exp",
    model: "synthetic",
    modelVersion: "1.0.0",
    spec: {},
    softwareVersion: "t",
  });
  await s.putRun(syntheticRun(0));
  await s.close();
});

/** The one-line message of a refused query. */
async function refusal(sql: string): Promise<string> {
  const s = await openQueryStore(db);
  try {
    await s.query(sql);
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    expect((e as Error).message).not.toContain("\n");
    return (e as Error).message;
  } finally {
    await s.close();
  }
  throw new Error(`expected ${sql} to be refused`);
}

describe("openQueryStore", () => {
  it("openQueryStore() runs SELECT, WITH, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN and PRAGMA table_info", async () => {
    const s = await openQueryStore(db);
    try {
      expect((await s.query("SELECT count(*) AS n FROM runs")).rows).toEqual([[1]]);
      expect((await s.query("WITH x AS (SELECT 2 AS v) SELECT v FROM x")).rows).toEqual([[2]]);
      for (const sql of [
        "DESCRIBE runs",
        "SHOW TABLES",
        "SUMMARIZE summaries",
        "EXPLAIN SELECT 1",
        "PRAGMA table_info('runs')",
      ])
        expect((await s.query(sql)).rows.length).toBeGreaterThan(0);
    } finally {
      await s.close();
    }
  });

  it("openQueryStore() refuses COPY ... TO, and writes no file", async () => {
    const out = join(dir, "pwned.csv");
    expect(await refusal(`COPY (SELECT 'pwned') TO '${out}'`)).toMatch(/^query: /);
    expect(existsSync(out)).toBe(false);
  });

  it("openQueryStore() refuses EXPORT DATABASE, ATTACH, SET, INSTALL, LOAD, CALL and PRAGMA calls", async () => {
    expect(await refusal(`EXPORT DATABASE '${join(dir, "dump")}'`)).toMatch(/^query: /);
    expect(await refusal(`ATTACH '${join(dir, "other.duckdb")}'`)).toMatch(
      /^query: ATTACH statements are not allowed/,
    );
    expect(await refusal("SET threads = 1")).toMatch(/^query: SET statements are not allowed/);
    expect(await refusal("INSTALL httpfs")).toMatch(/^query: LOAD statements are not allowed/);
    expect(await refusal("LOAD httpfs")).toMatch(/^query: LOAD statements are not allowed/);
    expect(await refusal("CHECKPOINT")).toMatch(/^query: CALL statements are not allowed/);
    expect(await refusal("PRAGMA enable_profiling")).toMatch(/^query: PRAGMA statements are not allowed/);
    expect(await refusal("EXPLAIN ANALYZE SET VARIABLE x = 1")).toMatch(
      /^query: EXPLAIN is allowed only of a read-only query/,
    );
    expect(readdirSync(dir).sort()).toEqual(["r.duckdb"]);
  });

  it("openQueryStore() cannot read the machine: read_csv, read_text, glob, getenv", async () => {
    expect(await refusal("SELECT * FROM read_csv('/etc/passwd')")).toMatch(
      /file system operations are disabled/,
    );
    expect(await refusal("SELECT * FROM read_text('/etc/passwd')")).toMatch(
      /file system operations are disabled/,
    );
    expect(await refusal("SELECT * FROM glob('/root/*')")).toMatch(/file system operations are disabled/);
    expect(await refusal("SELECT getenv('HOME')")).toMatch(/^query: Catalog Error: .*getenv/);
  });

  it("openQueryStore() runs exactly one statement", async () => {
    expect(await refusal("SELECT 1; SELECT 2")).toBe(
      "query: expected one SQL statement, got 2 (refusal query runs a single read-only statement)",
    );
    expect(await refusal(" ; ")).toBe("query: expected one SQL statement, got none");
    expect(await refusal("SELEC 1")).toMatch(/^query: Parser Error: syntax error at or near "SELEC"/);
  });
});
