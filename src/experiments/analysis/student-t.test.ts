import { describe, expect, it } from "vitest";
import { logGamma, regularizedBeta } from "./special.ts";
import { tCdf, tQuantile } from "./student-t.ts";

describe("special functions", () => {
  it("logGamma() matches Γ(1/2) = √π and Γ(n) = (n - 1)!", () => {
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 13);
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(2)).toBeCloseTo(0, 14);
    expect(logGamma(10)).toBeCloseTo(Math.log(362880), 12);
    let lnFact = 0;
    for (let i = 2; i < 100; i++) lnFact += Math.log(i);
    expect(Math.abs(logGamma(100) - lnFact) / lnFact).toBeLessThan(1e-13);
    expect(logGamma(0.1)).toBeCloseTo(Math.log(Math.PI / Math.sin(Math.PI * 0.1)) - logGamma(0.9), 13);
  });

  it("regularizedBeta() matches I_x(a, 1) = x^a, I_x(1, b) = 1 - (1 - x)^b and the symmetry I_x(a, b) = 1 - I_(1-x)(b, a)", () => {
    for (const x of [0.01, 0.2, 0.5, 0.8, 0.99]) {
      for (const a of [0.5, 1, 3.5, 40]) {
        expect(regularizedBeta(x, a, 1)).toBeCloseTo(x ** a, 13);
        expect(regularizedBeta(x, 1, a)).toBeCloseTo(1 - (1 - x) ** a, 13);
        expect(regularizedBeta(x, a, 2.5) + regularizedBeta(1 - x, 2.5, a)).toBeCloseTo(1, 13);
      }
    }
    // I_x(1/2, 1/2) = (2/π) asin(√x) (arcsine law).
    for (const x of [0.1, 0.5, 0.9])
      expect(regularizedBeta(x, 0.5, 0.5)).toBeCloseTo((2 / Math.PI) * Math.asin(Math.sqrt(x)), 13);
  });
});

describe("Student's t", () => {
  const closedCdf: Record<number, (t: number) => number> = {
    1: (t) => 0.5 + Math.atan(t) / Math.PI,
    2: (t) => 0.5 + t / (2 * Math.sqrt(2 + t * t)),
    3: (t) => 0.5 + (t / (Math.sqrt(3) * (1 + (t * t) / 3)) + Math.atan(t / Math.sqrt(3))) / Math.PI,
    4: (t) => 0.5 + ((3 / 8) * t * (1 - (t * t) / (12 * (1 + (t * t) / 4)))) / Math.sqrt(1 + (t * t) / 4),
  };

  it("tCdf() matches the closed forms for 1 to 4 degrees of freedom", () => {
    for (const [df, F] of Object.entries(closedCdf)) {
      for (const t of [-30, -4, -2.1, -0.7, -1e-3, 0, 0.3, 1, 2.5, 6, 100])
        expect(tCdf(t, Number(df))).toBeCloseTo(F(t), 12);
    }
  });

  it("tQuantile() matches the closed forms for 1, 2 and 4 degrees of freedom, tails included", () => {
    const q4 = (p: number) => {
      const alpha = 4 * p * (1 - p);
      const q = Math.cos(Math.acos(Math.sqrt(alpha)) / 3) / Math.sqrt(alpha);
      return Math.sign(p - 0.5) * 2 * Math.sqrt(q - 1);
    };
    for (const p of [1e-6, 0.001, 0.025, 0.3, 0.5, 0.6, 0.9, 0.975, 0.999, 1 - 1e-6]) {
      const rel = (x: number, y: number) => Math.abs(x - y) / Math.max(1, Math.abs(y));
      expect(rel(tQuantile(p, 1), Math.tan(Math.PI * (p - 0.5)))).toBeLessThan(1e-10);
      expect(rel(tQuantile(p, 2), (2 * p - 1) / Math.sqrt(2 * p * (1 - p)))).toBeLessThan(1e-10);
      expect(rel(tQuantile(p, 4), q4(p))).toBeLessThan(1e-9);
    }
  });

  it("tQuantile() matches the published table values (t_0.975,9 = 2.262157, t_0.975,29 = 2.045230, ...)", () => {
    const table: [number, number, number][] = [
      [0.975, 1, 12.706205],
      [0.975, 2, 4.302653],
      [0.975, 3, 3.182446],
      [0.975, 5, 2.570582],
      [0.975, 7, 2.364624],
      [0.975, 9, 2.262157],
      [0.975, 10, 2.228139],
      [0.975, 29, 2.04523],
      [0.975, 30, 2.042272],
      [0.975, 100, 1.983972],
      [0.975, 1000, 1.962339],
      [0.995, 4, 4.604095],
      [0.95, 10, 1.812461],
      [0.9, 5, 1.475884],
      [0.025, 9, -2.262157],
    ];
    for (const [p, df, t] of table) expect(Math.abs(tQuantile(p, df) - t)).toBeLessThan(1e-6);
  });

  it("tQuantile() tends to the normal quantile 1.959964 as df grows", () => {
    expect(Math.abs(tQuantile(0.975, 1e7) - 1.959963985)).toBeLessThan(1e-6);
  });

  it("tQuantile() inverts tCdf() for fractional degrees of freedom", () => {
    for (const df of [0.7, 3.3, 17.5])
      for (const p of [0.01, 0.2, 0.75, 0.99]) expect(tCdf(tQuantile(p, df), df)).toBeCloseTo(p, 12);
  });

  it("tQuantile() refuses p outside (0, 1) and df <= 0", () => {
    expect(() => tQuantile(1, 5)).toThrow(/p must be in \(0, 1\)/);
    expect(() => tQuantile(0.5, 0)).toThrow(/df must be > 0/);
  });
});
