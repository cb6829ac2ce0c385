import { describe, expect, it } from "vitest";
import { mean, sampleSd, standardise } from "./descriptive.ts";

describe("descriptive statistics", () => {
  it("mean(), sampleSd() and standardise() of 2, 4, 4, 4, 5, 5, 7, 9", () => {
    const x = [2, 4, 4, 4, 5, 5, 7, 9];
    expect(mean(x)).toBe(5);
    expect(sampleSd(x)).toBeCloseTo(Math.sqrt(32 / 7), 14);
    const z = standardise(x);
    expect(mean(z)).toBeCloseTo(0, 14);
    expect(sampleSd(z)).toBeCloseTo(1, 14);
  });

  it("is NaN where undefined", () => {
    expect(mean([])).toBeNaN();
    expect(sampleSd([1])).toBeNaN();
    expect(standardise([3, 3, 3])[0]).toBeNaN();
  });
});
