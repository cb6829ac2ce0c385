import { describe, expect, it } from "vitest";
import { baxterKing, baxterKingWeights, filterGain } from "./band-pass.ts";
import { sampleSd } from "./descriptive.ts";

const sine = (n: number, period: number) =>
  Float64Array.from({ length: n }, (_, t) => Math.sin((2 * Math.PI * t) / period));

describe("baxterKingWeights()", () => {
  const a = baxterKingWeights({ low: 6, high: 32, K: 12 });

  it("gives 25 symmetric weights that sum to zero", () => {
    expect(a.length).toBe(25);
    for (let j = 1; j <= 12; j++) expect(a[12 + j]).toBe(a[12 - j]);
    expect(Math.abs(a.reduce((s, v) => s + v, 0))).toBeLessThan(1e-15);
  });

  it("matches the weights computed independently (numpy, same equations) to 1e-8", () => {
    // a_0 .. a_3 for BP(6, 32), K = 12.
    expect(a[12]).toBeCloseTo(0.27766485, 8);
    expect(a[13]).toBeCloseTo(0.22039679, 8);
    expect(a[14]).toBeCloseTo(0.08375778, 8);
    expect(a[15]).toBeCloseTo(-0.05211632, 8);
  });

  it("has gain near 1 inside the band and near 0 outside it", () => {
    expect(filterGain(a, 12)).toBeCloseTo(0.96969, 4);
    expect(filterGain(a, 20)).toBeGreaterThan(0.95);
    expect(Math.abs(filterGain(a, 100))).toBeLessThan(0.08);
    expect(Math.abs(filterGain(a, 3))).toBeLessThan(0.08);
  });

  it("refuses a band with low >= high", () => {
    expect(() => baxterKingWeights({ low: 32, high: 6 })).toThrow(/low < high/);
  });
});

describe("baxterKing()", () => {
  it("passes a 12-quarter sine and kills a 100-quarter one", () => {
    const n = 400;
    const ratio = (period: number) => {
      const x = sine(n, period);
      const y = baxterKing(x);
      expect(y.length).toBe(n - 24);
      return sampleSd(y) / sampleSd(x.subarray(12, n - 12));
    };
    expect(ratio(12)).toBeGreaterThan(0.95);
    expect(ratio(12)).toBeLessThan(1.0);
    expect(ratio(100)).toBeLessThan(0.08);
  });

  it("removes a linear trend and a constant exactly (up to rounding)", () => {
    const x = Float64Array.from({ length: 60 }, (_, t) => 5 + 0.3 * t);
    for (const v of baxterKing(x)) expect(Math.abs(v)).toBeLessThan(1e-12);
  });

  it("keeps the business-cycle part of trend + cycle + noise", () => {
    const x = Float64Array.from({ length: 300 }, (_, t) => 2 * t + 3 * Math.sin((2 * Math.PI * t) / 20));
    const y = baxterKing(x);
    for (let i = 0; i < y.length; i++)
      expect(Math.abs(y[i] - 3 * 0.97275 * Math.sin((2 * Math.PI * (i + 12)) / 20))).toBeLessThan(1e-3);
  });

  it("refuses a series shorter than 2K + 1", () => {
    expect(() => baxterKing(new Float64Array(24))).toThrow(/at least 25/);
  });
});
