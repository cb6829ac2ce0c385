import { describe, expect, it } from "vitest";
import { quarterlyMean, quarterlyWeightedMean } from "./quarterly.ts";

describe("quarterly aggregation", () => {
  it("quarterlyMean() averages blocks of three months from the start and drops an incomplete quarter", () => {
    expect([...quarterlyMean([9, 1, 2, 3, 4, 5, 6, 7, 8], 3, 1)]).toEqual([2, 5]);
    expect([...quarterlyMean([1, 2, 3, 4], 1)]).toEqual([1, 2, 3, 4]);
  });

  it("quarterlyWeightedMean() gives Σ wx / Σ w (a share weighted by value is the quarter's ratio)", () => {
    // Wages 30, 60, 90 on values 100, 100, 200: shares 0.3, 0.6, 0.45; the quarter's share is 180 / 400.
    expect([...quarterlyWeightedMean([0.3, 0.6, 0.45], [100, 100, 200], 3)]).toEqual([180 / 400]);
    expect(quarterlyWeightedMean([1, 2, 3], [0, 0, 0], 3)[0]).toBeNaN();
  });
});
