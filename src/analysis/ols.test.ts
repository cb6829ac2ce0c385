import { linearRegression } from "simple-statistics";
import { describe, expect, it } from "vitest";
import { ols } from "./ols.ts";

describe("ols()", () => {
  it("recovers an exact line and matches simple-statistics on noisy data", () => {
    const exact = ols([0, 1, 2, 3], [1, -0.5, -2, -3.5]);
    expect(exact.slope).toBeCloseTo(-1.5, 15);
    expect(exact.intercept).toBeCloseTo(1, 15);
    const x = [1, 2, 3, 4, 5, 6];
    const y = [2.1, 3.9, 6.2, 7.8, 10.1, 12.2];
    const ref = linearRegression(x.map((v, i) => [v, y[i]]));
    expect(ols(x, y).slope).toBeCloseTo(ref.m, 14);
    expect(ols(x, y).intercept).toBeCloseTo(ref.b, 14);
  });

  it("skips pairs with a non-finite value and is NaN for a constant regressor", () => {
    const f = ols([0, 1, Number.NaN, 2, 3], [1, 3, 100, 5, 7]);
    expect(f.n).toBe(4);
    expect(f.slope).toBeCloseTo(2, 15);
    expect(ols([1, 1, 1], [1, 2, 3]).slope).toBeNaN();
  });
});
