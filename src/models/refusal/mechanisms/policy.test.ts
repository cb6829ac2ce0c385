import { describe, expect, it } from "vitest";
import { regimeNamed } from "../regimes/index.ts";
import { counterCyclicalSpending, decayRepression, fiscalRule, repressionDue } from "./policy.ts";

describe("the State's rules (M7, M13)", () => {
  const f = {
    taxes: 100_000,
    interest: 5_000,
    nominalOutput: 1e6,
    structuralBenefits: 20_000,
    unemployment: 0.1,
  };

  it("fiscalRule() spends what revenue leaves after interest and structural benefits, plus the structural deficit", () => {
    expect(fiscalRule(f, 0.03)).toBe(105_000);
    expect(fiscalRule(f, 0)).toBe(75_000);
    // structural benefits (at the natural rate) are paid for out of revenue, one for one
    expect(fiscalRule({ ...f, structuralBenefits: 30_000 }, 0.03)).toBe(95_000);
    expect(fiscalRule({ ...f, structuralBenefits: 1e6 }, 0.03)).toBe(0);
  });

  it("counterCyclicalSpending() adds counter-cyclical spending to the fiscal rule", () => {
    // + 0.5 * (0.1 - 0.05) * 1e6 = 25,000 in a slump, - 0.5 * 0.03 * 1e6 in a boom
    expect(counterCyclicalSpending(f, 0.03, 0.05, 0.5)).toBe(130_000);
    expect(counterCyclicalSpending({ ...f, unemployment: 0.02 }, 0.03, 0.05, 0.5)).toBe(90_000);
    expect(counterCyclicalSpending({ ...f, unemployment: 0 }, 0, 0.05, 100)).toBe(0);
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
