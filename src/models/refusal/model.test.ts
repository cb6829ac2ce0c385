import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { InvariantError } from "../../engine/model.ts";
import { streams } from "../../engine/rng.ts";
import { resolveParams, runModel } from "../../engine/run.ts";
import { type RefusalParams, refusal } from "./index.ts";
import { NONE } from "./state.ts";

const SCENARIOS = join(import.meta.dirname, "scenarios");
const small = (raw: Record<string, unknown> = {}) =>
  resolveParams(refusal, { workers: 600, firms: 8, burnInYears: 2, ...raw }) as RefusalParams;

describe("the refusal model", () => {
  it("refusal is a monthly, stochastic model whose metrics and descriptions line up", () => {
    expect(refusal.timeUnit).toBe("year");
    expect(refusal.stepsPerUnit).toBe(12);
    expect(refusal.stochastic).toBe(true);
    expect(refusal.metricDescriptions?.length).toBe(refusal.metrics.length);
  });

  it("runModel() gives the same series hash for the same seed and another for another seed", () => {
    const p = small();
    const a = runModel(refusal, p, { seed: 3, horizon: 5 });
    const b = runModel(refusal, p, { seed: 3, horizon: 5 });
    const c = runModel(refusal, p, { seed: 4, horizon: 5 });
    expect(a.status).toBe("ok");
    expect(a.hash).toBe(b.hash);
    expect(a.hash).not.toBe(c.hash);
  });

  for (const file of readdirSync(SCENARIOS).filter((f) => f.endsWith(".yaml"))) {
    it(`scenario ${file} runs with every invariant checked every month`, () => {
      const sc = parse(readFileSync(join(SCENARIOS, file), "utf8"));
      expect(sc.model).toBe("refusal");
      const p = resolveParams(refusal, sc.params);
      // a shorter horizon than the scenario's keeps the suite fast; the golden test runs it all
      const r = runModel(refusal, p, { seed: sc.seed, horizon: Math.min(sc.horizon, 12), check: true });
      expect(r.failure?.message).toBeUndefined();
      expect(r.status).toBe("ok");
    });
  }

  it("the summary holds the figures the theses need, as finite numbers", () => {
    const r = runModel(refusal, small({ strategy: "refusal" }), { seed: 1, horizon: 6 });
    for (const k of [
      "unemploymentRate",
      "wageShare",
      "profitRate",
      "accumulationRate",
      "productivityGrowth",
      "strikeShare",
      "organisationDensity",
      "crises",
      "dominationIndex",
      "growthSd",
      "cyclePeriod",
      "realWageGrowth",
      "profitGrowth",
      "capitalChange",
      "minWorkersConsumption",
      "strikeMonths",
      "recoveryMonths",
      "productivityStrikeSlope",
      "adoptionBlocked",
    ])
      expect(Number.isFinite(r.summary[k]), k).toBe(true);
  });

  it("check() names the broken identity when a worker's money is changed behind the bank's back", () => {
    const sim = refusal.create(small(), streams(1));
    sim.check?.(0);
    sim.step();
    sim.check?.(1);
    (sim as unknown as { state: { money: Float64Array } }).state.money[5] += 1;
    try {
      sim.check?.(2);
      expect.unreachable("check() should throw");
    } catch (e) {
      expect(e).toBeInstanceOf(InvariantError);
      expect((e as InvariantError).variable).toBe("bank.deposits");
      expect((e as InvariantError).step).toBe(2);
    }
  });

  it("check() catches a worker moved to another firm without its workforce list", () => {
    const sim = refusal.create(small(), streams(1)) as unknown as {
      state: { employer: Int32Array; n: number };
      check(step: number): void;
    };
    const s = sim.state;
    let i = 0;
    while (s.employer[i] === NONE) i++;
    s.employer[i] = s.employer[i] === 0 ? 1 : 0;
    expect(() => sim.check(0)).toThrow(InvariantError);
  });

  it("check() catches a flow booked in the matrix but never paid", () => {
    const sim = refusal.create(small(), streams(1)) as unknown as {
      state: { tfm: Float64Array };
      check(step: number): void;
      step(): void;
    };
    sim.check(0);
    sim.step();
    sim.state.tfm[1] += 7; // consumption row, capitalists' column: a flow without money moving
    expect(() => sim.check(1)).toThrow(/tfm\.(row|col)/);
  });
});
