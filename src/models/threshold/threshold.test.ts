import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Model } from "../../engine/model.ts";
import { resolveParams, runModel } from "../../engine/run.ts";
import { type ThresholdParams, type ThresholdSimulation, threshold } from "./index.ts";

const run = (raw: Record<string, unknown>, seed = 0, horizon?: number) =>
  runModel(threshold, resolveParams(threshold, raw), { seed, horizon, check: true });

const zeroTo99 = Array.from({ length: 100 }, (_, i) => i);

/** Mean final participation over seeds 0..n−1. */
function meanParticipation(raw: Record<string, unknown>, n: number): number {
  let sum = 0;
  for (let s = 0; s < n; s++) sum += run(raw, s).summary.finalParticipation;
  return sum / n;
}

describe("model threshold", () => {
  it("runModel(threshold) cascades Granovetter's thresholds 0..99 to all 100, one person a round", () => {
    const participants: number[] = [];
    const r = runModel(threshold, resolveParams(threshold, { distribution: "list", thresholds: zeroTo99 }), {
      check: true,
      onRow: (_, row) => participants.push(row[0]),
    });
    expect(r.status).toBe("ok");
    expect(participants).toEqual(Array.from({ length: 101 }, (_, t) => t));
    expect(r.summary.finalParticipants).toBe(100);
    expect(r.summary.finalParticipation).toBe(1);
    expect(r.summary.equilibrium).toBe(100);
    expect(r.summary.rounds).toBe(100);
    expect(r.steps).toBe(100); // done() ended the run long before the horizon of 1000
    expect(r.summary.reachedFixedPoint).toBe(1);
  });

  it("runModel(threshold) stops at the lone instigator when threshold 1 becomes 2", () => {
    const thresholds = zeroTo99.map((x) => (x === 1 ? 2 : x));
    const r = run({ distribution: "list", thresholds });
    expect(r.status).toBe("ok");
    expect(r.summary.finalParticipants).toBe(1);
    expect(r.summary.equilibrium).toBe(1);
    expect(r.summary.rounds).toBe(1);
    expect(r.steps).toBe(1);
  });

  it("runModel(threshold) reaches the analytic equilibrium of the sorted thresholds, with check passing", () => {
    fc.assert(
      fc.property(
        fc.record({
          N: fc.integer({ min: 1, max: 300 }),
          mean: fc.double({ min: -20, max: 200, noNaN: true }),
          sd: fc.double({ min: 0, max: 100, noNaN: true }),
          distribution: fc.constantFrom("normal", "uniform"),
          min: fc.double({ min: -10, max: 50, noNaN: true }),
          span: fc.double({ min: 0, max: 300, noNaN: true }),
        }),
        fc.nat(1000),
        ({ span, ...raw }, seed) => {
          const r = run({ ...raw, max: raw.min + span }, seed);
          expect(r.status).toBe("ok");
          expect(r.summary.reachedFixedPoint).toBe(1);
          expect(r.summary.finalParticipants).toBe(r.summary.equilibrium);
          expect(r.summary.rounds).toBeLessThanOrEqual(raw.N);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("runModel(threshold) jumps from few to nearly all as sd passes the critical value (N = 100, mean 25)", () => {
    // Granovetter: mean 25, sd rising from 0; the mean-field jump is at sd ≈ 12.2. In a crowd of
    // 100 the jump is blurred by sampling, so compare sd well below and well above it.
    expect(meanParticipation({ sd: 8 }, 20)).toBeLessThan(0.2);
    expect(meanParticipation({ sd: 17 }, 20)).toBeGreaterThan(0.8);
    const curve = [0, 4, 8, 12, 16, 20].map((sd) => meanParticipation({ sd }, 20));
    for (let k = 1; k < curve.length; k++) expect(curve[k]).toBeGreaterThanOrEqual(curve[k - 1] - 0.05);
  });

  it("runModel(threshold) matches Granovetter's mean field in a large crowd, either side of sd ≈ 12.2%", () => {
    // N = 100000, mean 25%: 5% below the critical sd the cascade stops near the mean-field value
    // (a few percent), 5% above it everyone joins.
    const N = 100_000;
    for (const seed of [0, 1]) {
      const below = run({ N, mean: 0.25 * N, sd: 0.95 * 0.12222 * N }, seed).summary;
      expect(Math.abs(below.finalParticipation - below.meanFieldEquilibrium / N)).toBeLessThan(0.005);
      expect(below.finalParticipation).toBeLessThan(0.05);
      const above = run({ N, mean: 0.25 * N, sd: 1.05 * 0.12222 * N }, seed).summary;
      expect(above.meanFieldEquilibrium / N).toBeGreaterThan(0.99);
      expect(above.finalParticipation).toBeGreaterThan(0.99);
    }
  });

  it("runModel(threshold) is a function of the seed; a given list ignores the seed", () => {
    expect(run({}, 5).hash).toBe(run({}, 5).hash);
    expect(run({ sd: 15 }, 5).hash).not.toBe(run({ sd: 15 }, 6).hash);
    const list = { distribution: "list", thresholds: [0, 1, 1, 3] };
    expect(run(list, 1).hash).toBe(run(list, 2).hash);
  });

  it("runModel(threshold) counts negative listed thresholds as instigators", () => {
    const r = run({ distribution: "list", thresholds: [-3, -0.5, 2, 10] });
    expect(r.summary.instigators).toBe(2);
    expect(r.summary.finalParticipants).toBe(3);
  });

  it("runModel(threshold, {check: true}) stops when the participant count is corrupted", () => {
    const corrupted: Model<ThresholdParams> = {
      ...threshold,
      create(p, rng) {
        const s = threshold.create(p, rng) as ThresholdSimulation;
        return {
          ...s,
          step() {
            s.step();
            if (s.state.t === 3) s.state.r += 1;
          },
        };
      },
    };
    const r = runModel(corrupted, resolveParams(threshold, { distribution: "list", thresholds: zeroTo99 }), {
      check: true,
    });
    expect(r.status).toBe("invariant-failed");
    expect(r.failure?.step).toBe(3);
    expect(r.failure?.variable).toBe("participants.recount");
    expect(r.failure?.values).toEqual({ participants: 4, recount: 3, previous: 2 });
  });

  it("threshold.params rejects an empty list and an inverted uniform range", () => {
    expect(threshold.params.safeParse({ distribution: "list" }).success).toBe(false);
    expect(threshold.params.safeParse({ distribution: "uniform", min: 5, max: 1 }).success).toBe(false);
    expect(threshold.params.safeParse({ N: 0 }).success).toBe(false);
    expect(threshold.params.safeParse({ extra: 1 }).success).toBe(false);
  });
});
