import { describe, expect, it } from "vitest";
import { expandDesign } from "../designs/expand.ts";
import type { DesignPoint } from "../designs/types.ts";
import { sobolIndices } from "./sobol-indices.ts";

/**
 * Ishigami & Homma (1990): y = sin x1 + a sin² x2 + b x3⁴ sin x1, x_i ~ U(-π, π). Partial variances
 * by integrating each term (E sin² = 1/2, E sin⁴ = 3/8, E x⁴ = π⁴/5, E x⁸ = π⁸/9):
 * V2 = Var(a sin² x2) = a² (3/8 - 1/4) = a²/8; V1 = Var(E[y | x1]) = (1 + b π⁴/5)²/2
 * = 1/2 + b π⁴/5 + b² π⁸/50; V13 = E[(1 + b x3⁴)²]/2 - V1 = b² π⁸/18 - b² π⁸/50; V = V1 + V2 + V13.
 */
const a = 7;
const b = 0.1;
const PI4 = Math.PI ** 4;
const PI8 = Math.PI ** 8;
const V1 = (b * PI4) / 5 + (b * b * PI8) / 50 + 0.5;
const V2 = (a * a) / 8;
const V13 = (b * b * PI8) / 18 - (b * b * PI8) / 50;
const V = (a * a) / 8 + (b * PI4) / 5 + (b * b * PI8) / 18 + 0.5;
const S1 = [V1 / V, V2 / V, 0];
const ST = [(V1 + V13) / V, V2 / V, V13 / V];

const ISHIGAMI = ["x1", "x2", "x3"].map((name) => ({ name, min: -Math.PI, max: Math.PI }));
const x = (p: DesignPoint, name: string) => p.values[name] as number;
const ishigami = (p: DesignPoint) =>
  Math.sin(x(p, "x1")) + a * Math.sin(x(p, "x2")) ** 2 + b * x(p, "x3") ** 4 * Math.sin(x(p, "x1"));

describe("sobolIndices", () => {
  it("the analytic Ishigami indices are S1 = 0.3139, 0.4424, 0 and ST = 0.5576, 0.4424, 0.2437", () => {
    expect(V).toBeCloseTo(V1 + V2 + V13, 12);
    expect(S1.map((s) => +s.toFixed(4))).toEqual([0.3139, 0.4424, 0]);
    expect(ST.map((s) => +s.toFixed(4))).toEqual([0.5576, 0.4424, 0.2437]);
  });

  for (const seed of [0, 1]) {
    it(`sobolIndices() on Ishigami with N = 2^12 (design seed ${seed}) is within 0.01 of the analytic indices, inside its 95% intervals`, () => {
      const { points } = expandDesign(ISHIGAMI, { kind: "sobol", samples: 4096, seed });
      const res = sobolIndices(points, points.map(ishigami), { bootstrap: 300, seed });
      expect(res.map((e) => e.name)).toEqual(["x1", "x2", "x3"]);
      res.forEach((e, i) => {
        expect(e.n).toBe(4096);
        expect(Math.abs(e.S1 - S1[i])).toBeLessThan(0.01);
        expect(Math.abs(e.ST - ST[i])).toBeLessThan(0.01);
        expect(e.S1Low).toBeLessThanOrEqual(S1[i]);
        expect(e.S1High).toBeGreaterThanOrEqual(S1[i]);
        expect(e.STLow).toBeLessThanOrEqual(ST[i]);
        expect(e.STHigh).toBeGreaterThanOrEqual(ST[i]);
        // Intervals bracket the estimate and are not degenerate (nor uselessly wide).
        expect(e.S1Low < e.S1 && e.S1 < e.S1High && e.S1High - e.S1Low < 0.2).toBe(true);
        expect(e.STLow < e.ST && e.ST < e.STHigh && e.STHigh - e.STLow < 0.2).toBe(true);
      });
    });
  }

  it("sobolIndices() of an additive linear model gives S1 = ST = c_i² w_i² / Σ c_j² w_j²", () => {
    // Var(c x) for x ~ U(min, max) is c² w² / 12 with w = max - min; no interactions, so S1 = ST.
    const factors = [
      { name: "a", min: 0, max: 1 },
      { name: "b", min: -1, max: 1 },
      { name: "c", min: 5, max: 6 },
      { name: "d", min: 0, max: 3 },
    ];
    const c = [1, 2, 0, -0.5];
    const parts = factors.map((f, i) => (c[i] * (f.max - f.min)) ** 2);
    const total = parts.reduce((s, v) => s + v, 0);
    const { points } = expandDesign(factors, { kind: "sobol", samples: 1024, seed: 5 });
    const y = points.map((p) => factors.reduce((s, f, i) => s + c[i] * (p.values[f.name] as number), 0));
    const res = sobolIndices(points, y, { bootstrap: 0 });
    res.forEach((e, i) => {
      expect(Math.abs(e.S1 - parts[i] / total)).toBeLessThan(0.01);
      expect(Math.abs(e.ST - parts[i] / total)).toBeLessThan(0.01);
      expect(e.S1Low).toBeNaN();
    });
    expect(res[2].ST).toBe(0);
  });

  it("sobolIndices() drops the rows with a failed run and still estimates from the others", () => {
    const { points } = expandDesign(ISHIGAMI, { kind: "sobol", samples: 2048, seed: 2 });
    const y = points.map(ishigami);
    // Fail one run in each of 100 rows (row j's points are j*5 .. j*5 + 4): A, AB_i or B in turn.
    for (let j = 0; j < 100; j++) y[j * 5 + (j % 5)] = Number.NaN;
    const res = sobolIndices(points, y, { bootstrap: 50 });
    res.forEach((e, i) => {
      expect(e.n).toBe(2048 - 100);
      expect(Math.abs(e.S1 - S1[i])).toBeLessThan(0.03);
      expect(Math.abs(e.ST - ST[i])).toBeLessThan(0.03);
    });
  });

  it("sobolIndices() gives the same intervals for the same bootstrap seed and others for another", () => {
    const { points } = expandDesign(ISHIGAMI, { kind: "sobol", samples: 256 });
    const y = points.map(ishigami);
    const r1 = sobolIndices(points, y, { bootstrap: 100, seed: 4 });
    expect(sobolIndices(points, y, { bootstrap: 100, seed: 4 })).toEqual(r1);
    const r2 = sobolIndices(points, y, { bootstrap: 100, seed: 5 });
    expect(r2.map((e) => e.S1)).toEqual(r1.map((e) => e.S1));
    expect(r2.map((e) => e.S1Low)).not.toEqual(r1.map((e) => e.S1Low));
  });

  it("sobolIndices() of a constant output is NaN (no variance to share)", () => {
    const { points } = expandDesign(ISHIGAMI, { kind: "sobol", samples: 8 });
    for (const e of sobolIndices(points, new Float64Array(points.length).fill(3), { bootstrap: 10 })) {
      expect(e.S1).toBeNaN();
      expect(e.ST).toBeNaN();
    }
  });

  it("sobolIndices() refuses points without a Sobol' role", () => {
    const { points } = expandDesign(ISHIGAMI, { kind: "random", samples: 4 });
    expect(() => sobolIndices(points, [1, 2, 3, 4])).toThrow(/point 0 has no Sobol' role/);
  });
});
