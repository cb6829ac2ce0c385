import { describe, expect, it } from "vitest";
import { cyclePeriod, olsSlope, pearson } from "./stats.ts";

describe("summary statistics", () => {
  it("cyclePeriod() finds the period of a sine on a trend", () => {
    const x = Array.from({ length: 48 }, (_, t) => 0.07 + 0.001 * t + 0.03 * Math.sin((2 * Math.PI * t) / 8));
    expect(cyclePeriod(x)).toBe(8);
    const y = Array.from({ length: 60 }, (_, t) => Math.cos((2 * Math.PI * t) / 12));
    expect(cyclePeriod(y)).toBe(12);
  });

  it("cyclePeriod() is 0 for short or flat series", () => {
    expect(cyclePeriod([1, 2, 3])).toBe(0);
    expect(cyclePeriod(Array(20).fill(0.05))).toBe(0);
  });

  it("olsSlope() and pearson() recover an exact line", () => {
    const x = [1, 2, 3, 4, 5];
    const y = x.map((v) => 3 - 2 * v);
    expect(olsSlope(x, y)).toBeCloseTo(-2, 14);
    expect(pearson(x, y)).toBeCloseTo(-1, 14);
    expect(olsSlope([1, 1, 1], [1, 2, 3])).toBe(0);
  });
});
