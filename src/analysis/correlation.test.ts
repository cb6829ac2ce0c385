import { sampleCorrelation } from "simple-statistics";
import { describe, expect, it } from "vitest";
import { crossCorrelation, pearson } from "./correlation.ts";

describe("pearson()", () => {
  it("is ±1 for exact linear relations and matches simple-statistics otherwise", () => {
    expect(pearson([1, 2, 3, 4], [3, 5, 7, 9])).toBeCloseTo(1, 15);
    expect(pearson([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1, 15);
    const x = [1, 3, 2, 5, 4, 6, 8, 7];
    const y = [2, 1, 4, 3, 6, 5, 8, 9];
    expect(pearson(x, y)).toBeCloseTo(sampleCorrelation(x, y), 14);
  });

  it("is NaN for a constant series", () => {
    expect(pearson([1, 1, 1], [1, 2, 3])).toBeNaN();
  });
});

describe("crossCorrelation()", () => {
  // y leads x by two steps: x_t = y_{t−2}, so corr(x_{t+2}, y_t) = 1 (k > 0: x lags y).
  const y = Float64Array.from({ length: 60 }, (_, t) => Math.sin(t / 3) + 0.1 * Math.cos(t * 1.7));
  const x = Float64Array.from({ length: 60 }, (_, t) => (t >= 2 ? y[t - 2] : 0));

  it("finds the lag at which x follows y", () => {
    expect(crossCorrelation(x.subarray(2), y.subarray(2), 0)).toBeLessThan(0.99);
    // x[t+2] = y[t] for every t >= 0 with t+2 < 60.
    expect(crossCorrelation(x, y, 2)).toBeCloseTo(1, 12);
  });

  it("is the Pearson correlation of the overlapping pairs, for negative lags too", () => {
    const a = [1, 4, 2, 8, 5, 7, 3, 9];
    const b = [2, 3, 5, 4, 6, 9, 8, 7];
    expect(crossCorrelation(a, b, 0)).toBeCloseTo(pearson(a, b), 15);
    expect(crossCorrelation(a, b, 3)).toBeCloseTo(pearson(a.slice(3), b.slice(0, 5)), 15);
    expect(crossCorrelation(a, b, -3)).toBeCloseTo(pearson(a.slice(0, 5), b.slice(3)), 15);
  });

  it("refuses series of different lengths", () => {
    expect(() => crossCorrelation([1, 2, 3], [1, 2], 0)).toThrow(/different lengths/);
  });
});
