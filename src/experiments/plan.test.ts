import { describe, expect, it } from "vitest";
import { registry } from "../models/index.ts";
import { UserError } from "../scenario/errors.ts";
import { expandDesign } from "./designs/index.ts";
import { parseExperiment } from "./experiment-file.ts";
import { planExperiment, planOfSpecs, streamPlan } from "./plan.ts";

const exp = (design: string, factors: string, seeds = 2) =>
  parseExperiment(
    `name: s\nmodel: goodwin\nfactors: ${factors}\ndesign: ${design}\nseeds: ${seeds}\nhorizon: 2\n`,
    "s.yaml",
    registry,
  );

// not in alphabetical order: the design keeps the file's order
const ranges = "{omega0: {min: 0.75, max: 0.85}, alpha: {min: 0.01, max: 0.03}}";

describe("streamPlan", () => {
  it("streamPlan() gives a grid's design without expanding it: factors in file order, no roles", () => {
    const plan = streamPlan(exp("{kind: grid, levels: 1000}", ranges, 1));
    expect(plan.design).toEqual({ kind: "grid", factors: ["omega0", "alpha"], points: 1_000_000 });
  });

  it("streamPlan() gives a Morris or Sobol' design with the role of every point, as expandDesign", () => {
    for (const design of ["{kind: morris, samples: 3}", "{kind: sobol, samples: 4}"]) {
      const e = exp(design, ranges);
      const d = expandDesign(e.factors, e.design);
      expect(streamPlan(e).design).toEqual({
        kind: d.kind,
        factors: ["omega0", "alpha"],
        points: d.points.length,
        roles: d.points.map((p) => p.role),
      });
    }
  });

  it("streamPlan() gives a random or Latin hypercube design without roles", () => {
    const plan = streamPlan(exp("{kind: latin-hypercube, samples: 7}", ranges));
    expect(plan.design).toEqual({ kind: "latin-hypercube", factors: ["omega0", "alpha"], points: 7 });
  });

  it("streamPlan() and planExperiment() refuse an unknown model with the file's name", () => {
    const e = { ...exp("grid", "{}"), model: "nope" };
    for (const f of [() => streamPlan(e), () => planExperiment(e)]) {
      expect(f).toThrow(UserError);
      expect(f).toThrow("s.yaml: model: unknown model 'nope'");
    }
  });

  it("planOfSpecs() gives the specs as they are, with no design", () => {
    const specs = planExperiment(exp("grid", "{}"));
    const plan = planOfSpecs(specs);
    expect(plan.total).toBe(2);
    expect([...plan.specs()]).toEqual(specs);
    expect(plan.design).toBeUndefined();
  });
});
