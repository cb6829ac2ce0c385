import { describe, expect, it } from "vitest";
import { registry } from "../models/index.ts";
import { parseExperiment } from "./experiment-file.ts";
import { planExperiment, streamPlan } from "./sweep.ts";

const exp = (design: string, factors: string, seeds = 2) =>
  parseExperiment(
    `name: s\nmodel: goodwin\nfactors: ${factors}\ndesign: ${design}\nseeds: ${seeds}\nhorizon: 2\n`,
    "s.yaml",
    registry,
  );

describe("streamPlan", () => {
  it("streamPlan() gives the specs of planExperiment(), in the same order, for every kind of design", () => {
    const two = "{nu: {min: 2.5, max: 3.5}, omega0: {values: [0.8, 0.85, 0.9]}}";
    const ranges = "{nu: {min: 2.5, max: 3.5}, alpha: {min: 0.01, max: 0.03}}";
    for (const e of [
      exp("{kind: grid, levels: 4}", two),
      exp("grid", "{}"),
      exp("{kind: latin-hypercube, samples: 7}", ranges),
      exp("{kind: morris, samples: 3}", ranges),
      exp("{kind: sobol, samples: 4}", ranges, 1),
    ]) {
      const plan = streamPlan(e);
      const streamed = [...plan.specs()];
      expect(streamed).toEqual(planExperiment(e));
      expect(plan.total).toBe(streamed.length);
    }
  });

  it("streamPlan() of a 10^6-run grid gives its first runs at once, without expanding it", () => {
    const e = exp(
      "{kind: grid, levels: 1000}",
      "{nu: {min: 2.5, max: 3.5}, alpha: {min: 0.01, max: 0.03}}",
      1,
    );
    const t0 = performance.now();
    const plan = streamPlan(e);
    const it = plan.specs()[Symbol.iterator]();
    const first = Array.from({ length: 1000 }, () => it.next().value);
    expect(plan.total).toBe(1_000_000);
    expect(first[999]?.pointIndex).toBe(999);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
