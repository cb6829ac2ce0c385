import { describe, expect, it } from "vitest";
import { resolveParams, runModel } from "../../engine/run.ts";
import { boltzmann } from "./index.ts";
import { giniSdFixedTotal, meanFieldWealth } from "./theory.ts";

describe("boltzmann", () => {
  it("conserves wealth at every step (check: true)", () => {
    const r = runModel(boltzmann, resolveParams(boltzmann, { N: 300 }), {
      seed: 1,
      horizon: 200,
      check: true,
    });
    expect(r.status).toBe("ok");
    expect(r.steps).toBe(200);
  });

  it("starts from perfect equality (Gini 0 at t = 0)", () => {
    let first = Number.NaN;
    runModel(
      boltzmann,
      { N: 50 },
      {
        horizon: 1,
        onRow: (t, row) => {
          if (t === 0) first = row[0];
        },
      },
    );
    expect(first).toBe(0);
  });

  it("is a pure function of params and seed", () => {
    const a = runModel(boltzmann, { N: 200 }, { seed: 5, horizon: 50 });
    const b = runModel(boltzmann, { N: 200 }, { seed: 5, horizon: 50 });
    const c = runModel(boltzmann, { N: 200 }, { seed: 6, horizon: 50 });
    expect(a.hash).toBe(b.hash);
    expect(c.hash).not.toBe(a.hash);
  });

  it("states at most 16 bytes per agent", () => {
    const r = runModel(boltzmann, { N: 10 }, { horizon: 0 });
    expect(r.summary.bytesPerAgent).toBeLessThanOrEqual(16);
  });

  it("the Gini over 20 seeds matches the mean-field stationary law in mean and spread", () => {
    // Theory (theory.ts): G_inf from the mean-field chain; a sample of N agents has expected Gini
    // G_inf (1 - 1/N) (the N diagonal pairs contribute 0) and sd from the Hoeffding projection
    // with the total wealth fixed. The distribution settles within ~20 steps from equality.
    const N = 2000;
    const seeds = 20;
    const mf = meanFieldWealth();
    const expected = mf.gini * (1 - 1 / N);
    const sdPred = giniSdFixedTotal(mf.pi, N);
    const g: number[] = [];
    for (let seed = 0; seed < seeds; seed++)
      g.push(runModel(boltzmann, { N }, { seed, horizon: 100 }).final.gini);
    const mean = g.reduce((a, b) => a + b) / seeds;
    const sd = Math.sqrt(g.reduce((a, b) => a + (b - mean) ** 2, 0) / (seeds - 1));
    // Mean: 4 standard errors of a 20-seed mean, plus 1/N for the neglected O(1/N) correlations.
    expect(Math.abs(mean - expected)).toBeLessThan((4 * sdPred) / Math.sqrt(seeds) + 1 / N);
    // Spread: (n-1)s^2/sigma^2 ~ chi2(19), whose 0.1% and 99.9% quantiles are 5.41 and 43.8.
    expect(sd / sdPred).toBeGreaterThan(Math.sqrt(5.41 / 19));
    expect(sd / sdPred).toBeLessThan(Math.sqrt(43.8 / 19));
  });
});
