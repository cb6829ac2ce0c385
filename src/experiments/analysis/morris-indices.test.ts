import { describe, expect, it } from "vitest";
import { expandDesign } from "../designs/expand.ts";
import type { DesignPoint } from "../designs/types.ts";
import { morrisIndices } from "./morris-indices.ts";

const FACTORS = [
  { name: "a", min: 0, max: 1 },
  { name: "b", min: -2, max: 3 },
  { name: "c", min: 10, max: 20 },
  { name: "d", min: 0.5, max: 0.7 },
];
const C = { a: 2, b: -3, c: 0, d: 40 };

const num = (p: DesignPoint, name: string) => p.values[name] as number;
const linear = (p: DesignPoint) =>
  C.a * num(p, "a") + C.b * num(p, "b") + C.c * num(p, "c") + C.d * num(p, "d");

describe("morrisIndices", () => {
  it("morrisIndices() of y = Σ c_i x_i gives μ = c_i (max - min), μ* = |μ|, σ = 0, and 0 for a factor that does not enter", () => {
    const r = 25;
    const { points } = expandDesign(FACTORS, { kind: "morris", samples: r, seed: 3 });
    const y = points.map(linear);
    const res = morrisIndices(points, y);
    expect(res.map((e) => e.name)).toEqual(["a", "b", "c", "d"]);
    for (const e of res) {
      const f = FACTORS.find((x) => x.name === e.name)!;
      const slope = C[e.name as keyof typeof C] * (f.max - f.min);
      expect(e.r).toBe(r);
      expect(e.mu).toBeCloseTo(slope, 9);
      expect(e.muStar).toBeCloseTo(Math.abs(slope), 9);
      expect(e.sigma).toBeCloseTo(0, 9);
    }
    expect(res[2].muStar).toBe(0);
  });

  it("morrisIndices() of y = x1 x2 gives EE_1 = x2 at the step that moves x1, and σ > 0", () => {
    const f2 = [
      { name: "x1", min: 0, max: 1 },
      { name: "x2", min: 0, max: 1 },
    ];
    const { points } = expandDesign(f2, { kind: "morris", samples: 40, seed: 8 });
    const y = points.map((p) => num(p, "x1") * num(p, "x2"));
    // At the step that moves x1, x2 stays put, so EE_1 = x2 Δ / Δ = x2 there (likewise EE_2 = x1).
    const expected = (moved: string, other: string) => {
      const ee = points
        .filter((p) => p.role?.design === "morris" && p.role.factor === moved)
        .map((p) => num(p, other));
      const mean = ee.reduce((s, v) => s + v, 0) / ee.length;
      const sd = Math.sqrt(ee.reduce((s, v) => s + (v - mean) ** 2, 0) / (ee.length - 1));
      return { mean, sd };
    };
    const [e1, e2] = morrisIndices(points, y);
    for (const [e, moved, other] of [
      [e1, "x1", "x2"],
      [e2, "x2", "x1"],
    ] as const) {
      const { mean, sd } = expected(moved, other);
      expect(e.mu).toBeCloseTo(mean, 12);
      expect(e.muStar).toBeCloseTo(mean, 12);
      expect(e.sigma).toBeCloseTo(sd, 12);
      expect(e.sigma).toBeGreaterThan(0.1);
    }
  });

  it("morrisIndices() skips the effects touching a failed run and counts the rest", () => {
    const { points } = expandDesign(FACTORS, { kind: "morris", samples: 10, seed: 1 });
    const y = points.map(linear);
    // Step 2 of trajectory 0 failed: the effects of steps 2 and 3 of that trajectory are lost.
    y[2] = Number.NaN;
    const lost = [points[2], points[3]].map((p) => (p.role?.design === "morris" ? p.role.factor : ""));
    for (const e of morrisIndices(points, y)) expect(e.r).toBe(lost.includes(e.name) ? 9 : 10);
  });

  it("morrisIndices() refuses points without a Morris role and outputs that are too short", () => {
    const grid = expandDesign(FACTORS.slice(0, 1), { kind: "grid" }).points;
    expect(() => morrisIndices(grid, [1, 2, 3, 4, 5])).toThrow(/point 0 has no Morris role/);
    const { points } = expandDesign(FACTORS, { kind: "morris", samples: 2 });
    expect(() => morrisIndices(points, [1, 2])).toThrow(/no output for point 2 \(outputs has 2 values\)/);
  });
});
