import { describe, expect, it } from "vitest";
import { resolveParams, runModel } from "../../engine/run.ts";
import { keen } from "./index.ts";
import type { KeenParams } from "./params.ts";
import { goodEquilibrium, investment, isHurwitzStable, keenJacobian, keenRhs } from "./rhs.ts";
import { DEBT_BOUND } from "./simulation.ts";

/** Grasselli & Costa Lima (2012) parameter values, written out here. */
const PAPER = {
  nu: 3,
  alpha: 0.025,
  beta: 0.02,
  delta: 0.01,
  r: 0.03,
  k0: -0.0065,
  k1: Math.exp(-5),
  k2: 20,
  phi0: 0.04 / (1 - 0.04 ** 2),
  phi1: 0.04 ** 3 / (1 - 0.04 ** 2),
};

const params = (raw: Record<string, unknown> = {}) => resolveParams(keen, raw) as KeenParams;

/** The good equilibrium derived here from the paper's equations, independently of rhs.ts. */
function paperEquilibrium() {
  const { nu, alpha, beta, delta, r, k0, k1, k2, phi0, phi1 } = PAPER;
  // Balanced growth at α + β: κ(π*) = ν(α + β + δ), κ(π) = k0 + k1 e^(k2 π).
  const kappaStar = nu * (alpha + beta + delta);
  const pi = Math.log((kappaStar - k0) / k1) / k2;
  // d' = κ − π − d g = 0 with g = α + β.
  const d = (kappaStar - pi) / (alpha + beta);
  // ω' = 0: Φ(λ*) = α with Φ(λ) = φ1/(1−λ)² − φ0.
  const lambda = 1 - Math.sqrt(phi1 / (alpha + phi0));
  return { omega: 1 - pi - r * d, lambda, d, pi };
}

function runRows(raw: Record<string, unknown>, horizon: number) {
  const rows: number[][] = [];
  const result = runModel(keen, params(raw), { horizon, onRow: (t, r) => rows.push([t, ...r]) });
  return { result, rows };
}

describe("keen equations", () => {
  it("the defaults are the paper's parameter values", () => {
    const p = params();
    for (const [k, v] of Object.entries(PAPER)) expect(p[k as keyof KeenParams]).toBe(v);
  });

  it("goodEquilibrium() matches the equilibrium derived from the paper's equations", () => {
    const expected = paperEquilibrium();
    const eq = goodEquilibrium(params());
    expect(eq.pi).toBeCloseTo(expected.pi, 14);
    expect(eq.d).toBeCloseTo(expected.d, 14);
    expect(eq.omega).toBeCloseTo(expected.omega, 14);
    expect(eq.lambda).toBeCloseTo(expected.lambda, 14);
    // The same λ* as the Goodwin model with the same Phillips curve; investment equals ν(α+β+δ).
    expect(investment(params(), eq.pi)).toBeCloseTo(PAPER.nu * (PAPER.alpha + PAPER.beta + PAPER.delta), 14);
  });

  it("keenRhs() vanishes at the good equilibrium", () => {
    const eq = paperEquilibrium();
    const out = new Float64Array(3);
    keenRhs(params(), Float64Array.of(eq.omega, eq.lambda, eq.d), out);
    for (const v of out) expect(Math.abs(v)).toBeLessThan(1e-14);
  });

  it("keenRhs() debt equation equals the paper's form d(r − g) + κ − (1 − ω)", () => {
    const p = params();
    const out = new Float64Array(3);
    for (const [omega, lambda, d] of [
      [0.7, 0.9, 0.5],
      [0.9, 0.6, 3],
      [0.5, 0.95, -1],
    ]) {
      keenRhs(p, Float64Array.of(omega, lambda, d), out);
      const pi = 1 - omega - PAPER.r * d;
      const kappa = PAPER.k0 + PAPER.k1 * Math.exp(PAPER.k2 * pi);
      const g = kappa / PAPER.nu - PAPER.delta;
      const paperForm = d * (PAPER.r - g) + kappa - (1 - omega);
      expect(Math.abs(out[2] - paperForm)).toBeLessThan(1e-13 * Math.max(1, Math.abs(paperForm)));
    }
  });

  it("keenJacobian() agrees with finite differences of keenRhs()", () => {
    const p = params();
    const J = keenJacobian(p, 0.8, 0.9, 0.4, new Float64Array(9));
    const y = Float64Array.of(0.8, 0.9, 0.4);
    const fp = new Float64Array(3);
    const fm = new Float64Array(3);
    const h = 1e-6;
    for (let j = 0; j < 3; j++) {
      const yp = Float64Array.from(y);
      const ym = Float64Array.from(y);
      yp[j] += h;
      ym[j] -= h;
      keenRhs(p, yp, fp);
      keenRhs(p, ym, fm);
      for (let i = 0; i < 3; i++) expect(J[3 * i + j]).toBeCloseTo((fp[i] - fm[i]) / (2 * h), 6);
    }
  });

  it("the good equilibrium is locally stable with the paper's parameters (Routh–Hurwitz)", () => {
    const eq = paperEquilibrium();
    expect(isHurwitzStable(keenJacobian(params(), eq.omega, eq.lambda, eq.d, new Float64Array(9)))).toBe(
      true,
    );
    // The test itself can fail: a matrix with an eigenvalue of positive real part is rejected.
    expect(isHurwitzStable(Float64Array.of(0.1, 0, 0, 0, -1, 0, 0, 0, -1))).toBe(false);
    expect(isHurwitzStable(Float64Array.of(-0.1, 0, 0, 0, -1, 0, 0, 0, -2))).toBe(true);
  });
});

describe("keen runs", () => {
  it("a start in the good basin (ω0 = λ0 = 0.75, d0 = 0.1, the paper's convergent example) converges to the good equilibrium", () => {
    const eq = paperEquilibrium();
    const r = runModel(keen, params({ omega0: 0.75, lambda0: 0.75, d0: 0.1 }), { horizon: 500 });
    expect(r.status).toBe("ok");
    expect(Math.abs(r.final.omega - eq.omega)).toBeLessThan(1e-5);
    expect(Math.abs(r.final.lambda - eq.lambda)).toBeLessThan(1e-5);
    expect(Math.abs(r.final.d - eq.d)).toBeLessThan(1e-5);
    expect(Math.abs(r.final.pi - eq.pi)).toBeLessThan(1e-5);
    expect(r.summary.eqLocallyStable).toBe(1);
    expect(r.summary.distanceToEq).toBeLessThan(1e-5);
  });

  it("a start with heavy debt (ω0 = λ0 = 0.8, d0 = 20) heads for the bad equilibrium ω, λ → 0, d → ∞ and ends 'diverged'", () => {
    const p = PAPER;
    // Local stability of (0, 0, +∞) from the paper's conditions: as π → −∞, κ → k0, so
    //   ω'/ω → Φ(0) − α < 0,  λ'/λ → k0/ν − δ − α − β < 0,  and d grows at r + δ − k0/ν > 0.
    const phiAtZero = p.phi1 - p.phi0;
    const omegaRate = phiAtZero - p.alpha;
    const lambdaRate = p.k0 / p.nu - p.delta - p.alpha - p.beta;
    const debtRate = p.r + p.delta - p.k0 / p.nu;
    expect(omegaRate).toBeLessThan(0);
    expect(lambdaRate).toBeLessThan(0);
    expect(debtRate).toBeGreaterThan(0);

    const { result, rows } = runRows({ omega0: 0.8, lambda0: 0.8, d0: 20 }, 300);
    expect(result.status).toBe("diverged");
    expect(result.failure?.variable).toBe("d");
    expect(result.failure?.values?.d).toBeGreaterThan(DEBT_BOUND);
    expect(result.t).toBeGreaterThan(50);
    expect(result.t).toBeLessThan(300);
    for (const row of rows) for (const v of row) expect(Number.isFinite(v)).toBe(true);
    // Monotone collapse: ω and λ only fall, d only rises.
    for (let i = 1; i < rows.length; i++) {
      expect(rows[i][1]).toBeLessThan(rows[i - 1][1]);
      expect(rows[i][2]).toBeLessThan(rows[i - 1][2]);
      expect(rows[i][3]).toBeGreaterThan(rows[i - 1][3]);
    }
    // Over the last 30 years the rates approach the analytic ones. For d: d' ≈ a d − b with
    // a = r + δ − k0/ν and b = 1 − k0 (κ → k0, ω → 0), so d − b/a grows at exactly rate a.
    const last = rows[rows.length - 1];
    const earlier = rows[rows.length - 1 - 30 * keen.stepsPerUnit];
    const span = last[0] - earlier[0];
    const rate = (i: number, shift = 0) => Math.log((last[i] - shift) / (earlier[i] - shift)) / span;
    expect(Math.abs(rate(1) / omegaRate - 1)).toBeLessThan(1e-3);
    expect(Math.abs(rate(2) / lambdaRate - 1)).toBeLessThan(1e-3);
    expect(Math.abs(rate(3, (1 - p.k0) / debtRate) / debtRate - 1)).toBeLessThan(1e-3);
  });

  it("runModel(keen, {omega0: 0.75, lambda0: 0.7}, horizon 300) ends without NaN or crash: the paper's divergent example", () => {
    // This is the command users try (`refusal run keen --set omega0=0.75 --set lambda0=0.7
    // --horizon 300`). With d0 = 0.1 it is the divergent example of Grasselli & Costa Lima
    // (their companion code's "keen_time_divergent" figure): growing cycles, then a debt explosion.
    const r = runModel(keen, resolveParams(keen, { omega0: 0.75, lambda0: 0.7 }), { horizon: 300 });
    expect(["ok", "diverged"]).toContain(r.status);
    for (const v of Object.values(r.final)) expect(Number.isFinite(v)).toBe(true);
    for (const v of Object.values(r.summary)) expect(Number.isFinite(v)).toBe(true);
    expect(r.status).toBe("diverged");
    expect(r.failure?.variable).toBe("d");
    expect(Number.isFinite(r.failure?.t)).toBe(true);
    expect(r.t).toBeLessThan(300);
    expect(r.final.d).toBeGreaterThan(100);
  });

  it("never produces NaN or a crash, whatever the start", () => {
    for (const omega0 of [0.2, 0.6, 0.95, 1.2])
      for (const lambda0 of [0.3, 0.7, 0.99])
        for (const d0 of [-2, 0, 1, 10, 50]) {
          const r = runModel(keen, params({ omega0, lambda0, d0 }), { horizon: 300 });
          expect(["ok", "diverged"]).toContain(r.status);
          for (const v of Object.values(r.final)) expect(Number.isFinite(v)).toBe(true);
        }
  });

  it("is deterministic: two runs give the same hash", () => {
    const a = runModel(keen, params(), { horizon: 50 });
    const b = runModel(keen, params(), { horizon: 50, seed: 3 });
    expect(a.hash).toBe(b.hash);
  });
});
