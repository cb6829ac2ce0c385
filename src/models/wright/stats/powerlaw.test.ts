import { describe, expect, it } from "vitest";
import { createRng } from "../../../engine/rng.ts";
import { fitContinuousPowerLaw, fitDiscretePowerLaw, wrightOlsExponent } from "./powerlaw.ts";
import { hurwitzZeta } from "./zeta.ts";

describe("fitContinuousPowerLaw()", () => {
  it("recovers alpha and xmin of a Pareto tail above a non-power-law body", () => {
    // 20000 draws of p(x) ~ x^-2.5 above 100 (inverse cdf), plus 20000 uniform on [1, 100).
    const rng = createRng(11, "t");
    const x: number[] = [];
    for (let i = 0; i < 20000; i++) x.push(100 * (1 - rng.float()) ** (-1 / 1.5));
    for (let i = 0; i < 20000; i++) x.push(1 + 99 * rng.float());
    const fit = fitContinuousPowerLaw(x);
    // se of alpha = (alpha - 1)/sqrt(n) = 0.0106: allow 5 se
    expect(Math.abs(fit.alpha - 2.5)).toBeLessThan(0.053);
    expect(fit.xmin).toBeGreaterThan(80);
    expect(fit.xmin).toBeLessThan(130);
  });

  it("returns NaN when there are too few observations", () => {
    expect(fitContinuousPowerLaw([1, 2, 3]).alpha).toBeNaN();
  });
});

describe("fitDiscretePowerLaw()", () => {
  it("recovers alpha and xmin of a discrete power law from its expected histogram", () => {
    // counts[k] = 1e6 k^-2.2 / zeta(2.2, 5) for 5 <= k <= 10^5 (the mass beyond, 5e-6 of the
    // tail, barely biases alpha), and a flat body below 5 that a power law does not fit.
    const z = hurwitzZeta(2.2, 5);
    const counts = new Float64Array(100001);
    for (let k = 1; k < 5; k++) counts[k] = 20000;
    for (let k = 5; k < counts.length; k++) counts[k] = (1e6 * k ** -2.2) / z;
    const fit = fitDiscretePowerLaw(counts, { maxCandidates: 30 });
    expect(Math.abs(fit.alpha - 2.2)).toBeLessThan(0.002);
    expect(fit.xmin).toBeGreaterThanOrEqual(5);
    expect(fit.xmin).toBeLessThanOrEqual(8);
    expect(fit.ks).toBeLessThan(0.005);
  });
});

describe("wrightOlsExponent()", () => {
  it("returns alpha_W exactly for counts proportional to k^-(alpha_W + 1)", () => {
    const counts = new Float64Array(200);
    for (let k = 1; k < 200; k++) counts[k] = 1e9 * k ** -2.3;
    expect(wrightOlsExponent(counts)).toBeCloseTo(1.3, 10);
  });
});
