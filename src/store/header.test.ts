import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, describe, expect, it } from "vitest";
import { DUCKDB_MAGIC, DUCKDB_MAGIC_OFFSET, fileKind } from "./header.ts";

const dir = mkdtempSync(join(tmpdir(), "refusal-header-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("fileKind", () => {
  it("fileKind() sees 'DUCK' at byte 8 of a file DuckDB itself wrote", async () => {
    const path = join(dir, "real.duckdb");
    const inst = await DuckDBInstance.create(path);
    const conn = await inst.connect();
    await conn.run("CREATE TABLE t (a INTEGER)");
    conn.closeSync();
    inst.closeSync();
    const bytes = readFileSync(path);
    expect(bytes.toString("latin1", DUCKDB_MAGIC_OFFSET, DUCKDB_MAGIC_OFFSET + 4)).toBe(DUCKDB_MAGIC);
    expect(fileKind(path)).toBe("duckdb");
  });

  it("fileKind() calls text, empty and short files 'other', and tells missing files and directories", () => {
    const text = join(dir, "notes.txt");
    writeFileSync(text, "a,b\n1,2\n3,4\n");
    const empty = join(dir, "empty.duckdb");
    writeFileSync(empty, "");
    const short = join(dir, "short.duckdb");
    writeFileSync(short, "12345678DUC");
    const sub = join(dir, "sub");
    mkdirSync(sub);
    expect(fileKind(text)).toBe("other");
    expect(fileKind(empty)).toBe("other");
    expect(fileKind(short)).toBe("other");
    expect(fileKind(join(dir, "nothing.duckdb"))).toBe("missing");
    expect(fileKind(sub)).toBe("directory");
  });
});
