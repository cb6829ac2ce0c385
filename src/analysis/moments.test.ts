import { sampleSkewness } from "simple-statistics";
import { describe, expect, it } from "vitest";
import { createRng } from "../engine/rng.ts";
import { excessKurtosis, skewness } from "./moments.ts";

// Values checked with scipy 1.17: scipy.stats.skew(x), scipy.stats.kurtosis(x) (biased defaults).
const X = [
  -2.1, -0.3, 0.1, 0.4, 0.5, 0.9, 1.7, 3.2, -1.1, 0.05, 0.33, -0.72, 2.4, -0.05, 0.61, -1.9, 0.2, 0.15, -0.4,
  1.1,
];

describe("skewness() and excessKurtosis()", () => {
  it("match scipy's biased moments on a fixed sample", () => {
    expect(skewness(X)).toBeCloseTo(0.3310005310867332, 13);
    expect(excessKurtosis(X)).toBeCloseTo(0.3855522160930196, 13);
  });

  it("skewness() equals simple-statistics' biased coefficient", () => {
    expect(skewness([2, 4, 6, 3, 1])).toBeCloseTo(sampleSkewness([2, 4, 6, 3, 1], true), 14);
  });

  it("give the closed forms: 1..5 has kurtosis -1.3; normal ≈ 0, Laplace ≈ 3, uniform ≈ -1.2", () => {
    expect(excessKurtosis([1, 2, 3, 4, 5])).toBeCloseTo(-1.3, 14);
    expect(skewness([1, 2, 3, 4, 5])).toBe(0);
    const rng = createRng(3, "moments");
    const n = 100_000;
    const normal = Float64Array.from({ length: n }, () => rng.normal());
    const laplace = Float64Array.from({ length: n }, () => rng.exponential() * (rng.chance(0.5) ? 1 : -1));
    const uniform = Float64Array.from({ length: n }, () => rng.float());
    expect(Math.abs(excessKurtosis(normal))).toBeLessThan(0.1);
    expect(Math.abs(excessKurtosis(laplace) - 3)).toBeLessThan(0.3);
    expect(Math.abs(excessKurtosis(uniform) + 1.2)).toBeLessThan(0.02);
    expect(Math.abs(skewness(normal))).toBeLessThan(0.03);
    const expo = Float64Array.from({ length: n }, () => rng.exponential());
    expect(Math.abs(skewness(expo) - 2)).toBeLessThan(0.15); // exponential law: skewness 2
  });

  it("are NaN for too few or constant values", () => {
    expect(skewness([1, 2])).toBeNaN();
    expect(excessKurtosis([1, 1, 1, 1])).toBeNaN();
  });
});
