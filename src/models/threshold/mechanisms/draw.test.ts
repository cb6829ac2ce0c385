import { describe, expect, it } from "vitest";
import { createRng } from "../../../engine/rng.ts";
import { type ThresholdParams, thresholdParams } from "../params.ts";
import { drawThresholds } from "./draw.ts";

const params = (raw: Record<string, unknown>) => thresholdParams.parse(raw) as ThresholdParams;

describe("threshold draws", () => {
  it("drawThresholds() gives the same crowd for the same seed and another for another seed", () => {
    const p = params({});
    const a = drawThresholds(p, createRng(7, "thresholds"));
    const b = drawThresholds(p, createRng(7, "thresholds"));
    const c = drawThresholds(p, createRng(8, "thresholds"));
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(Array.from(a)).not.toEqual(Array.from(c));
  });

  it("drawThresholds() clamps negative normal draws to 0 (instigators)", () => {
    const t = drawThresholds(params({ N: 10_000, mean: 0, sd: 10 }), createRng(1, "thresholds"));
    const zeros = t.filter((x) => x === 0).length;
    expect(Math.min(...t)).toBe(0);
    // Half the draws are negative: binomial(10000, 1/2), sd 50.
    expect(Math.abs(zeros - 5000)).toBeLessThan(250);
  });

  it("drawThresholds() draws normal thresholds with the requested mean and sd", () => {
    const t = drawThresholds(params({ N: 100_000, mean: 50, sd: 10 }), createRng(2, "thresholds"));
    const mean = t.reduce((s, x) => s + x, 0) / t.length;
    const sd = Math.sqrt(t.reduce((s, x) => s + (x - mean) ** 2, 0) / (t.length - 1));
    // Standard errors: 10/sqrt(1e5) = 0.03 for the mean, ~0.02 for the sd.
    expect(Math.abs(mean - 50)).toBeLessThan(0.15);
    expect(Math.abs(sd - 10)).toBeLessThan(0.1);
  });

  it("drawThresholds() keeps uniform draws inside [min, max)", () => {
    const t = drawThresholds(params({ distribution: "uniform", N: 1000, min: 5, max: 9 }), createRng(3, "x"));
    expect(Math.min(...t)).toBeGreaterThanOrEqual(5);
    expect(Math.max(...t)).toBeLessThan(9);
  });

  it("drawThresholds() returns a given list as is, negatives raised to 0, whatever the generator", () => {
    const p = params({ distribution: "list", thresholds: [3, -2, 0.5] });
    expect(Array.from(drawThresholds(p, createRng(1, "a")))).toEqual([3, 0, 0.5]);
    expect(Array.from(drawThresholds(p, createRng(2, "b")))).toEqual([3, 0, 0.5]);
  });
});
