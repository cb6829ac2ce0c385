import { afterEach, describe, expect, it, vi } from "vitest";
import { capAtCores, parseWorkers } from "./flags.ts";

describe("thread-count flags", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  /** What the call printed on stderr. */
  const stderrOf = (f: () => unknown): { value: unknown; stderr: string } => {
    let stderr = "";
    vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
      stderr += String(chunk);
      return true;
    });
    const value = f();
    vi.restoreAllMocks();
    return { value, stderr };
  };

  it("parseWorkers() caps --workers at the cores of the machine with a one-line note (--workers 1024 on 2 cores: 2 threads)", () => {
    expect(stderrOf(() => parseWorkers("1024", 2))).toEqual({
      value: 2,
      stderr: "refusal: note: --workers 1024: this machine has 2 cores; using 2\n",
    });
    expect(stderrOf(() => parseWorkers("2", 2))).toEqual({ value: 2, stderr: "" });
    expect(stderrOf(() => parseWorkers("0", 2))).toEqual({ value: 0, stderr: "" });
    expect(stderrOf(() => parseWorkers(undefined, 2))).toEqual({ value: undefined, stderr: "" });
  });

  it("parseWorkers() refuses what is not an integer from 0 to 1024, before any cap", () => {
    for (const bad of ["1025", "-1", "1.5", "", "x", "1e300"])
      expect(() => parseWorkers(bad, 2)).toThrow(
        /^--workers: expected an integer from 0 \(inline\) to 1024, got /,
      );
  });

  it("capAtCores() says 'core' for one core, and leaves counts within the cores alone", () => {
    expect(stderrOf(() => capAtCores(8, "--concurrency", 1))).toEqual({
      value: 1,
      stderr: "refusal: note: --concurrency 8: this machine has 1 core; using 1\n",
    });
    expect(stderrOf(() => capAtCores(3, "--concurrency", 4))).toEqual({ value: 3, stderr: "" });
  });
});
