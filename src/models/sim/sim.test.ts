import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Model } from "../../engine/model.ts";
import { streams } from "../../engine/rng.ts";
import { resolveParams, runModel } from "../../engine/run.ts";
import { type SimParams, type SimSimulation, sim } from "./index.ts";
import { tfmIndex, transactionFlowMatrix } from "./matrices.ts";

/** Money amounts: zero or in [1e-6, 1e6] (subnormal amounts have no relative precision to check). */
const money = fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1e6, noNaN: true }));

const defaults = () => resolveParams(sim, {}) as SimParams;

/** Every recorded row, copied. */
function series(params: Record<string, unknown>, horizon: number) {
  const rows: Record<string, number>[] = [];
  const result = runModel(sim, resolveParams(sim, params), {
    horizon,
    check: true,
    onRow(t, row) {
      const r: Record<string, number> = { t };
      sim.metrics.forEach((m, i) => {
        r[m] = row[i];
      });
      rows.push(r);
    },
  });
  return { rows, result };
}

/** A copy of `sim` whose simulation is tampered with by `corrupt` after step `at`. */
function tampered(at: number, corrupt: (s: SimSimulation) => void): Model<SimParams> {
  return {
    ...sim,
    create(p, rng) {
      const s = sim.create(p, rng) as SimSimulation;
      let steps = 0;
      return {
        ...s,
        step() {
          s.step();
          if (++steps === at) corrupt(s);
        },
      };
    },
  };
}

describe("model sim", () => {
  it("runModel(sim) reproduces the first periods of the book's Table 3.4", () => {
    const { rows } = series({}, 3);
    // Derived from the equations: Y1 = G / (1 - alpha1 (1 - theta)) = 20 / 0.52, H0 = 0.
    const Y1 = 20 / 0.52;
    const H1 = 0.8 * Y1 - (0.6 * 0.8 * Y1 + 0);
    expect(rows[1].Y).toBeCloseTo(Y1, 12);
    expect(rows[1].T).toBeCloseTo(0.2 * Y1, 12);
    expect(rows[1].YD).toBeCloseTo(0.8 * Y1, 12);
    expect(rows[1].C).toBeCloseTo(0.6 * 0.8 * Y1, 12);
    expect(rows[1].Hh).toBeCloseTo(H1, 12);
    const Y2 = (20 + 0.4 * H1) / 0.52;
    expect(rows[2].Y).toBeCloseTo(Y2, 12);
    // The book's printed figures (one decimal): period 0 all zero; period 1 Y 38.5, T 7.7, YD 30.8,
    // C 18.5, ΔH = H 12.3; period 2 Y 47.9, T 9.6, YD 38.3, C 27.9, ΔH 10.4, H 22.7.
    for (const m of ["Y", "T", "YD", "C", "Hh", "Hs"]) expect(rows[0][m]).toBe(0);
    const book = [
      { Y: 38.5, T: 7.7, YD: 30.8, C: 18.5, dH: 12.3, H: 12.3 },
      { Y: 47.9, T: 9.6, YD: 38.3, C: 27.9, dH: 10.4, H: 22.7 },
    ];
    book.forEach((b, k) => {
      const r = rows[k + 1];
      expect(Math.abs(r.Y - b.Y)).toBeLessThan(0.05);
      expect(Math.abs(r.T - b.T)).toBeLessThan(0.05);
      expect(Math.abs(r.YD - b.YD)).toBeLessThan(0.05);
      expect(Math.abs(r.C - b.C)).toBeLessThan(0.05);
      expect(Math.abs(r.Hh - rows[k].Hh - b.dH)).toBeLessThan(0.05);
      expect(Math.abs(r.Hh - b.H)).toBeLessThan(0.05);
    });
  });

  it("runModel(sim) reaches the steady state Y* = G/theta = 100 (book's last column)", () => {
    const { result } = series({}, 200);
    expect(result.status).toBe("ok");
    expect(result.summary.Ystar).toBe(100);
    expect(Math.abs(result.final.Y - 100)).toBeLessThan(1e-6);
    expect(Math.abs(result.final.T - 20)).toBeLessThan(1e-6);
    expect(Math.abs(result.final.YD - 80)).toBeLessThan(1e-6);
    expect(Math.abs(result.final.C - 80)).toBeLessThan(1e-6);
    expect(Math.abs(result.final.Hh - 80)).toBeLessThan(1e-6);
    expect(result.summary.Cstar).toBeCloseTo(80, 12);
    expect(result.summary.Hstar).toBeCloseTo(80, 12);
  });

  it("runModel(sim) converges at the analytic rate: within 1% of Y* after 26 periods", () => {
    // H(t) - H* = rho (H(t-1) - H*), rho = 1 - alpha2 theta / (1 - alpha1 (1 - theta)), so
    // Y* - Y(t) = alpha2 H* rho^(t-1) / (1 - alpha1 (1 - theta)) from H0 = 0.
    const D = 1 - 0.6 * 0.8;
    const rho = 1 - (0.4 * 0.2) / D;
    const gap = (t: number) => ((0.4 * 80) / D) * rho ** (t - 1);
    let expected = 1;
    while (gap(expected) > 0.01 * 100) expected++;
    expect(expected).toBe(26);
    const { rows, result } = series({}, 60);
    expect(result.summary.periodsTo99).toBe(expected);
    for (let t = 1; t <= 60; t++) expect(100 - rows[t].Y).toBeCloseTo(gap(t), 10);
  });

  it("runModel(sim, {check: true}) finds every period's matrices balanced, for any valid parameters", () => {
    fc.assert(
      fc.property(
        fc.record({
          G: money,
          theta: fc.double({ min: 0.01, max: 1, noNaN: true }),
          alpha1: fc.double({ min: 0, max: 0.99, noNaN: true }),
          alpha2: fc.double({ min: 0.01, max: 1, noNaN: true }),
          W: fc.double({ min: 0.01, max: 100, noNaN: true }),
          H0: money,
          shockPeriod: fc.integer({ min: 0, max: 50 }),
          Gshock: money,
        }),
        (raw) => {
          const r = runModel(sim, resolveParams(sim, raw), { horizon: 100, check: true });
          expect(r.status).toBe("ok");
          // Hh and Hs, kept apart, differ by rounding only: relative to the largest flow or stock.
          const scale = Math.max(r.summary.Y_max, r.summary.G_max, r.summary.Hh_max);
          expect(r.summary.maxAbsHhMinusHs).toBeLessThanOrEqual(1e-12 * scale);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("runModel(sim) records Y = C + G and Hh = Hs in every period", () => {
    const { rows } = series({}, 100);
    for (const r of rows.slice(1)) {
      expect(Math.abs(r.Y - r.C - r.G)).toBeLessThanOrEqual(1e-12 * r.Y);
      expect(Math.abs(r.Hh - r.Hs)).toBeLessThanOrEqual(1e-12 * r.Hh);
      expect(r.N).toBe(r.Y);
    }
  });

  it("sim.check() throws InvariantError naming tfm.row.taxes when a tax payment is corrupted", () => {
    const s = sim.create(defaults(), streams(0)) as SimSimulation;
    s.step();
    s.check?.(1);
    s.state.tfm[tfmIndex("taxes", "households")] -= 0.5;
    expect(() => s.check?.(1)).toThrow(/invariant 'tfm\.row\.taxes' broken at step 1/);
  });

  it("runModel(sim, {check: true}) stops at the step where household money leaks", () => {
    const leaky = tampered(3, (s) => {
      s.state.Hh -= 0.01; // money vanishes from households without any transaction
      transactionFlowMatrix(s.state, s.state.tfm);
    });
    const r = runModel(leaky, defaults(), { horizon: 10, check: true });
    expect(r.status).toBe("invariant-failed");
    expect(r.failure?.step).toBe(3);
    expect(r.failure?.variable).toBe("tfm.row.changeInMoney");
    // Without check the leak passes silently, and the redundant equation no longer holds.
    const unchecked = runModel(leaky, defaults(), { horizon: 10 });
    expect(unchecked.status).toBe("ok");
    expect(unchecked.summary.maxAbsHhMinusHs).toBeGreaterThan(0.009);
  });

  it("runModel(sim, {check: true}) stops when Hh is changed behind the matrices' back", () => {
    const r = runModel(
      tampered(5, (s) => {
        s.state.Hh += 1e-6;
      }),
      defaults(),
      { horizon: 10, check: true },
    );
    expect(r.status).toBe("invariant-failed");
    expect(r.failure?.step).toBe(5);
    expect(r.failure?.variable).toBe("Hh=Hs");
  });

  it("runModel(sim) moves Y* from 100 to 125 when G rises from 20 to 25 (book's shock)", () => {
    // Start in the steady state H0 = H* = 80, raise G in period 5.
    const { rows, result } = series({ H0: 80, shockPeriod: 5, Gshock: 25 }, 200);
    expect(result.status).toBe("ok");
    for (let t = 1; t <= 4; t++) expect(rows[t].Y).toBeCloseTo(100, 10);
    // Period 5: Y = (25 + alpha2 H*) / (1 - alpha1 (1 - theta)) = (25 + 32) / 0.52.
    expect(rows[5].Y).toBeCloseTo(57 / 0.52, 10);
    expect(result.summary.Ystar).toBe(125);
    expect(Math.abs(result.final.Y - 125)).toBeLessThan(1e-6);
    // New H* = (1 - alpha1)/alpha2 * (1 - theta) * 125 = 100.
    expect(Math.abs(result.final.Hh - 100)).toBeLessThan(1e-6);
    // Same convergence rate from a gap of alpha2 (H*' - H*) / D = 0.4 * 20 / 0.52 at the shock.
    const rho = 1 - 0.08 / 0.52;
    let k = 1;
    while (((0.4 * 20) / 0.52) * rho ** (k - 1) > 1.25) k++;
    expect(result.summary.periodsTo99).toBe(k);
  });

  it("sim is deterministic: the seed does not change the output", () => {
    const a = runModel(sim, defaults(), { seed: 1 });
    const b = runModel(sim, defaults(), { seed: 2 });
    expect(a.hash).toBe(b.hash);
  });
});
