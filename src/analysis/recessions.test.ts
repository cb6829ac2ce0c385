import { describe, expect, it } from "vitest";
import { bbqTurningPoints, recessionStats } from "./recessions.ts";

/** A path from piecewise-linear moves: [quarters, change per quarter]... */
function path(moves: [number, number][]): number[] {
  const y = [0];
  for (const [q, d] of moves) for (let i = 0; i < q; i++) y.push(y[y.length - 1] + d);
  return y;
}

describe("bbqTurningPoints()", () => {
  it("dates two recessions of 3 and 2 quarters in a growing series", () => {
    // 0..10 up, 10..13 down (3 q), 13..25 up, 25..27 down (2 q), 27..40 up.
    const y = path([
      [10, 1],
      [3, -1],
      [12, 1],
      [2, -1],
      [13, 1],
    ]);
    expect(bbqTurningPoints(y)).toEqual([
      { t: 10, kind: "peak" },
      { t: 13, kind: "trough" },
      { t: 25, kind: "peak" },
      { t: 27, kind: "trough" },
    ]);
  });

  it("ignores a one-quarter dip (phase under 2 quarters) and a blip inside a short cycle", () => {
    // A single down quarter at 10 is not a recession: y_11 < y_10 but y_12 > y_10.
    const y = path([
      [10, 1],
      [1, -0.5],
      [15, 1],
    ]);
    expect(bbqTurningPoints(y)).toEqual([]);
  });

  it("keeps the higher of two peaks without a trough between them", () => {
    const y = [0, 1, 2, 5, 2, 1.5, 1.8, 6, 3, 2, 1, 0, -1];
    // Local max at 3 (5) and 7 (6); the trough at 5 (1.5) makes a phase of 2 but a cycle 3 → 7 of 4 < 5.
    const tp = bbqTurningPoints(y);
    expect(tp[0]).toEqual({ t: 7, kind: "peak" });
  });
});

describe("recessionStats()", () => {
  it("counts peaks per century and the mean peak-to-trough duration", () => {
    const y = path([
      [10, 1],
      [3, -1],
      [12, 1],
      [2, -1],
      [13, 1],
    ]);
    const r = recessionStats(y);
    expect(r.count).toBe(2);
    expect(r.durations).toEqual([3, 2]);
    expect(r.meanDuration).toBe(2.5);
    expect(r.perCentury).toBeCloseTo((100 * 2) / (y.length / 4), 14);
  });

  it("a steadily growing series has no recession", () => {
    const r = recessionStats(path([[80, 0.5]]));
    expect(r.count).toBe(0);
    expect(r.perCentury).toBe(0);
    expect(r.meanDuration).toBeNaN();
  });
});
