import { describe, expect, it } from "vitest";
import { listModels } from "../src/api-node.ts";
import { runModel } from "../src/engine/run.ts";

// Parameters under which a stochastic model's output depends on the seed (with threshold's
// defaults, sd = 10 < 12.2, no cascade starts whatever the draw, so every seed gives zeros).
const seedSensitive: Record<string, Record<string, unknown>> = { threshold: { sd: 15 } };

// A run is a pure function of (model, version, params, seed, horizon).
describe("determinism of every model", () => {
  for (const model of listModels()) {
    const params = model.params.parse(seedSensitive[model.name] ?? {}) as Record<string, unknown>;
    const horizon = Math.min(model.defaultHorizon, model.timeUnit === "year" ? 5 : 20);

    it(`${model.name}: the same seed twice gives the same hash`, () => {
      const a = runModel(model, params, { seed: 11, horizon });
      const b = runModel(model, params, { seed: 11, horizon });
      expect(a.hash).toBe(b.hash);
      expect(a.summary).toEqual(b.summary);
    });

    if (model.stochastic) {
      it(`${model.name}: different seeds give different hashes`, () => {
        const hashes = new Set([1, 2, 3].map((seed) => runModel(model, params, { seed, horizon }).hash));
        expect(hashes.size).toBe(3);
      });
    } else {
      it(`${model.name}: the seed does not change a deterministic model's output`, () => {
        expect(runModel(model, params, { seed: 1, horizon }).hash).toBe(
          runModel(model, params, { seed: 2, horizon }).hash,
        );
      });
    }
  }
});
