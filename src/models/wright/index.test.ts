import { beforeAll, describe, expect, it } from "vitest";
import { resolveParams, runModel } from "../../engine/run.ts";
import { wright } from "./index.ts";

describe("wright: invariants and determinism", () => {
  it("conserves money exactly and keeps every structure consistent at every month (check: true)", () => {
    const r = runModel(wright, resolveParams(wright, { N: 300, M: 30000, burnInYears: 2 }), {
      seed: 3,
      horizon: 20,
      check: true,
    });
    expect(r.status).toBe("ok");
    expect(r.steps).toBe(240);
  });

  it("holds its invariants at the edges: N = 2, M not divisible by N, wmin = wmax, M = 0", () => {
    for (const p of [
      { N: 2, M: 500 },
      { N: 7, M: 1000, wmin: 50, wmax: 50 },
      { N: 50, M: 0 },
      { N: 40, M: 123457, wmin: 0, wmax: 3 },
    ]) {
      const r = runModel(wright, resolveParams(wright, { ...p, burnInYears: 0 }), {
        seed: 1,
        horizon: 5,
        check: true,
      });
      expect(r.status, JSON.stringify(p)).toBe("ok");
    }
  });

  it("records shares of the three classes that sum to one", () => {
    runModel(wright, resolveParams(wright, { N: 200, M: 20000 }), {
      horizon: 3,
      onRow: (_t, row) => expect(row[0] + row[1] + row[2]).toBeCloseTo(1, 12),
    });
  });

  it("is a pure function of params and seed", () => {
    const p = resolveParams(wright, { N: 200, M: 20000, burnInYears: 1 });
    const a = runModel(wright, p, { seed: 9, horizon: 5 });
    const b = runModel(wright, p, { seed: 9, horizon: 5 });
    const c = runModel(wright, p, { seed: 10, horizon: 5 });
    expect(a.hash).toBe(b.hash);
    expect(a.summary).toEqual(b.summary);
    expect(c.hash).not.toBe(a.hash);
  });
});

/**
 * Five runs at the paper's settings (N = 1000, M = 100000, wages [10, 90], 100 years, 10 of
 * burn-in). Expected values come from Wright (2005, arXiv:cond-mat/0401053v2); the spread `s` of
 * each figure between runs of this length was measured over seeds 1..8 and is stated in the
 * README, where each tolerance is derived: 3 sqrt(s^2/5 + s_p^2) + r, with s_p the spread of the
 * paper's single run and r the rounding of the paper's figure.
 */
describe("wright: the paper's figures at its settings", () => {
  const SEEDS = [1, 2, 3, 4, 5];
  const runs: Record<string, number>[] = [];
  beforeAll(() => {
    const p = resolveParams(wright, {});
    for (const seed of SEEDS) runs.push(runModel(wright, p, { seed, horizon: 100 }).summary);
  });
  const values = (k: string) => runs.map((r) => r[k]);
  const meanOf = (k: string) => values(k).reduce((a, b) => a + b, 0) / runs.length;
  const sdOf = (k: string) => {
    const m = meanOf(k);
    return Math.sqrt(values(k).reduce((a, b) => a + (b - m) ** 2, 0) / (runs.length - 1));
  };
  const tolerance = (s: number, sPaper: number, rounding: number) =>
    3 * Math.sqrt((s * s) / SEEDS.length + sPaper * sPaper) + rounding;

  /** Spread between runs of 90 measured years (README, "Seed-to-seed spread"). */
  const SPREAD = {
    workersShare: 0.0036,
    capitalistsShare: 0.0021,
    unemployedShare: 0.0017,
    profitShare: 0.0034,
    firmDemisesPerMonth: 0.21,
    firmSizeTailExponent: 0.1,
    incomeTailExponent: 0.13,
    recessionDecayRate: 0.2,
  };

  it("class proportions and the profit share are stable across seeds", () => {
    for (const k of ["workersShare", "capitalistsShare", "unemployedShare", "profitShare"] as const) {
      expect(sdOf(k), k).toBeLessThan(2 * SPREAD[k]);
      for (const v of values(k)) expect(Math.abs(v - meanOf(k)), k).toBeLessThan(4 * SPREAD[k]);
    }
  });

  it("~71.2% workers, 12.3% capitalists, 16.6% unemployed (section 3.1, fig. 1)", () => {
    expect(Math.abs(meanOf("workersShare") - 0.712)).toBeLessThan(
      tolerance(SPREAD.workersShare, SPREAD.workersShare, 5e-4),
    );
    expect(Math.abs(meanOf("capitalistsShare") - 0.123)).toBeLessThan(
      tolerance(SPREAD.capitalistsShare, SPREAD.capitalistsShare, 5e-4),
    );
    expect(Math.abs(meanOf("unemployedShare") - 0.166)).toBeLessThan(
      tolerance(SPREAD.unemployedShare, SPREAD.unemployedShare, 5e-4),
    );
  });

  it("profit share of national income fluctuates around 0.45 (section 3.7, fig. 7)", () => {
    // The paper's run: yearly sd 0.055 over 100 years -> s_p = 0.055 / sqrt(100) = 0.0055.
    expect(Math.abs(meanOf("profitShare") - 0.45)).toBeLessThan(tolerance(SPREAD.profitShare, 0.0055, 0.005));
  });

  it("about 18 firm demises a month (section 3.4)", () => {
    const s = SPREAD.firmDemisesPerMonth;
    expect(Math.abs(meanOf("firmDemisesPerMonth") - 18)).toBeLessThan(tolerance(s, s, 0.5));
  });

  it("firm sizes have a Zipf-like power-law tail, alpha = 1.038 (section 3.2, fig. 2)", () => {
    const s = SPREAD.firmSizeTailExponent;
    expect(Math.abs(meanOf("firmSizeTailExponent") - 1.038)).toBeLessThan(tolerance(s, s, 5e-4));
  });

  it("capitalists' incomes have a Pareto tail, alpha = 1.3 (section 3.8, fig. 8d)", () => {
    const s = SPREAD.incomeTailExponent;
    expect(Math.abs(meanOf("incomeTailExponent") - 1.3)).toBeLessThan(tolerance(s, s, 0.05));
  });

  it("recession durations decay exponentially, lambda = 1.22 per year (section 3.6, fig. 6)", () => {
    // The paper's value comes from 500 simulated years: s_p = s sqrt(90 / 500).
    const s = SPREAD.recessionDecayRate;
    expect(Math.abs(meanOf("recessionDecayRate") - 1.22)).toBeLessThan(
      tolerance(s, s * Math.sqrt(90 / 500), 0.005),
    );
  });
});
