import { describe, expect, it } from "vitest";
import { combine, decide, levelEffect, pairedEffect, trendEffect } from "./verdict.ts";

describe("thesis verdicts", () => {
  it("decide() holds only when the interval excludes zero on the claimed side", () => {
    expect(decide(0.5, 1.5, "increase")).toBe("holds");
    expect(decide(0.5, 1.5, "decrease")).toBe("fails");
    expect(decide(-0.2, 0.4, "increase")).toBe("inconclusive");
    expect(decide(-1.5, -0.5, "decrease")).toBe("holds");
    expect(decide(Number.NaN, Number.NaN, "increase")).toBe("inconclusive");
  });

  it("combine() needs every effect to hold and fails on any failure", () => {
    expect(combine(["holds", "holds"])).toBe("holds");
    expect(combine(["holds", "inconclusive"])).toBe("inconclusive");
    expect(combine(["holds", "fails", "inconclusive"])).toBe("fails");
    expect(combine([])).toBe("inconclusive");
  });

  it("pairedEffect() uses seed-by-seed differences: a small shift under large common noise is detected", () => {
    const control = [10, 50, -30, 80, 5, 20];
    const treatment = control.map((c, i) => c + 1 + (i % 2 ? 0.1 : -0.1));
    const e = pairedEffect("x", treatment, control, "increase");
    expect(e.estimate).toBeCloseTo(1, 12);
    expect(e.verdict).toBe("holds");
    // t_{0.975,5} = 2.570582; sd of ±0.1 alternating over 6 values = sqrt(0.06/5)
    expect(e.ciHigh - e.estimate).toBeCloseTo((2.570582 * Math.sqrt(0.06 / 5)) / Math.sqrt(6), 5);
  });

  it("pairedEffect() leaves out pairs with a failed run", () => {
    const e = pairedEffect("x", [1, 2, Number.NaN, 4], [0, 0, 0, 0], "increase");
    expect(e.n).toBe(3);
    expect(e.nMissing).toBe(1);
  });

  it("levelEffect() compares the mean with a threshold", () => {
    expect(levelEffect("x", [0.2, 0.3, 0.25, 0.22], 0.1, "increase").verdict).toBe("holds");
    expect(levelEffect("x", [0.2, 0.3, 0.25, 0.22], 0.1, "decrease").verdict).toBe("fails");
  });

  it("trendEffect() recovers an exact slope with a zero-width interval, and is inconclusive on noise around a flat line", () => {
    const e = trendEffect("x", [0, 1, 2, 3], [1, 3, 5, 7], "increase");
    expect(e.estimate).toBeCloseTo(2, 12);
    expect(e.ciHigh - e.ciLow).toBeCloseTo(0, 9);
    expect(e.verdict).toBe("holds");
    const flat = trendEffect("x", [0, 0, 1, 1, 2, 2], [1, -1, 1, -1, 1, -1], "increase");
    expect(flat.estimate).toBeCloseTo(0, 12);
    expect(flat.verdict).toBe("inconclusive");
  });
});
