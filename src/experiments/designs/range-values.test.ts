import { describe, expect, it } from "vitest";
import { nonIntegerValue } from "./range-values.ts";

const range = { name: "n", min: 60, max: 120 };

describe("nonIntegerValue", () => {
  it("nonIntegerValue() finds none on a grid whose levels all fall on integers", () => {
    expect(nonIntegerValue(range, { kind: "grid", levels: 7 })).toBeUndefined();
    expect(nonIntegerValue(range, { kind: "grid", levels: 2 })).toBeUndefined();
  });

  it("nonIntegerValue() gives the first grid level that is not an integer", () => {
    expect(nonIntegerValue(range, { kind: "grid", levels: 9 })).toBe(67.5);
    expect(nonIntegerValue({ name: "n", min: 10, max: 20 }, { kind: "grid" })).toBe(12.5);
    expect(nonIntegerValue({ ...range, log: true }, { kind: "grid", levels: 3 })).toBeCloseTo(84.85, 2);
  });

  it("nonIntegerValue() walks the levels of a Morris grid", () => {
    expect(nonIntegerValue({ name: "n", min: 0, max: 30 }, { kind: "morris", levels: 4 })).toBeUndefined();
    expect(nonIntegerValue({ name: "n", min: 0, max: 10 }, { kind: "morris", levels: 4 })).toBeCloseTo(
      3.333,
      3,
    );
  });

  it("nonIntegerValue() gives a real inside the range for the sampled designs", () => {
    for (const kind of ["random", "latin-hypercube", "sobol"] as const) {
      const x = nonIntegerValue(range, { kind, samples: 8 })!;
      expect(Number.isInteger(x)).toBe(false);
      expect(x).toBeGreaterThan(60);
      expect(x).toBeLessThan(120);
    }
    // even when the golden-section point is an integer
    const x = nonIntegerValue({ name: "n", min: 0, max: 0.3819660112501051 * 1e15 }, { kind: "random" })!;
    expect(Number.isInteger(x)).toBe(false);
  });

  it("nonIntegerValue() finds none for an integer range or a list of values", () => {
    expect(nonIntegerValue({ ...range, integer: true }, { kind: "random" })).toBeUndefined();
    expect(nonIntegerValue({ name: "n", values: [1.5, 2] }, { kind: "grid" })).toBeUndefined();
  });
});
