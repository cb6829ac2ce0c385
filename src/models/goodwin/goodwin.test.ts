import { describe, expect, it } from "vitest";
import { resolveParams, runModel } from "../../engine/run.ts";
import { goodwin } from "./index.ts";
import { GCL_PHI0, GCL_PHI1, type GoodwinParams } from "./params.ts";
import { firstIntegral, goodwinEquilibrium, goodwinRhs, phillips } from "./rhs.ts";

/** The parameters of the issue / Grasselli & Costa Lima (2012), written out here. */
const PAPER = {
  nu: 3,
  alpha: 0.025,
  beta: 0.02,
  delta: 0.01,
  phi0: 0.04 / (1 - 0.04 ** 2),
  phi1: 0.04 ** 3 / (1 - 0.04 ** 2),
};

const params = (raw: Record<string, unknown> = {}) => resolveParams(goodwin, raw) as GoodwinParams;

/** Runs the model and keeps every row (t, omega, lambda). */
function runRows(raw: Record<string, unknown>, horizon: number, check = false) {
  const rows: number[][] = [];
  const result = runModel(goodwin, params(raw), {
    horizon,
    check,
    onRow: (t, r) => rows.push([t, r[0], r[1]]),
  });
  return { result, rows };
}

describe("goodwin equations", () => {
  it("phillips() for GCL passes through Φ(0) = −0.04 and Φ(0.96) = 0", () => {
    const p = params({ phillips: "gcl" });
    expect(p.phi0).toBe(PAPER.phi0);
    expect(p.phi1).toBe(PAPER.phi1);
    expect(GCL_PHI0).toBe(PAPER.phi0);
    expect(GCL_PHI1).toBe(PAPER.phi1);
    expect(phillips(p, 0)).toBeCloseTo(-0.04, 15);
    expect(phillips(p, 0.96)).toBeCloseTo(0, 15);
  });

  it("the default linear Phillips curve is the tangent of the GCL curve at its equilibrium", () => {
    const gcl = params({ phillips: "gcl" });
    const lin = params({ phillips: "linear" });
    const lambdaStar = 1 - Math.sqrt(PAPER.phi1 / (PAPER.alpha + PAPER.phi0));
    expect(phillips(lin, lambdaStar)).toBeCloseTo(PAPER.alpha, 12);
    expect(lin.rho).toBeCloseTo((2 * PAPER.phi1) / (1 - lambdaStar) ** 3, 12);
    const h = 1e-6;
    expect((phillips(gcl, lambdaStar + h) - phillips(gcl, lambdaStar - h)) / (2 * h)).toBeCloseTo(lin.rho, 5);
  });

  it("goodwinEquilibrium() gives ω* = 1 − ν(α+β+δ) = 0.835 with the paper's parameters", () => {
    const omegaStar = 1 - PAPER.nu * (PAPER.alpha + PAPER.beta + PAPER.delta);
    expect(omegaStar).toBeCloseTo(0.835, 12);
    const eq = goodwinEquilibrium(params({ ...PAPER, phillips: "gcl" }));
    expect(eq.omega).toBeCloseTo(omegaStar, 15);
    // Φ(λ*) = α: φ1/(1 − λ*)² = α + φ0.
    expect(eq.lambda).toBeCloseTo(1 - Math.sqrt(PAPER.phi1 / (PAPER.alpha + PAPER.phi0)), 15);
    const lin = params({ phillips: "linear", gamma: 0.5, rho: 0.6 });
    expect(goodwinEquilibrium(lin).lambda).toBeCloseTo((PAPER.alpha + 0.5) / 0.6, 15);
  });

  it("goodwinRhs() vanishes at the analytic equilibrium", () => {
    for (const phillipsKind of ["gcl", "linear"]) {
      const p = params({ phillips: phillipsKind });
      const eq = goodwinEquilibrium(p);
      const out = new Float64Array(2);
      goodwinRhs(p, Float64Array.of(eq.omega, eq.lambda), out);
      expect(Math.abs(out[0])).toBeLessThan(1e-15);
      expect(Math.abs(out[1])).toBeLessThan(1e-15);
    }
  });

  it("firstIntegral() is constant along the vector field (∇V · f = 0)", () => {
    for (const phillipsKind of ["gcl", "linear"]) {
      const p = params({ phillips: phillipsKind });
      const f = new Float64Array(2);
      for (const [omega, lambda] of [
        [0.7, 0.9],
        [0.9, 0.97],
        [0.8, 0.5],
      ]) {
        goodwinRhs(p, Float64Array.of(omega, lambda), f);
        // Numerical gradient of V (central differences), then dV/dt = ∇V · f.
        const h = 1e-5;
        const vOmega = (firstIntegral(p, omega + h, lambda) - firstIntegral(p, omega - h, lambda)) / (2 * h);
        const vLambda = (firstIntegral(p, omega, lambda + h) - firstIntegral(p, omega, lambda - h)) / (2 * h);
        const dV = vOmega * f[0] + vLambda * f[1];
        // The two terms cancel: compare with the size of one of them.
        expect(Math.abs(vOmega * f[0])).toBeGreaterThan(1e-5);
        expect(Math.abs(dV)).toBeLessThan(1e-5 * Math.abs(vOmega * f[0]));
      }
    }
  });
});

describe("goodwin runs", () => {
  it("conserves the first integral to a relative drift below 1e-8 over 100 years at tight tolerance", () => {
    for (const phillipsKind of ["gcl", "linear"]) {
      const raw = { phillips: phillipsKind, rtol: 1e-12, atol: 1e-14 };
      const { result, rows } = runRows(raw, 100, true);
      expect(result.status).toBe("ok");
      expect(rows.length).toBe(100 * goodwin.stepsPerUnit + 1);
      const p = params(raw);
      const eq = goodwinEquilibrium(p);
      const v0 = firstIntegral(p, rows[0][1], rows[0][2]);
      const energy = v0 - firstIntegral(p, eq.omega, eq.lambda);
      expect(energy).toBeGreaterThan(0);
      let drift = 0;
      for (const [, omega, lambda] of rows)
        drift = Math.max(drift, Math.abs(firstIntegral(p, omega, lambda) - v0) / energy);
      expect(drift).toBeLessThan(1e-8);
      expect(result.summary.firstIntegralDrift).toBeCloseTo(drift, 15);
    }
  });

  it("cycle averages equal the analytic equilibrium (ω* = 0.835 with the paper's parameters)", () => {
    const omegaStar = 1 - PAPER.nu * (PAPER.alpha + PAPER.beta + PAPER.delta);
    // GCL curve: over a cycle, mean ω = ω* and mean Φ(λ) = α exactly (integrate (ln λ)' and (ln ω)').
    const gcl = runModel(goodwin, params({ ...PAPER, phillips: "gcl" }), { horizon: 100 });
    expect(gcl.status).toBe("ok");
    expect(gcl.summary.cycles).toBeGreaterThanOrEqual(10);
    expect(Math.abs(gcl.summary.omegaCycleMean - omegaStar)).toBeLessThan(1e-6);
    expect(Math.abs(gcl.summary.phillipsCycleMean - PAPER.alpha)).toBeLessThan(1e-6);
    // Φ is convex and increasing, so Jensen puts the mean employment rate below λ*.
    const lambdaStar = 1 - Math.sqrt(PAPER.phi1 / (PAPER.alpha + PAPER.phi0));
    expect(gcl.summary.lambdaCycleMean).toBeLessThan(lambdaStar);
    // Linear curve: mean Φ(λ) = α is mean λ = (α + γ)/ρ.
    const gamma = 0.6;
    const rho = 0.65;
    const lin = runModel(goodwin, params({ ...PAPER, phillips: "linear", gamma, rho, lambda0: 0.97 }), {
      horizon: 100,
    });
    expect(lin.status).toBe("ok");
    expect(lin.summary.cycles).toBeGreaterThanOrEqual(3);
    expect(Math.abs(lin.summary.omegaCycleMean - omegaStar)).toBeLessThan(1e-6);
    expect(Math.abs(lin.summary.lambdaCycleMean - (PAPER.alpha + gamma) / rho)).toBeLessThan(1e-6);
  });

  it("the small-oscillation period matches 2π/sqrt(ω* λ* Φ'(λ*)/ν) within 0.5%", () => {
    const omegaStar = 1 - PAPER.nu * (PAPER.alpha + PAPER.beta + PAPER.delta);
    const lambdaStar = 1 - Math.sqrt(PAPER.phi1 / (PAPER.alpha + PAPER.phi0));
    const slopes = {
      gcl: (2 * PAPER.phi1) / (1 - lambdaStar) ** 3,
      linear: 0.65,
    };
    for (const phillipsKind of ["gcl", "linear"] as const) {
      const raw =
        phillipsKind === "gcl"
          ? { ...PAPER, phillips: "gcl" }
          : {
              ...PAPER,
              phillips: "linear",
              rho: slopes.linear,
              gamma: slopes.linear * lambdaStar - PAPER.alpha,
            };
      const expected = (2 * Math.PI) / Math.sqrt((omegaStar * lambdaStar * slopes[phillipsKind]) / PAPER.nu);
      const r = runModel(goodwin, params({ ...raw, omega0: omegaStar, lambda0: lambdaStar + 1e-3 }), {
        horizon: 100,
      });
      expect(r.status).toBe("ok");
      expect(r.summary.cycles).toBeGreaterThanOrEqual(3);
      expect(Math.abs(r.summary.period / expected - 1)).toBeLessThan(0.005);
      expect(r.summary.periodLinearised).toBeCloseTo(expected, 10);
    }
  });

  it("runModel(goodwin) with the defaults cycles, passes --check and reports the equilibrium", () => {
    const r = runModel(goodwin, params(), { check: true });
    expect(r.status).toBe("ok");
    expect(r.t).toBe(goodwin.defaultHorizon);
    expect(r.summary.omegaEq).toBeCloseTo(0.835, 12);
    expect(r.summary.cycles).toBeGreaterThanOrEqual(10);
    expect(r.summary.lambda_max).toBeLessThan(1);
    expect(r.summary.omega_min).toBeGreaterThan(0);
  });

  it("stops with status 'diverged' when the linear Phillips curve pushes λ above 1", () => {
    // A wide orbit: with the linear curve nothing keeps employment below the labour force.
    const r = runModel(goodwin, params({ phillips: "linear", omega0: 0.8, lambda0: 0.9 }), { horizon: 100 });
    expect(r.status).toBe("diverged");
    expect(r.failure?.variable).toBe("lambda");
    expect(r.failure?.values?.lambda).toBeGreaterThanOrEqual(1);
    expect(r.t).toBeLessThan(100);
    for (const v of Object.values(r.final)) expect(Number.isFinite(v)).toBe(true);
    // The same start with the GCL curve stays in (0, 1): Φ → ∞ as λ → 1.
    const g = runModel(goodwin, params({ phillips: "gcl", omega0: 0.8, lambda0: 0.9 }), { horizon: 100 });
    expect(g.status).toBe("ok");
    expect(g.summary.lambda_max).toBeLessThan(1);
  });

  it("check() throws an InvariantError naming the step and the values when the drift exceeds checkTol", () => {
    const r = runModel(goodwin, params({ rtol: 1e-6, checkTol: 1e-9 }), { horizon: 50, check: true });
    expect(r.status).toBe("invariant-failed");
    expect(r.failure?.variable).toBe("firstIntegral");
    expect(r.failure?.step).toBeGreaterThan(0);
    expect(r.failure?.values?.relativeDrift).toBeGreaterThan(1e-9);
    expect(r.failure?.message).toMatch(/step \d+/);
  });

  it("is deterministic: two runs give the same hash", () => {
    const a = runModel(goodwin, params(), { horizon: 20 });
    const b = runModel(goodwin, params(), { horizon: 20, seed: 7 });
    expect(a.hash).toBe(b.hash);
  });
});
