import { describe, expect, it } from "vitest";
import { createRng } from "../engine/rng.ts";
import { autocorrelation } from "./autocorrelation.ts";

describe("autocorrelation()", () => {
  it("matches the Box–Jenkins estimator computed by hand (numpy) on a short series", () => {
    const y = [1, 3, 2, 5, 4, 6, 8, 7, 9, 10];
    expect(autocorrelation(y, 1)).toBeCloseTo(0.5787878787878787, 14);
    expect(autocorrelation(y, 2)).toBeCloseTo(0.41818181818181815, 14);
    expect(autocorrelation([1, 2, 3, 4, 5], 1)).toBeCloseTo(0.4, 14);
    expect(autocorrelation(y, 0)).toBe(1);
  });

  it("recovers φ = 0.5 from a long AR(1) and ≈ 0 from white noise", () => {
    const rng = createRng(7, "ar1");
    const n = 20_000;
    const ar = new Float64Array(n);
    const wn = new Float64Array(n);
    for (let t = 1; t < n; t++) {
      wn[t] = rng.normal();
      ar[t] = 0.5 * ar[t - 1] + wn[t];
    }
    expect(autocorrelation(ar, 1)).toBeCloseTo(0.5, 1);
    expect(Math.abs(autocorrelation(ar, 1) - 0.5)).toBeLessThan(0.03);
    expect(Math.abs(autocorrelation(wn, 1))).toBeLessThan(0.03);
  });

  it("is NaN for a constant or too short series", () => {
    expect(autocorrelation([2, 2, 2, 2], 1)).toBeNaN();
    expect(autocorrelation([1, 2], 1)).toBeNaN();
  });
});
