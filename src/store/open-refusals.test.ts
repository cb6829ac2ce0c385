import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, describe, expect, it } from "vitest";
import { UserError } from "../scenario/errors.ts";
import { Store } from "./store.ts";

const dir = mkdtempSync(join(tmpdir(), "refusal-refuse-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Bytes and modification time of a file, to show it was not touched. */
function snapshot(path: string): { bytes: Buffer; mtimeNs: bigint } {
  return { bytes: readFileSync(path), mtimeNs: statSync(path, { bigint: true }).mtimeNs };
}

describe("Store.open refusals", () => {
  it("open() refuses a file that is not a database, leaving its bytes and mtime unchanged", async () => {
    const path = join(dir, "notes.csv");
    writeFileSync(path, "t,x\n0,1\n1,2\n".repeat(50));
    const before = snapshot(path);
    for (const opts of [{}, { readOnly: true }]) {
      const p = Store.open(path, opts);
      await expect(p).rejects.toThrow(UserError);
      await expect(p).rejects.toThrow(`${path}: not a refusal results database (expected a DuckDB file)`);
    }
    const after = snapshot(path);
    expect(after.bytes.equals(before.bytes)).toBe(true);
    expect(after.mtimeNs).toBe(before.mtimeNs);
    expect(existsSync(`${path}.wal`)).toBe(false);
  });

  it("open() refuses an empty file without writing to it", async () => {
    const path = join(dir, "empty.duckdb");
    writeFileSync(path, "");
    await expect(Store.open(path)).rejects.toThrow(
      `${path}: not a refusal results database (expected a DuckDB file)`,
    );
    expect(statSync(path).size).toBe(0);
  });

  it("open() refuses a DuckDB file of something else, leaving it unchanged", async () => {
    const path = join(dir, "other.duckdb");
    const inst = await DuckDBInstance.create(path);
    const conn = await inst.connect();
    await conn.run("CREATE TABLE prices (day DATE, price DOUBLE)");
    await conn.run("INSERT INTO prices VALUES ('2024-01-01', 1.5)");
    conn.closeSync();
    inst.closeSync();
    const before = snapshot(path);
    await expect(Store.open(path)).rejects.toThrow(
      `${path}: not a refusal results database (expected a DuckDB file): a DuckDB file of something else (no meta table)`,
    );
    const after = snapshot(path);
    expect(after.bytes.equals(before.bytes)).toBe(true);
    expect(after.mtimeNs).toBe(before.mtimeNs);
    // and it is not left locked: DuckDB opens it again
    const again = await DuckDBInstance.create(path, { access_mode: "READ_ONLY" });
    again.closeSync();
  });

  it("open() refuses a directory and a path under a regular file with one-line messages", async () => {
    await expect(Store.open(dir)).rejects.toThrow(`${dir}: is a directory, not a refusal results database`);
    const file = join(dir, "plain.txt");
    writeFileSync(file, "x");
    const under = join(file, "results.duckdb");
    const p = Store.open(under);
    await expect(p).rejects.toThrow(UserError);
    await expect(p).rejects.toThrow(
      /^\S+: cannot create the results database: a part of the path is a file, not a directory$/,
    );
  });

  it("open() creates missing parent directories for a new database", async () => {
    const path = join(dir, "a", "b", "c", "results.duckdb");
    const store = await Store.open(path);
    await store.close();
    expect(statSync(path).isFile()).toBe(true);
  });
});
