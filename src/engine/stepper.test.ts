import { describe, expect, it } from "vitest";
import { walk } from "../../test/fixtures/walk-model.ts";
import { resolveParams, runModel } from "./run.ts";
import { Stepper } from "./stepper.ts";

const p = (raw: Record<string, unknown> = {}) => resolveParams(walk, raw);

/** Every row runModel gives (t first), and its result. */
function reference(params: Record<string, unknown>, seed: number, horizon: number) {
  const rows: number[][] = [];
  const r = runModel(walk, params, { seed, horizon, onRow: (t, row) => rows.push([t, ...row]) });
  return { r, rows };
}

describe("Stepper (the engine's run loop)", () => {
  it("Stepper.advance() resumes where it stopped: its rows and result equal runModel's however the run is cut", () => {
    const ref = reference(p(), 4, 10);
    for (const cut of [[1], [3, 0, 7], [50]]) {
      const s = new Stepper(walk, p(), 4, 10);
      const rows: number[][] = [];
      for (let k = 0; !s.finished; k++) {
        const out = new Float64Array(cut[k % cut.length] * 3);
        const n = s.advance(cut[k % cut.length], out);
        for (let r = 0; r < n; r++) rows.push([...out.subarray(r * 3, r * 3 + 3)]);
      }
      expect(rows).toEqual(ref.rows);
      expect(s.result()).toEqual(ref.r);
    }
  });

  it("Stepper.finish() gives runModel's result, failures included", () => {
    for (const raw of [{}, { explodeAt: 3 }, { nanAt: 4 }]) {
      expect(new Stepper(walk, p(raw), 2, 10).finish()).toEqual(
        runModel(walk, p(raw), { seed: 2, horizon: 10 }),
      );
    }
    const checked = new Stepper(walk, p({ breakAt: 5, kind: "drift" }), 0, 10, { check: true }).finish();
    expect(checked).toEqual(runModel(walk, p({ breakAt: 5, kind: "drift" }), { horizon: 10, check: true }));
    expect(checked.status).toBe("invariant-failed");
  });

  it("Stepper.observe() gives the last row recorded, undefined before the first", () => {
    const s = new Stepper(walk, p(), 1, 5);
    expect(s.observe()).toBeUndefined();
    const out = new Float64Array(3 * 3);
    s.advance(3, out);
    expect(s.observe()).toEqual({ mean: out[7], spread: out[8] });
    expect(s.step).toBe(2);
  });

  it("Stepper.snapshot() gives the digest so far (at the end the hash) and, kept, the series so far", () => {
    const ref = reference(p(), 6, 4);
    const s = new Stepper(walk, p(), 6, 4, { keepSeries: true });
    s.advance(3);
    const mid = s.snapshot();
    expect(mid).toMatchObject({ status: "running", step: 2, t: 1, rows: 3 });
    expect(mid.series?.t).toEqual(Float64Array.from(ref.rows.slice(0, 3).map((r) => r[0])));
    expect(mid.series?.values[1]).toEqual(Float64Array.from(ref.rows.slice(0, 3).map((r) => r[2])));
    // The digest of the first three rows: a run of horizon 1 records exactly them.
    expect(mid.hash).toBe(runModel(walk, p(), { seed: 6, horizon: 1 }).hash);
    const r = s.finish();
    const end = s.snapshot();
    expect(end.hash).toBe(ref.r.hash);
    expect(r.hash).toBe(ref.r.hash);
    expect(end.series?.metrics).toEqual(["mean", "spread"]);
    expect(end.series?.t).toHaveLength(ref.rows.length);
    expect(new Stepper(walk, p(), 6, 4).snapshot().series).toBeUndefined();
  });

  it("Stepper.result() throws while the run goes on", () => {
    const s = new Stepper(walk, p(), 0, 3);
    s.advance(2);
    expect(() => s.result()).toThrow("the run of walk has not ended (step 1)");
  });

  it("Stepper calls onProgress about a hundred times, the last with every step, and onRow once per row", () => {
    const calls: [number, number][] = [];
    let rows = 0;
    const s = new Stepper(walk, p(), 0, 500, {
      onProgress: (d, t) => calls.push([d, t]),
      onRow: () => rows++,
    });
    s.advance(10);
    s.finish();
    expect(calls.length).toBeGreaterThanOrEqual(100);
    expect(calls.length).toBeLessThanOrEqual(102);
    expect(calls.at(-1)).toEqual([1000, 1000]);
    expect(rows).toBe(1001);
  });

  it("Stepper.advance() stops after the step during which its deadline passed", () => {
    const s = new Stepper(walk, p(), 0, 100);
    expect(s.advance(1000, undefined, performance.now() - 1)).toBe(2); // the row at t = 0 and one step
    expect(s.finished).toBe(false);
  });
});
