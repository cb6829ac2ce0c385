import { execFileSync } from "node:child_process";
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

/** A DuckDB file left by a process that exited with its last writes only in the write-ahead log. */
function foreignWithWal(path: string): void {
  const script = `import { DuckDBInstance } from "@duckdb/node-api";
const i = await DuckDBInstance.create(${JSON.stringify(path)}); const c = await i.connect();
await c.run("CREATE TABLE prices (a INT, b VARCHAR)");
await c.run("INSERT INTO prices SELECT range, 'x' FROM range(1000)");
await c.run("CHECKPOINT");
await c.run("INSERT INTO prices SELECT range, 'y' FROM range(20000)");
process.exit(0);`;
  execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: process.cwd() });
}

async function duck(path: string, ...sql: string[]): Promise<void> {
  const inst = await DuckDBInstance.create(path);
  const conn = await inst.connect();
  for (const s of sql) await conn.run(s);
  conn.closeSync();
  inst.closeSync();
}

describe("Store.open leaves foreign and damaged files alone", () => {
  it("open() refuses another program's DuckDB file with a pending WAL, leaving file and WAL byte for byte", async () => {
    const path = join(dir, "wal.duckdb");
    foreignWithWal(path);
    const before = [readFileSync(path), readFileSync(`${path}.wal`)];
    expect(before[1].length).toBeGreaterThan(0);
    await expect(Store.open(path)).rejects.toThrow(
      /a DuckDB file of something else \(no meta table\): it holds table 'prices'$/,
    );
    expect(readFileSync(path).equals(before[0])).toBe(true);
    expect(readFileSync(`${path}.wal`).equals(before[1])).toBe(true);
  });

  it("open() refuses a DuckDB file holding only views or macros, writing nothing into it", async () => {
    for (const [name, sql] of [
      ["views.duckdb", "CREATE VIEW v AS SELECT 42 AS x"],
      ["macros.duckdb", "CREATE MACRO twice(a) AS a * 2"],
    ]) {
      const path = join(dir, name);
      await duck(path, sql);
      const before = readFileSync(path);
      await expect(Store.open(path)).rejects.toThrow(
        /a DuckDB file of something else \(no meta table\): it holds (view 'v'|macro twice)$/,
      );
      expect(readFileSync(path).equals(before)).toBe(true);
    }
  });

  it("open() names a truncated file, a refusal database with a dropped table, and a foreign meta table", async () => {
    const good = join(dir, "good.duckdb");
    await (await Store.open(good)).close();
    const truncated = join(dir, "truncated.duckdb");
    writeFileSync(truncated, readFileSync(good).subarray(0, 20_000));
    await expect(Store.open(truncated, { readOnly: true })).rejects.toThrow(
      `${truncated}: damaged results database: the file is truncated (shorter than its own header says); restore it from a copy or use another --db`,
    );
    const dropped = join(dir, "dropped.duckdb");
    writeFileSync(dropped, readFileSync(good));
    await duck(dropped, "DROP VIEW runs_by_experiment", "DROP TABLE runs CASCADE");
    await expect(Store.open(dropped)).rejects.toThrow(
      `${dropped}: damaged results database: the table 'runs' is missing (dropped?); restore it from a copy or use another --db`,
    );
    const meta = join(dir, "meta.duckdb");
    await duck(meta, "CREATE TABLE meta (id INTEGER, note TEXT)");
    await expect(Store.open(meta, { readOnly: true })).rejects.toThrow(
      /a DuckDB file of something else \(its meta table has columns id INTEGER, note VARCHAR\)$/,
    );
  });

  it("open() refuses a FIFO and a device at once, reading nothing from them", async () => {
    const fifo = join(dir, "fifo.duckdb");
    execFileSync("mkfifo", [fifo]);
    await expect(Store.open(fifo)).rejects.toThrow(
      `${fifo}: a named pipe (FIFO), not a refusal results database (a database is a regular file)`,
    );
    await expect(Store.open("/dev/zero")).rejects.toThrow(
      "/dev/zero: a character device, not a refusal results database (a database is a regular file)",
    );
  });
});
