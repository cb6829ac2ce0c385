import { describe, expect, it } from "vitest";
import { resolveParams, runModel } from "../../engine/run.ts";
import { refusal } from "./index.ts";

// The stylised facts the issue asks of the defaults under `none` + `laissez-faire`, checked over
// three seeds at a modest size (2,000 workers, 20 firms, 40 years, the default 20-year burn-in).
// The thresholds are the issue's: unemployment mostly between 3% and 15%, a wage share between
// 0.55 and 0.75, endogenous cycles of 3 to 15 years, positive productivity growth.
describe("calibration under none + laissez-faire", () => {
  const p = resolveParams(refusal, { workers: 2000, firms: 20 });
  const burnIn = 20;
  const ui = refusal.metrics.indexOf("unemploymentRate");
  const wi = refusal.metrics.indexOf("wageShare");
  const runs = [1, 2, 3].map((seed) => {
    let n = 0;
    let inBand = 0;
    let wMin = Number.POSITIVE_INFINITY;
    let wMax = Number.NEGATIVE_INFINITY;
    const r = runModel(refusal, p, {
      seed,
      horizon: 40,
      onRow: (t, row) => {
        if (t <= burnIn) return;
        n++;
        if (row[ui] >= 0.03 && row[ui] <= 0.15) inBand++;
        wMin = Math.min(wMin, row[wi]);
        wMax = Math.max(wMax, row[wi]);
      },
    });
    return { r, inBandShare: inBand / n, wMin, wMax };
  });

  it("unemployment lies between 3% and 15% in at least three months out of four", () => {
    for (const { r, inBandShare } of runs) {
      expect(r.status).toBe("ok");
      expect(inBandShare).toBeGreaterThanOrEqual(0.75);
      expect(r.summary.unemploymentRate).toBeGreaterThan(0.03);
      expect(r.summary.unemploymentRate).toBeLessThan(0.15);
    }
  });

  it("the wage share stays between 0.55 and 0.75", () => {
    for (const { r, wMin, wMax } of runs) {
      expect(r.summary.wageShare).toBeGreaterThan(0.55);
      expect(r.summary.wageShare).toBeLessThan(0.75);
      expect(wMin).toBeGreaterThan(0.5);
      expect(wMax).toBeLessThan(0.8);
    }
  });

  it("output cycles endogenously with a period of 3 to 15 years", () => {
    for (const { r } of runs) {
      expect(r.summary.cyclePeriod).toBeGreaterThanOrEqual(3);
      expect(r.summary.cyclePeriod).toBeLessThanOrEqual(15);
      // a cycle, not a flat line: unemployment moves by several points over the period
      expect(r.summary.unemploymentMax - r.summary.unemploymentMin).toBeGreaterThan(0.03);
    }
  });

  it("productivity grows", () => {
    for (const { r } of runs) {
      expect(r.summary.productivityGrowth).toBeGreaterThan(0.005);
      expect(r.summary.productivityGrowth).toBeLessThan(0.05);
    }
  });
});
