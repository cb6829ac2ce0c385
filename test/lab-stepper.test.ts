import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getModel, listModels, scenarioForModel } from "../src/api.ts";
import type { AnyModel } from "../src/engine/model.ts";
import { runModel } from "../src/engine/run.ts";
import { Stepper } from "../src/engine/stepper.ts";
import { walk } from "./fixtures/walk-model.ts";

/** Run a Stepper to its end in batches of the given sizes (cycled), collecting the rows. */
function stepInBatches(
  model: AnyModel,
  params: Record<string, unknown>,
  seed: number,
  horizon: number,
  batches: number[],
) {
  const s = new Stepper(model, params, seed, horizon);
  const rows: number[][] = [];
  const stride = model.metrics.length + 1;
  for (let k = 0; !s.finished; k++) {
    const want = batches[k % batches.length];
    const buf = new Float64Array(Math.max(want, 0) * stride);
    const n = s.advance(want, buf);
    expect(n).toBeLessThanOrEqual(Math.max(want, 0));
    for (let r = 0; r < n; r++) rows.push([...buf.subarray(r * stride, (r + 1) * stride)]);
    if (k > 1e6) throw new Error("the stepper does not finish");
  }
  return { s, rows };
}

/** What run.ts produces for the same run: the result and every row (t first). */
function reference(model: AnyModel, params: Record<string, unknown>, seed: number, horizon: number) {
  const rows: number[][] = [];
  const r = runModel(model, params, { seed, horizon, onRow: (t, row) => rows.push([t, ...row]) });
  return { r, rows };
}

/** A short horizon for each model, so the whole file runs in a few seconds. */
const SHORT: Record<string, number> = {
  refusal: 1,
  goodwin: 20,
  keen: 30,
  sim: 40,
  threshold: 120,
  wright: 4,
  boltzmann: 30,
};

describe("Stepper (the lab's run loop)", () => {
  for (const model of listModels()) {
    const sc = scenarioForModel(model.name);
    const horizon = SHORT[model.name] ?? Math.min(sc.horizon, 2);
    it(`Stepper on ${model.name} gives run.ts's rows, status and hash, however the run is cut`, () => {
      const ref = reference(model, sc.params, 7, horizon);
      fc.assert(
        fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 6 }), (sizes) => {
          const batches = sizes.some((b) => b > 0) ? sizes : [...sizes, 1];
          const { s, rows } = stepInBatches(model, sc.params, 7, horizon, batches);
          expect(s.status).toBe(ref.r.status);
          expect(s.step).toBe(ref.r.steps);
          expect(s.hash).toBe(ref.r.hash);
          expect(rows).toEqual(ref.rows);
        }),
        { numRuns: 6 },
      );
    });
  }

  it("Stepper() stops where run.ts stops when the model throws DivergedError, with the same hash", () => {
    const params = walk.params.parse({ explodeAt: 5 });
    const ref = reference(walk, params, 1, 10);
    const { s, rows } = stepInBatches(walk, params, 1, 10, [3]);
    expect(ref.r.status).toBe("diverged");
    expect(s.status).toBe("diverged");
    expect(s.failure).toMatchObject({ step: ref.r.failure!.step, variable: "mean" });
    expect(s.hash).toBe(ref.r.hash);
    expect(rows).toEqual(ref.rows);
  });

  it("Stepper() turns a NaN metric into 'diverged' at the step run.ts names, without digesting that row", () => {
    const params = walk.params.parse({ nanAt: 4 });
    const ref = reference(walk, params, 2, 10);
    const { s, rows } = stepInBatches(walk, params, 2, 10, [100]);
    expect(s.status).toBe("diverged");
    expect(s.failure).toMatchObject({ step: 4, t: 2, variable: "mean" });
    expect(s.hash).toBe(ref.r.hash);
    expect(rows).toHaveLength(4); // t = 0, 0.5, 1, 1.5
  });

  it("Stepper() with horizon 0 records the single row at t = 0", () => {
    const params = walk.params.parse({});
    const { s, rows } = stepInBatches(walk, params, 3, 0, [5]);
    expect(s.status).toBe("ok");
    expect(rows.map((r) => r[0])).toEqual([0]);
    expect(s.hash).toBe(reference(walk, params, 3, 0).r.hash);
  });

  it("Stepper.advance(0) before the first row neither records nor ends a run that is done at once", () => {
    // The default threshold crowd is at its fixed point from the start: run.ts records one row.
    const model = getModel("threshold");
    const params = model.params.parse({});
    const s = new Stepper(model, params, 7, 50);
    expect(s.advance(0, new Float64Array(0))).toBe(0);
    expect(s.finished).toBe(false);
    const { s: cut } = stepInBatches(model, params, 7, 50, [0, 1]);
    expect(cut.hash).toBe(reference(model, params, 7, 50).r.hash);
  });

  it("Stepper.advance() does nothing once the run has ended", () => {
    const { s } = stepInBatches(walk, walk.params.parse({}), 3, 1, [10]);
    const before = s.step;
    expect(s.advance(10, new Float64Array(30))).toBe(0);
    expect(s.step).toBe(before);
  });

  it("Stepper() rejects a negative horizon as run.ts does", () => {
    expect(() => new Stepper(walk, walk.params.parse({}), 0, -1)).toThrow(RangeError);
  });
});
