import { describe, expect, it } from "vitest";
import { regimeNamed } from "../regimes/index.ts";
import { counterCyclicalSpending, decayRepression, fixedSpending, repressionDue } from "./policy.ts";

describe("the State's rules (M7, M13)", () => {
  it("fixedSpending() spends a share of potential output, as in model SIM", () => {
    expect(fixedSpending(0.1, 1e6)).toBe(100000);
    expect(fixedSpending(0, 1e6)).toBe(0);
  });

  it("counterCyclicalSpending() adds counter-cyclical spending to the share of potential output", () => {
    // + 0.5 * (0.1 - 0.05) * 9e5 = 22500 in a slump, - 0.5 * 0.03 * 9e5 in a boom
    expect(counterCyclicalSpending(0.1, 1e6, 0.1, 0.05, 0.5, 9e5)).toBe(122500);
    expect(counterCyclicalSpending(0.1, 1e6, 0.02, 0.05, 0.5, 9e5)).toBe(86500);
    expect(counterCyclicalSpending(0, 1e6, 0, 0.05, 0.5, 9e5)).toBe(0);
  });

  it("repressionDue() only under repression, after the cooldown, on a call or dense organisation", () => {
    const repression = regimeNamed("repression");
    expect(repressionDue(repression, 1, 0, 0.3, 12, 12)).toBe(true);
    expect(repressionDue(repression, 0, 0.35, 0.3, 12, 12)).toBe(true);
    expect(repressionDue(repression, 0, 0.2, 0.3, 12, 12)).toBe(false);
    expect(repressionDue(repression, 1, 0.5, 0.3, 11, 12)).toBe(false);
    expect(repressionDue(regimeNamed("planning"), 5, 0.9, 0.3, 100, 12)).toBe(false);
    expect(repressionDue(regimeNamed("laissez-faire"), 5, 0.9, 0.3, 100, 12)).toBe(false);
  });

  it("decayRepression() halves the intensity in one half-life", () => {
    let R = 1;
    for (let m = 0; m < 24; m++) R = decayRepression(R, 24);
    expect(R).toBeCloseTo(0.5, 12);
  });
});
