import { z } from "zod";
import type { AnyModel, Model } from "../../../engine/model.ts";
import type { ModelLookup } from "../../../scenario/scenario.ts";

/**
 * A model with known answers for testing the thesis machinery (never registered). One step; its
 * summary `effect` is
 *
 *   effect = treat (ruleOn ? ruleGain : 0) + treat otherGain + treat sign(x - 0.5) halfGain
 *            + noise (1 + treat) N(0, 1),
 *
 * so an effect of `treat` can come only from one flagged rule (`ruleOn`, mechanism "R"), survive
 * without it (`otherGain`), or hold on exactly half of the range of `x` (`halfGain`); `y` and `z`
 * do nothing. `outcome` is undefined (NaN) in a share `missingShare` of the runs: an event that
 * did not happen.
 */
const params = z
  .object({
    treat: z.number().min(0).max(1).default(0).describe("the treatment"),
    ruleOn: z.boolean().default(true).describe("the flagged rule"),
    ruleGain: z.number().default(1).describe("effect of the treatment through the rule"),
    otherGain: z.number().default(0).describe("effect of the treatment through everything else"),
    halfGain: z.number().default(0).describe("effect of the treatment, signed by x - 0.5"),
    x: z.number().min(0).max(1).default(0.75).describe("the parameter that decides the sign"),
    y: z.number().min(0).max(1).default(0.5).describe("a parameter that does nothing"),
    z: z.number().min(0).max(1).default(0.5).describe("another parameter that does nothing"),
    noise: z.number().min(0).default(0.1).describe("noise sd"),
    missingShare: z.number().min(0).max(1).default(0).describe("share of runs with no outcome"),
  })
  .strict();

export type SyntheticParams = z.output<typeof params>;

export const synthetic: Model<SyntheticParams> = {
  name: "synthetic",
  version: "1.0.0",
  description: "a model with known answers for the thesis machinery's tests",
  timeUnit: "period",
  stepsPerUnit: 1,
  defaultHorizon: 1,
  stochastic: true,
  params,
  metrics: ["effect"],
  mechanisms: [
    { id: "R", title: "the flagged rule", source: "a test", off: { ruleOn: false }, offMeans: "no rule" },
  ],
  ranges: {
    treat: { min: 0, max: 1, source: "the treatment (set by the arms)", screen: false },
    ruleGain: { min: 0.5, max: 1.5, source: "structure of the test", screen: false },
    otherGain: { min: 0, max: 1, source: "structure of the test", screen: false },
    halfGain: { min: 0, max: 1, source: "structure of the test", screen: false },
    x: { min: 0, max: 1, source: "test" },
    y: { min: 0, max: 1, source: "test" },
    z: { min: 0, max: 1, source: "test" },
    noise: { min: 0, max: 0.2, source: "test", screen: false },
    missingShare: { min: 0, max: 1, source: "test", screen: false },
  },
  create(p, rng) {
    const g = rng.stream("noise");
    const sign = p.x > 0.5 ? 1 : -1;
    const effect =
      p.treat * (p.ruleOn ? p.ruleGain : 0) +
      p.treat * p.otherGain +
      p.treat * sign * p.halfGain +
      p.noise * (1 + p.treat) * g.normal();
    const missing = g.float() < p.missingShare;
    return {
      observe(out) {
        out[0] = effect;
      },
      step() {},
      summary: () => ({ effect, outcome: missing ? Number.NaN : effect }),
    };
  },
};

/** A lookup that knows only the given models. */
export function lookupOf(...models: AnyModel[]): ModelLookup {
  const byName = new Map(models.map((m) => [m.name, m]));
  return { get: (n) => byName.get(n), names: () => [...byName.keys()] };
}
