import { describe, expect, it } from "vitest";
import { callsGeneralStrike, fairShareRaise } from "./generalStrike.ts";

describe("the general strike (M10)", () => {
  it("callsGeneralStrike() calls when density passes the trigger, none is on and the cooldown is over", () => {
    expect(callsGeneralStrike(0.35, 0.3, false, 60, 60)).toBe(true);
    expect(callsGeneralStrike(0.25, 0.3, false, 60, 60)).toBe(false);
    expect(callsGeneralStrike(0.35, 0.3, true, 60, 60)).toBe(false);
    expect(callsGeneralStrike(0.35, 0.3, false, 59, 60)).toBe(false);
  });

  it("fairShareRaise() lifts the wage share to the target, within [0, max]", () => {
    expect(fairShareRaise(0.75, 0.6, 0.5)).toBeCloseTo(0.25, 14);
    expect(fairShareRaise(0.75, 0.6, 0.15)).toBe(0.15);
    expect(fairShareRaise(0.75, 0.8, 0.15)).toBe(0);
  });
});
