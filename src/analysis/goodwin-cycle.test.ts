import { describe, expect, it } from "vitest";
import { cycleRotation } from "./goodwin-cycle.ts";

/** Points on the unit circle at the angles θ_t. */
const circle = (theta: number[]) => ({ x: theta.map(Math.cos), y: theta.map(Math.sin) });

describe("cycleRotation()", () => {
  it("a regular counter-clockwise circle: every step counter-clockwise, equal lengths, CV 0", () => {
    // A hair faster than 24 steps a turn, so that each turn is completed at its 24th step whatever
    // the rounding of atan2.
    const { x, y } = circle(
      Array.from({ length: 121 }, (_, t) => ((2 * Math.PI * t) / 24) * (1 + 1e-9) + 0.01),
    );
    const r = cycleRotation(x, y);
    expect(r.ccwShare).toBe(1);
    expect(r.lengths).toEqual([24, 24, 24, 24, 24]);
    expect(r.meanLength).toBe(24);
    expect(r.lengthCv).toBe(0);
  });

  it("the same circle clockwise: no counter-clockwise step and no turn", () => {
    const { x, y } = circle(Array.from({ length: 121 }, (_, t) => (-2 * Math.PI * t) / 24));
    const r = cycleRotation(x, y);
    expect(r.ccwShare).toBe(0);
    expect(r.lengths).toEqual([]);
    expect(r.lengthCv).toBeNaN();
  });

  it("turns of 10, 20 and 30 steps: mean 20, CV = 10 / 20 = 0.5", () => {
    const theta: number[] = [0.001];
    for (const len of [10, 20, 30]) {
      const start = theta[theta.length - 1];
      for (let s = 1; s <= len; s++) theta.push(start + (2 * Math.PI * s) / len);
    }
    const { x, y } = circle(theta);
    const r = cycleRotation(x, y);
    expect(r.lengths).toEqual([10, 20, 30]);
    expect(r.meanLength).toBe(20);
    expect(r.lengthCv).toBeCloseTo(0.5, 14);
  });

  it("a step back counts as clockwise: 3 of 4 steps counter-clockwise", () => {
    const { x, y } = circle([0, 0.5, 1, 0.8, 1.2]);
    expect(cycleRotation(x, y).ccwShare).toBe(0.75);
  });
});
