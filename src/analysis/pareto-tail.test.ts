import { describe, expect, it } from "vitest";
import { createRng } from "../engine/rng.ts";
import { hillEstimator, paretoTailCsn } from "./pareto-tail.ts";

/** n draws of a Pareto law with P(X > x) = (x / xmin)^−zeta, by inversion. */
function pareto(n: number, zeta: number, xmin: number, seed: number): Float64Array {
  const rng = createRng(seed, "pareto");
  return Float64Array.from({ length: n }, () => xmin * (1 - rng.float()) ** (-1 / zeta));
}

describe("hillEstimator()", () => {
  it("gives the closed form on 8, 4, 2, 1: k / Σ ln(X_(i) / X_(k+1))", () => {
    // k = 3 above X_(4) = 1: ln 8 + ln 4 + ln 2 = 6 ln 2, so ζ = 3 / (6 ln 2).
    expect(hillEstimator([1, 2, 4, 8], 3)).toBeCloseTo(3 / (6 * Math.LN2), 14);
  });

  it("recovers the exponent 1.06 of a sampled Pareto law within 0.04", () => {
    const x = pareto(10_000, 1.06, 1, 11);
    expect(Math.abs(hillEstimator(x, 5_000) - 1.06)).toBeLessThan(0.04);
  });

  it("is NaN for k out of range", () => {
    expect(hillEstimator([1, 2, 3], 3)).toBeNaN();
    expect(hillEstimator([1, 2, 3], 0)).toBeNaN();
  });
});

describe("paretoTailCsn()", () => {
  it("recovers ζ = 1.06 and x_min = 1 from a pure Pareto sample", () => {
    const fit = paretoTailCsn(pareto(5_000, 1.06, 1, 5))!;
    expect(Math.abs(fit.zeta - 1.06)).toBeLessThan(0.06);
    expect(fit.xmin).toBeLessThan(3);
    expect(fit.se).toBeCloseTo(fit.zeta / Math.sqrt(fit.nTail), 14);
  });

  it("finds the tail above a lognormal body: x_min near the junction, ζ near 1.06", () => {
    const rng = createRng(9, "body");
    const body = Float64Array.from({ length: 4_000 }, () => Math.exp(rng.normal(0, 0.5)) * 10);
    // Below 10: the body; above 30: a Pareto tail with ζ = 1.06.
    const tail = pareto(1_000, 1.06, 30, 9);
    const fit = paretoTailCsn([...body.filter((v) => v < 30), ...tail])!;
    expect(fit.xmin).toBeGreaterThan(20);
    expect(fit.xmin).toBeLessThan(60);
    expect(Math.abs(fit.zeta - 1.06)).toBeLessThan(0.12);
  });

  it("with x_min fixed by a one-value tail start, equals Hill's estimator on the values above it", () => {
    const x = [1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233];
    const fit = paretoTailCsn(x, { minTail: 12 })!;
    expect(fit.xmin).toBe(1);
    expect(fit.zeta).toBeCloseTo(hillEstimator([0.999999999999, ...x], 12), 9);
  });

  it("returns null with fewer values than minTail", () => {
    expect(paretoTailCsn([1, 2, 3], { minTail: 10 })).toBeNull();
  });
});
