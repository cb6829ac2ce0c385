import { describe, expect, it } from "vitest";
import { expectedStrikeMonths, strikeLoss, strikeThreshold } from "./strike.ts";

describe("the strike (M2)", () => {
  it("strikeThreshold() lowers a member's threshold by the resolve and adds fatigue and repression", () => {
    expect(strikeThreshold(0.5, false, 0.3, 0, 1, 0.1, 0)).toBe(0.5);
    expect(strikeThreshold(0.5, true, 0.3, 0, 1, 0.1, 0)).toBeCloseTo(0.15, 15);
    // three months with half strike pay: + 0.1 * 3 * 0.5
    expect(strikeThreshold(0.5, true, 0.3, 3, 0.5, 0.1, 0.2)).toBeCloseTo(0.15 + 0.15 + 0.2, 14);
  });

  it("strikeLoss() is the strikers' output value less their unpaid wages, never negative", () => {
    expect(strikeLoss(150, 1, 10, 1000)).toBe(500);
    expect(strikeLoss(150, 1, 10, 2000)).toBe(0);
  });

  it("expectedStrikeMonths() is how long the fund can pay, between one month and the cap", () => {
    expect(expectedStrikeMonths(600, 100, 12)).toBe(6);
    expect(expectedStrikeMonths(6000, 100, 12)).toBe(12);
    expect(expectedStrikeMonths(0, 100, 12)).toBe(1);
  });
});
