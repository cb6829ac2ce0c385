import { describe, expect, it } from "vitest";
import { quantileSorted } from "./quantile.ts";

describe("quantileSorted", () => {
  it("quantileSorted() interpolates as R type 7: [1, 2, 3, 4] has quartiles 1.75, 2.5, 3.25", () => {
    const x = [1, 2, 3, 4];
    // h = 3 p: 0.75 -> 1 + 0.75, 1.5 -> 2 + 0.5, 2.25 -> 3 + 0.25.
    expect([0.25, 0.5, 0.75].map((p) => quantileSorted(x, p))).toEqual([1.75, 2.5, 3.25]);
    expect(quantileSorted(x, 0)).toBe(1);
    expect(quantileSorted(x, 1)).toBe(4);
    expect(quantileSorted([10, 20, 30, 40, 50], 0.1)).toBeCloseTo(14, 12);
  });

  it("quantileSorted() of one value is that value, of none NaN", () => {
    expect(quantileSorted([7], 0.3)).toBe(7);
    expect(quantileSorted([], 0.3)).toBeNaN();
  });
});
