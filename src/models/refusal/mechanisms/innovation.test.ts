import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  effectiveWageShare,
  inducedBias,
  innovationDirection,
  labShare,
  median5,
  searchProbability,
  searchStep,
} from "./innovation.ts";
import { okishioViable, unitCost } from "./okishio.ts";

describe("induced innovation (M3, Kennedy 1964; Shah & Desai 1981)", () => {
  it("effectiveWageShare() adds psi times the strike losses and is the wage share when psi = 0", () => {
    expect(effectiveWageShare(0.6, 0.05, 2)).toBeCloseTo(0.7, 15);
    expect(effectiveWageShare(0.6, 0.05, 0)).toBe(0.6);
  });

  it("searchProbability() is p0 at the normal effort and neutral share, and rises with effort and the induced bias", () => {
    expect(searchProbability(0.12, 1, 1)).toBeCloseTo(0.12, 14);
    expect(searchProbability(0.12, 2, 1)).toBeCloseTo(1 - 0.88 ** 2, 14);
    expect(searchProbability(0.12, 1, inducedBias(4, 0.75, 0.65))).toBeCloseTo(1 - 0.88 ** Math.exp(0.4), 12);
    expect(searchProbability(0.12, 1, inducedBias(4, 0.7, 0.65))).toBeGreaterThan(
      searchProbability(0.12, 1, inducedBias(4, 0.6, 0.65)),
    );
    expect(searchProbability(0.12, 0, 1)).toBe(0);
    expect(searchProbability(1, 0.5, 1)).toBe(1);
    expect(inducedBias(4, 0.65, 0.65)).toBe(1);
  });

  it("labShare() spends the R&D share of revenue on wages in the laboratory, up to its cap", () => {
    // revenue 1,000, wage bill 640: 0.04 x 1000 / 640 = 6.25% of the workforce
    expect(labShare(0.04, 1000, 640, 0.3)).toBeCloseTo(0.0625, 15);
    expect(labShare(0.5, 1000, 640, 0.3)).toBe(0.3);
    expect(labShare(0.04, 0, 640, 0.3)).toBe(0);
  });

  it("median5() is the median of five numbers in any order", () => {
    const xs = [0.9, 0.1, 0.5, 0.3, 0.7];
    // all 120 orders
    const perms = (a: number[]): number[][] =>
      a.length <= 1
        ? [a]
        : a.flatMap((x, i) => perms([...a.slice(0, i), ...a.slice(i + 1)]).map((p) => [x, ...p]));
    for (const [a, b, c, d, e] of perms(xs)) expect(median5(a, b, c, d, e)).toBe(0.5);
    expect(median5(1, 1, 2, 2, 2)).toBe(2);
  });

  it("searchStep() scales Kennedy's direction by a Beta(3, 3) draw on [1 - d, 1 + d]", () => {
    expect(searchStep(0.015, 0.002, 0.5, 2)).toEqual([0.015, 0.002]);
    expect(searchStep(0.015, 0.002, 0, 2)[0]).toBeCloseTo(-0.015, 15);
    expect(searchStep(0.015, 0.002, 1, 2)[0]).toBeCloseTo(0.045, 15);
  });

  it("innovationDirection() is purely labour-saving (y = 0, x = x0) at the neutral wage share", () => {
    const [x, y] = innovationDirection(0.65, 0.015, 0.65, 40);
    expect(y).toBeCloseTo(0, 14);
    expect(x).toBeCloseTo(0.015, 14);
  });

  it("innovationDirection() tilts toward saving labour, using capital, as the wage share rises", () => {
    const [xLow, yLow] = innovationDirection(0.6, 0.015, 0.65, 40);
    const [xHigh, yHigh] = innovationDirection(0.7, 0.015, 0.65, 40);
    expect(xHigh).toBeGreaterThan(xLow);
    expect(yHigh).toBeLessThan(0);
    expect(yLow).toBeGreaterThan(0);
  });

  it("innovationDirection() maximises omega x + (1 - omega) y on the frontier (first-order condition)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.3, max: 0.9, noNaN: true }),
        fc.double({ min: 5, max: 100, noNaN: true }),
        (w, q) => {
          const omegaN = 0.65;
          const x0 = 0.015;
          const c = (1 - omegaN) / omegaN;
          const [, y] = innovationDirection(w, x0, omegaN, q);
          const value = (yy: number) => w * (x0 - c * yy - (q / 2) * yy * yy) + (1 - w) * yy;
          const h = 1e-5;
          expect(value(y)).toBeGreaterThanOrEqual(value(y + h) - 1e-15);
          expect(value(y)).toBeGreaterThanOrEqual(value(y - h) - 1e-15);
        },
      ),
    );
  });
});

describe("Okishio's criterion (Okishio 1961)", () => {
  it("unitCost() is the wage over productivity plus the user cost of 12 nu units of capital", () => {
    // W = 100, a = 2, nu = 2.5 years, P = 150, i + delta = 0.01: 50 + 0.01 * 30 * 150 = 95
    expect(unitCost(100, 2, 2.5, 150, 0.01)).toBeCloseTo(95, 12);
  });

  it("okishioViable() accepts a technique that lowers unit cost at the current wage", () => {
    expect(okishioViable(100, 1, 2.5, 1.2, 2.5, 150, 0.009)).toBe(true);
  });

  it("okishioViable() rejects a technique that raises unit cost", () => {
    // 10% more output per worker, but 40% more capital per unit of output: at W = 100, P = 150,
    // i + delta = 0.009 the labour saving (100 - 90.9 = 9.1) is below the extra user cost (0.009*12*1*150 = 16.2)
    expect(okishioViable(100, 1, 2.5, 1.1, 3.5, 150, 0.009)).toBe(false);
    // the same technique pays at a wage high enough: saving W/11 > 16.2 iff W > 178.2
    expect(okishioViable(200, 1, 2.5, 1.1, 3.5, 150, 0.009)).toBe(true);
  });
});
