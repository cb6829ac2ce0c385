import { describe, expect, it } from "vitest";
import { createRng } from "../engine/rng.ts";
import { subbotinFit } from "./subbotin.ts";

describe("subbotinFit()", () => {
  it("finds the maximum likelihood on a fixed sample (b = 0.73473, m = 0.15, a = 0.50221)", () => {
    // Reference: the profile likelihood maximised with scipy (gammaln, minimize_scalar on b for m at
    // every data value): logLik -31.145522. scipy.stats.gennorm.fit stops short at b = 0.768,
    // logLik -31.1498, so the estimate must be at least as likely as that.
    const x = [
      -2.1, -0.3, 0.1, 0.4, 0.5, 0.9, 1.7, 3.2, -1.1, 0.05, 0.33, -0.72, 2.4, -0.05, 0.61, -1.9, 0.2, 0.15,
      -0.4, 1.1,
    ];
    const fit = subbotinFit(x)!;
    expect(fit.b).toBeCloseTo(0.7347277, 5);
    expect(fit.m).toBeCloseTo(0.15, 12);
    expect(fit.a).toBeCloseTo(0.5022081, 5);
    expect(fit.logLik).toBeCloseTo(-31.145522, 5);
    expect(fit.logLik).toBeGreaterThan(-31.1498);
  });

  it("recovers b ≈ 2 from normal draws and b ≈ 1 from Laplace draws", () => {
    const rng = createRng(21, "subbotin");
    // Standard errors of b: about 0.045 for 10,000 normal draws, 0.03 for 4,000 Laplace draws.
    const normal = Float64Array.from({ length: 10_000 }, () => rng.normal(3, 2));
    const laplace = Float64Array.from(
      { length: 4_000 },
      () => rng.exponential() * (rng.chance(0.5) ? 1 : -1),
    );
    const fn = subbotinFit(normal)!;
    expect(Math.abs(fn.b - 2)).toBeLessThan(0.15);
    expect(Math.abs(fn.m - 3)).toBeLessThan(0.05);
    expect(Math.abs(fn.a - 2 * Math.SQRT2)).toBeLessThan(0.12); // a = σ √2 for b = 2
    expect(Math.abs(subbotinFit(laplace)!.b - 1)).toBeLessThan(0.12);
  });

  it("returns null for a constant or too short sample", () => {
    expect(subbotinFit([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1])).toBeNull();
    expect(subbotinFit([1, 2, 3])).toBeNull();
  });
});
