import { describe, expect, it } from "vitest";
import { isCrisisMonth, runLength } from "./crisis.ts";

describe("crises", () => {
  it("isCrisisMonth() flags a fall of output beyond the threshold over 12 months", () => {
    expect(isCrisisMonth(Math.log(0.96), 0.03, 0)).toBe(true);
    expect(isCrisisMonth(Math.log(0.98), 0.03, 0)).toBe(false);
  });

  it("isCrisisMonth() flags six months of low profit", () => {
    expect(isCrisisMonth(0.02, 0.03, 6)).toBe(true);
    expect(isCrisisMonth(0.02, 0.03, 5)).toBe(false);
  });

  it("runLength() counts consecutive months and resets", () => {
    expect(runLength(3, true)).toBe(4);
    expect(runLength(3, false)).toBe(0);
  });
});
