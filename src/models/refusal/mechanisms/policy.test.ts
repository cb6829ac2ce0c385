import { describe, expect, it } from "vitest";
import { type RefusalParams, refusalParams } from "../params.ts";
import {
  benefitRate,
  decayRepression,
  recognitionThreshold,
  repressionDue,
  stateSpendingRule,
} from "./policy.ts";

const params = (raw: Record<string, unknown>) => refusalParams.parse(raw) as RefusalParams;

describe("the State by regime (M7, M13)", () => {
  it("benefitRate() is higher under planning", () => {
    expect(benefitRate(params({ regime: "planning" }))).toBe(0.4);
    expect(benefitRate(params({ regime: "laissez-faire" }))).toBe(0.2);
    expect(benefitRate(params({ regime: "repression" }))).toBe(0.2);
  });

  it("stateSpendingRule() spends a share of potential output, as in model SIM", () => {
    expect(stateSpendingRule("laissez-faire", 0.1, 1e6, 0.1, 0.05, 0.5, 9e5)).toBe(100000);
    expect(stateSpendingRule("repression", 0.1, 1e6, 0.1, 0.05, 0.5, 9e5)).toBe(100000);
  });

  it("stateSpendingRule() adds counter-cyclical spending under planning", () => {
    // + 0.5 * (0.1 - 0.05) * 9e5 = 22500 in a slump, - 0.5 * 0.03 * 9e5 in a boom
    expect(stateSpendingRule("planning", 0.1, 1e6, 0.1, 0.05, 0.5, 9e5)).toBe(122500);
    expect(stateSpendingRule("planning", 0.1, 1e6, 0.02, 0.05, 0.5, 9e5)).toBe(86500);
  });

  it("recognitionThreshold() is statutory (lower) under planning", () => {
    expect(recognitionThreshold(params({ regime: "planning" }))).toBe(0.2);
    expect(recognitionThreshold(params({}))).toBe(0.5);
  });

  it("repressionDue() only under repression, after the cooldown, on a call or dense organisation", () => {
    expect(repressionDue("repression", 1, 0, 0.3, 12, 12)).toBe(true);
    expect(repressionDue("repression", 0, 0.35, 0.3, 12, 12)).toBe(true);
    expect(repressionDue("repression", 0, 0.2, 0.3, 12, 12)).toBe(false);
    expect(repressionDue("repression", 1, 0.5, 0.3, 11, 12)).toBe(false);
    expect(repressionDue("planning", 5, 0.9, 0.3, 100, 12)).toBe(false);
  });

  it("decayRepression() halves the intensity in one half-life", () => {
    let R = 1;
    for (let m = 0; m < 24; m++) R = decayRepression(R, 24);
    expect(R).toBeCloseTo(0.5, 12);
  });
});
