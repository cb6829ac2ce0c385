import { describe, expect, it } from "vitest";
import { ensembleStats } from "./ensemble-stats.ts";

describe("ensembleStats", () => {
  it("ensembleStats() of 2, 4, 4, 4, 5, 5, 7, 9 matches the hand computation", () => {
    const s = ensembleStats([9, 4, 2, 4, 5, 7, 4, 5]);
    // Mean 40 / 8 = 5; squared deviations 9+1+1+1+0+0+4+16 = 32, sd = √(32/7).
    const sd = Math.sqrt(32 / 7);
    expect(s.n).toBe(8);
    expect(s.nMissing).toBe(0);
    expect(s.mean).toBe(5);
    expect(s.sd).toBeCloseTo(sd, 14);
    expect(s.se).toBeCloseTo(sd / Math.sqrt(8), 14);
    expect([s.min, s.max]).toEqual([2, 9]);
    // Type 7, h = 7p: q05 h = 0.35 -> 2 + 0.35 * 2; q50 h = 3.5 -> 4 + 0.5 * 1; q95 h = 6.65 -> 7 + 0.65 * 2.
    expect(s.q05).toBeCloseTo(2.7, 12);
    expect(s.q50).toBeCloseTo(4.5, 12);
    expect(s.q95).toBeCloseTo(8.3, 12);
    // t_0.975,7 = 2.364624 (table).
    const half = (2.364624 * sd) / Math.sqrt(8);
    expect(s.ciLow).toBeCloseTo(5 - half, 5);
    expect(s.ciHigh).toBeCloseTo(5 + half, 5);
  });

  it("ensembleStats() of 1..10 gives the interval 5.5 ∓ 2.262157 · √(82.5/9) / √10", () => {
    const s = ensembleStats(Float64Array.from({ length: 10 }, (_, i) => i + 1));
    const half = (2.262157 * Math.sqrt(82.5 / 9)) / Math.sqrt(10);
    expect(s.mean).toBe(5.5);
    expect(s.ciLow).toBeCloseTo(5.5 - half, 5);
    expect(s.ciHigh).toBeCloseTo(5.5 + half, 5);
    expect(s.q50).toBe(5.5);
  });

  it("ensembleStats() takes the confidence level: 99% with n = 5 uses t_0.995,4 = 4.604095", () => {
    const s = ensembleStats([1, 2, 3, 4, 5], { confidence: 0.99 });
    expect(s.ciHigh - s.mean).toBeCloseTo((4.604095 * Math.sqrt(2.5)) / Math.sqrt(5), 5);
  });

  it("ensembleStats() leaves out and counts NaN and infinite values", () => {
    const s = ensembleStats([1, Number.NaN, 3, Number.POSITIVE_INFINITY, Number.NaN]);
    expect(s.n).toBe(2);
    expect(s.nMissing).toBe(3);
    expect(s.mean).toBe(2);
    expect(s.sd).toBeCloseTo(Math.SQRT2, 14);
    expect(s.q50).toBe(2);
  });

  it("ensembleStats() of one value has no spread and of none is all NaN", () => {
    const one = ensembleStats([4]);
    expect([one.n, one.mean, one.q05, one.q95]).toEqual([1, 4, 4, 4]);
    expect(one.sd).toBeNaN();
    expect(one.ciLow).toBeNaN();
    const none = ensembleStats([Number.NaN]);
    expect(none.n).toBe(0);
    expect(none.nMissing).toBe(1);
    for (const v of [none.mean, none.sd, none.q50, none.ciLow, none.min]) expect(v).toBeNaN();
  });

  it("ensembleStats() computes the mean exactly where naive summation would drift", () => {
    // 1e16 + 1 + 1 - 1e16 sums to 0 left to right in doubles; exactly it is 2.
    expect(ensembleStats([1e16, 1, 1, -1e16]).mean).toBe(0.5);
  });
});
