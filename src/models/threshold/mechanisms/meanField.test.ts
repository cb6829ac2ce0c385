import { describe, expect, it } from "vitest";
import { erf, meanFieldEquilibrium, normalCdf } from "./meanField.ts";

describe("threshold mean field", () => {
  it("normalCdf() matches tabulated values of the standard normal", () => {
    // Values of Phi from standard tables (15+ digits).
    const table: [number, number][] = [
      [0, 0.5],
      [1, 0.8413447460685429],
      [-1.96, 0.024997895148220435],
      [2.5, 0.9937903346742238],
      [-5, 2.866515718791939e-7],
      [-10, 7.619853024160527e-24],
    ];
    for (const [z, p] of table) expect(Math.abs(normalCdf(z) - p)).toBeLessThanOrEqual(1e-13 * p);
  });

  it("erf() is odd and tends to 1", () => {
    for (const x of [0.1, 0.7, 1.9, 2.1, 4]) expect(erf(-x)).toBe(-erf(x));
    expect(erf(0)).toBe(0);
    expect(erf(6)).toBe(1);
  });

  it("meanFieldEquilibrium() returns the smallest fixed point of r = N·Phi((r − mean)/sd)", () => {
    for (const sd of [3, 8, 12, 12.5, 16, 30]) {
      const r = meanFieldEquilibrium(100, 25, sd);
      const F = (x: number) => 100 * normalCdf((x - 25) / sd);
      expect(Math.abs(F(r) - r)).toBeLessThan(1e-9);
      // No crossing before r: F(x) > x on a fine grid of [0, r).
      for (let x = 0; x < r - 1e-6; x += 0.01) expect(F(x)).toBeGreaterThan(x);
    }
  });

  it("meanFieldEquilibrium() jumps from a handful to nearly all at Granovetter's sd ≈ 12.2", () => {
    // Derived independently: at the critical sd the line r = F(r) is tangent to F on its convex part:
    // 100·phi(z)/sd = 1 and 100·Phi(z) = 25 + sd·z, with z = −sqrt(2 ln(100 / (sd·sqrt(2 pi)))).
    const tangency = (sd: number) => {
      const z = -Math.sqrt(2 * Math.log(100 / (sd * Math.sqrt(2 * Math.PI))));
      return 100 * normalCdf(z) - (25 + sd * z);
    };
    let lo = 10;
    let hi = 15;
    for (let i = 0; i < 60; i++) {
      const mid = (lo + hi) / 2;
      if (tangency(mid) < 0) lo = mid;
      else hi = mid;
    }
    const critical = (lo + hi) / 2;
    expect(Math.abs(critical - 12.2)).toBeLessThan(0.05); // Granovetter's figure
    const below = meanFieldEquilibrium(100, 25, critical - 1e-6);
    const above = meanFieldEquilibrium(100, 25, critical + 1e-6);
    expect(below).toBeGreaterThan(4);
    expect(below).toBeLessThan(7);
    expect(above).toBeGreaterThan(99);
    expect(meanFieldEquilibrium(100, 25, critical - 1)).toBeLessThan(4);
  });

  it("meanFieldEquilibrium() handles a degenerate spread and a negative mean", () => {
    expect(meanFieldEquilibrium(100, 25, 0)).toBe(0);
    expect(meanFieldEquilibrium(100, -1, 0)).toBe(100);
    expect(meanFieldEquilibrium(100, -10, 5)).toBeGreaterThan(99.99);
  });
});
