import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { UserError } from "./errors.ts";
import { setLimits } from "./limits.ts";
import { readInputText } from "./read-file.ts";

const dir = mkdtempSync(join(tmpdir(), "refusal-read-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const errorOf = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return (e as Error).message;
  }
  throw new Error("expected a UserError");
};

describe("readInputText", () => {
  it("readInputText() refuses a FIFO at once, without waiting for a writer", () => {
    const fifo = join(dir, "pipe.yaml");
    execFileSync("mkfifo", [fifo]);
    expect(errorOf(() => readInputText(fifo, "scenario file"))).toBe(
      `${fifo}: cannot read: a named pipe (FIFO), expected a regular scenario file`,
    );
  });

  it("readInputText() refuses devices and directories", () => {
    expect(errorOf(() => readInputText("/dev/zero"))).toBe(
      "/dev/zero: cannot read: a character device, expected a regular file",
    );
    expect(errorOf(() => readInputText(dir))).toMatch(/: cannot read: (is a directory|a directory)/);
    expect(errorOf(() => readInputText(join(dir, "missing.yaml")))).toMatch(/: cannot read: no such file$/);
  });

  it("readInputText() refuses a file over the size limit before parsing it, naming the flag", () => {
    const big = join(dir, "big.yaml");
    writeFileSync(big, "x".repeat(3000));
    const before = setLimits({ maxFileBytes: 2048 });
    try {
      expect(errorOf(() => readInputText(big, "scenario file"))).toBe(
        `${big}: 2.93 KiB is larger than the limit of 2 KiB for a scenario file (raise it with --max-file-size MiB)`,
      );
      setLimits({ maxFileBytes: 4096 });
      expect(readInputText(big)).toHaveLength(3000);
    } finally {
      setLimits(before);
    }
  });
});
