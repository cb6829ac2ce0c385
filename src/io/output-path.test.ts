import { linkSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, describe, expect, it } from "vitest";
import { checkOutputs } from "./output-path.ts";

const dir = mkdtempSync(join(tmpdir(), "refusal-out-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const db = join(dir, "r.duckdb");
writeFileSync(db, "stand-in");
const inputs = [{ path: db, what: "the results database" }];

describe("checkOutputs", () => {
  it("checkOutputs() refuses an output that is the database, by path, symbolic link or hard link", () => {
    expect(() => checkOutputs([{ path: db, flag: "--out" }], inputs)).toThrow(
      `--out ${db}: is the results database ${db} (writing it would destroy it); choose another --out`,
    );
    symlinkSync(db, join(dir, "link.html"));
    expect(() => checkOutputs([{ path: join(dir, "link.html"), flag: "--out" }], inputs)).toThrow(
      /is the results database/,
    );
    linkSync(db, join(dir, "hard.html"));
    expect(() => checkOutputs([{ path: join(dir, "hard.html"), flag: "--out" }], inputs)).toThrow(
      /is the results database/,
    );
    expect(() => checkOutputs([{ path: `${db}.wal`, flag: "--out" }], inputs)).toThrow(
      /the results database's log/,
    );
    expect(() => checkOutputs([{ path: join(dir, ".", "r.duckdb"), flag: "--out" }], inputs)).toThrow(
      /is the results database/,
    );
  });

  it("checkOutputs() refuses an existing output that is a device, a directory or a DuckDB database", async () => {
    expect(() => checkOutputs([{ path: "/dev/null", flag: "--out" }], [])).toThrow(
      /exists and is not a regular file/,
    );
    expect(() => checkOutputs([{ path: dir, flag: "--out" }], [])).toThrow(
      /not a regular file \(a directory\)/,
    );
    const other = join(dir, "other.duckdb");
    const inst = await DuckDBInstance.create(other);
    inst.closeSync();
    expect(() => checkOutputs([{ path: other, flag: "--out" }], [])).toThrow(
      /is a DuckDB database; refusal never replaces a database with an output/,
    );
  });

  it("checkOutputs() accepts a new file and an existing plain output", () => {
    writeFileSync(join(dir, "old.csv"), "x");
    expect(() =>
      checkOutputs(
        [
          { path: join(dir, "new.csv"), flag: "--out" },
          { path: join(dir, "old.csv"), flag: "--out (its series file)" },
        ],
        inputs,
      ),
    ).not.toThrow();
  });
});
