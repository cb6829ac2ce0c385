import { describe, expect, it } from "vitest";
import { lostShare, quarterMean, wageShareOf } from "./aggregates.ts";

describe("the month's aggregates", () => {
  it("wageShareOf() divides wages by the value of output, and is 0 without output", () => {
    expect(wageShareOf(600, 2, 500)).toBe(0.6);
    expect(wageShareOf(600, 2, 0)).toBe(0);
  });

  it("lostShare() is the share of potential output not produced, and 0 without potential", () => {
    expect(lostShare(200, 150)).toBe(0.25);
    expect(lostShare(0, 0)).toBe(0);
  });

  it("quarterMean() averages the three months ending at the month, wrapping round the ring", () => {
    const ring = Float64Array.from({ length: 15 }, (_, k) => k);
    expect(quarterMean(ring, 5)).toBe(4);
    expect(quarterMean(ring, 16)).toBe((1 + 0 + 14) / 3);
    expect(quarterMean(ring, -11)).toBe((4 + 3 + 2) / 3);
  });
});
