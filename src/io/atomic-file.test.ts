import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { OutputError, UserError } from "../scenario/errors.ts";
import { AtomicFile, writeFileAtomic } from "./atomic-file.ts";

const dir = mkdtempSync(join(tmpdir(), "refusal-atomic-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("AtomicFile", () => {
  it("writeFileAtomic() replaces the target only when the whole file is written", () => {
    const p = join(dir, "a.txt");
    writeFileSync(p, "old");
    expect(writeFileAtomic(p, "new text", "the test file")).toBe(8);
    expect(readFileSync(p, "utf8")).toBe("new text");
    expect(readdirSync(dir)).toEqual(["a.txt"]);
  });

  it("AtomicFile.write() turns a short write into one-line OutputError, removing the partial file", () => {
    const p = join(dir, "b.csv");
    writeFileSync(p, "kept");
    let calls = 0;
    const short = {
      writeSync: (_fd: number, _b: Uint8Array, _o: number, l: number) => (calls++ === 0 ? Math.min(l, 3) : 0),
    };
    const f = AtomicFile.open(p, "the series", short);
    expect(() => f.write("t,x\n0,1\n")).toThrow(OutputError);
    expect(() => AtomicFile.open(p, "the series", short).write("abcdef")).toThrow(
      `${p}: cannot write the series: short write (the disk is full?); nothing was written (the partial file was removed)`,
    );
    expect(readFileSync(p, "utf8")).toBe("kept");
    expect(existsSync(`${p}.tmp-${process.pid}`)).toBe(false);
  });

  it("AtomicFile.write() reports ENOSPC as 'disk full' with exit code 1", () => {
    const p = join(dir, "c.json");
    const full = {
      writeSync: () => {
        throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
      },
    };
    try {
      writeFileAtomic(p, "{}", "the series", full);
      throw new Error("expected a failure");
    } catch (e) {
      expect(e).toBeInstanceOf(OutputError);
      expect((e as OutputError).exitCode).toBe(1);
      expect((e as Error).message).toBe(
        `${p}: cannot write the series: disk full; nothing was written (the partial file was removed)`,
      );
    }
    expect(existsSync(p)).toBe(false);
    expect(existsSync(`${p}.tmp-${process.pid}`)).toBe(false);
  });

  it("AtomicFile.open() refuses a place that cannot be written with a UserError", () => {
    expect(() => AtomicFile.open(join(dir, "no", "such", "x.csv"), "the series")).toThrow(UserError);
  });
});
