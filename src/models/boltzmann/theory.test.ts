import { describe, expect, it } from "vitest";
import { giftsBefore, giniOfDistribution, meanFieldKernel, meanFieldWealth } from "./theory.ts";

describe("giftsBefore()", () => {
  it("solves L' = 1 - p0 exp(-L) with L(0) = 0", () => {
    const p0 = 0.4;
    expect(giftsBefore(0, p0)).toBe(0);
    for (const u of [0.1, 0.5, 0.9]) {
      const h = 1e-6;
      const d = (giftsBefore(u + h, p0) - giftsBefore(u - h, p0)) / (2 * h);
      expect(d).toBeCloseTo(1 - p0 * Math.exp(-giftsBefore(u, p0)), 8);
    }
  });
});

describe("meanFieldKernel()", () => {
  it("moves a positive wealth x to x - 1 + Poisson(L(1))", () => {
    const p0 = 0.3;
    const k1 = 41;
    const P = meanFieldKernel(p0, 40);
    const l1 = giftsBefore(1, p0);
    expect(P[3 * k1 + 1]).toBe(0); // cannot lose more than one unit
    expect(P[3 * k1 + 2]).toBeCloseTo(Math.exp(-l1), 12);
    expect(P[3 * k1 + 4]).toBeCloseTo((Math.exp(-l1) * l1 ** 2) / 2, 12);
  });

  it("keeps the mean of a state-0 agent at the expected gifts minus the chance of giving", () => {
    // From x = 0: E[x'] = L(1) - P(A1 >= 1) = L(1) - int_0^1 (1 - e^{-L(u)}) du.
    const p0 = 0.45;
    const P = meanFieldKernel(p0, 40);
    let mean = 0;
    for (let k = 0; k <= 40; k++) mean += k * P[k];
    let give = 0;
    const m = 10000;
    for (let i = 0; i < m; i++) give += (1 - Math.exp(-giftsBefore((i + 0.5) / m, p0))) / m;
    expect(mean).toBeCloseTo(giftsBefore(1, p0) - give, 8);
  });
});

describe("meanFieldWealth()", () => {
  it("has mean 1 and a zero-wealth share p0 for which the chain is stationary", () => {
    const mf = meanFieldWealth();
    expect(mf.mean).toBeCloseTo(1, 9);
    expect(mf.pi.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    const P = meanFieldKernel(mf.pi[0], mf.pi.length - 1);
    const k1 = mf.pi.length;
    for (let k = 0; k < 10; k++) {
      let next = 0;
      for (let x = 0; x < k1; x++) next += mf.pi[x] * P[x * k1 + k];
      expect(next).toBeCloseTo(mf.pi[k], 10);
    }
  });

  it("is less unequal than the geometric law of random-pair exchange (Gini 2/3)", () => {
    // Each agent gives at most once per sweep, which thins the zero-wealth state.
    const mf = meanFieldWealth();
    expect(mf.gini).toBeLessThan(2 / 3);
    expect(mf.pi[0]).toBeLessThan(0.5); // geometric with mean 1 has P(0) = 1/2
    expect(mf.gini).toBeGreaterThan(0.5); // the continuous exponential law's Gini
  });

  it("giniOfDistribution() gives 1/(1+q) for a geometric law", () => {
    const q = 0.5;
    const pi = Float64Array.from({ length: 80 }, (_, k) => (1 - q) * q ** k);
    expect(giniOfDistribution(pi)).toBeCloseTo(1 / (1 + q), 12);
  });
});
