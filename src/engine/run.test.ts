import { describe, expect, it } from "vitest";
import { walk } from "../../test/fixtures/walk-model.ts";
import { resolveParams, runModel } from "./run.ts";

const p = (raw: Record<string, unknown> = {}) => resolveParams(walk, raw);

describe("runModel", () => {
  it("runModel() records t = 0 and one row per step, at k / stepsPerUnit", () => {
    const ts: number[] = [];
    const r = runModel(walk, p(), { horizon: 3, onRow: (t) => ts.push(t) });
    expect(r.status).toBe("ok");
    expect(ts).toEqual([0, 0.5, 1, 1.5, 2, 2.5, 3]);
    expect(r.steps).toBe(6);
    expect(r.t).toBe(3);
  });

  it("runModel() gives the same hash for the same seed and a different one for another seed", () => {
    const a = runModel(walk, p(), { seed: 5, horizon: 10 });
    const b = runModel(walk, p(), { seed: 5, horizon: 10 });
    const c = runModel(walk, p(), { seed: 6, horizon: 10 });
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.hash).toBe(b.hash);
    expect(a.final).toEqual(b.final);
    expect(c.hash).not.toBe(a.hash);
  });

  it("runModel() calls onStep with the simulation after every recorded row, and the hash does not change", () => {
    const steps: number[] = [];
    const r = runModel(walk, p(), {
      seed: 5,
      horizon: 3,
      onStep: (sim, step) => {
        expect(typeof sim.step).toBe("function");
        steps.push(step);
      },
    });
    expect(steps).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(r.hash).toBe(runModel(walk, p(), { seed: 5, horizon: 3 }).hash);
  });

  it("runModel() streams rows and keeps only running summaries", () => {
    const rows: number[][] = [];
    const r = runModel(walk, p(), { horizon: 4, onRow: (_t, row) => rows.push([...row]) });
    const spreads = rows.map((x) => x[1]);
    expect(r.summary.spread_max).toBe(Math.max(...spreads));
    expect(r.summary.spread_min).toBe(Math.min(...spreads));
    expect(r.summary.spread_mean).toBeCloseTo(spreads.reduce((a, b) => a + b, 0) / spreads.length, 12);
    expect(r.final.spread).toBe(spreads[spreads.length - 1]);
    expect(r.summary.steps).toBe(8);
  });

  it("runModel() stops a diverging run with status 'diverged', the step and the variable", () => {
    const r = runModel(walk, p({ explodeAt: 3 }), { horizon: 10 });
    expect(r.status).toBe("diverged");
    expect(r.failure).toMatchObject({ step: 2, variable: "mean" });
    expect(r.failure?.message).toContain("exploded");
  });

  it("runModel() turns a NaN metric into status 'diverged' naming the metric and step", () => {
    const r = runModel(walk, p({ nanAt: 4 }), { horizon: 10 });
    expect(r.status).toBe("diverged");
    expect(r.failure).toMatchObject({ step: 4, t: 2, variable: "mean" });
    expect(Number.isNaN(r.failure?.values?.mean)).toBe(true);
    expect(Number.isFinite(r.final.mean)).toBe(true); // last good row
  });

  it("runModel() with check: true stops at the step where an invariant breaks", () => {
    const r = runModel(walk, p({ breakAt: 5, kind: "drift" }), { horizon: 10, check: true });
    expect(r.status).toBe("invariant-failed");
    expect(r.failure).toMatchObject({ step: 5, variable: "total" });
    expect(r.failure?.message).toContain("step 5");
    // Without --check the same run completes.
    expect(runModel(walk, p({ breakAt: 5, kind: "drift" }), { horizon: 10 }).status).toBe("ok");
  });

  it("runModel() rejects a negative or non-finite horizon", () => {
    expect(() => runModel(walk, p(), { horizon: -5 })).toThrow(RangeError);
    expect(() => runModel(walk, p(), { horizon: Number.NaN })).toThrow(RangeError);
  });
});
