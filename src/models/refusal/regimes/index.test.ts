import { describe, expect, it } from "vitest";
import { type RefusalParams, refusalParams } from "../params.ts";
import { REGIME_LIST, REGIMES, regimeNamed } from "./index.ts";

const params = (raw: Record<string, unknown>) => refusalParams.parse(raw) as RefusalParams;

describe("the capital/State regimes as values", () => {
  it("REGIMES lists each regime once, in the order scenario files and the lab use", () => {
    expect([...REGIMES]).toEqual(["laissez-faire", "planning", "repression"]);
    for (const x of REGIME_LIST) expect(regimeNamed(x.name)).toBe(x);
    expect(() => regimeNamed("feudalism" as never)).toThrow(/unknown regime 'feudalism'/);
  });

  it("benefitRate() is higher under planning, unless its switch is off", () => {
    expect(regimeNamed("planning").benefitRate(params({}))).toBe(0.4);
    expect(regimeNamed("laissez-faire").benefitRate(params({}))).toBe(0.2);
    expect(regimeNamed("repression").benefitRate(params({}))).toBe(0.2);
    expect(regimeNamed("planning").benefitRate(params({ planningBenefits: false }))).toBe(0.2);
  });

  it("spending() spends a share of potential output, as in model SIM, under laissez-faire and repression", () => {
    const p = params({ stateShare: 0.1, unemploymentTarget: 0.05, counterCyclical: 0.5 });
    expect(regimeNamed("laissez-faire").spending(p, 1e6, 0.1, 9e5)).toBe(100000);
    expect(regimeNamed("repression").spending(p, 1e6, 0.1, 9e5)).toBe(100000);
  });

  it("spending() adds counter-cyclical spending under planning", () => {
    const p = params({ stateShare: 0.1, unemploymentTarget: 0.05, counterCyclical: 0.5 });
    // + 0.5 * (0.1 - 0.05) * 9e5 = 22500 in a slump, - 0.5 * 0.03 * 9e5 in a boom
    expect(regimeNamed("planning").spending(p, 1e6, 0.1, 9e5)).toBe(122500);
    expect(regimeNamed("planning").spending(p, 1e6, 0.02, 9e5)).toBe(86500);
  });

  it("recognitionThreshold() is statutory (lower) under planning, unless its switch is off", () => {
    expect(regimeNamed("planning").recognitionThreshold(params({}))).toBe(0.2);
    expect(regimeNamed("laissez-faire").recognitionThreshold(params({}))).toBe(0.5);
    expect(regimeNamed("repression").recognitionThreshold(params({}))).toBe(0.5);
    expect(regimeNamed("planning").recognitionThreshold(params({ statutoryRecognition: false }))).toBe(0.5);
  });

  it("regimeNamed() returns an incomes policy only under planning, repression only under repression", () => {
    expect(REGIME_LIST.filter((x) => x.incomesPolicy).map((x) => x.name)).toEqual(["planning"]);
    expect(REGIME_LIST.filter((x) => x.represses).map((x) => x.name)).toEqual(["repression"]);
  });

  it("passesOverOrganised() holds only under repression, while its intensity exceeds 0.1", () => {
    expect(regimeNamed("repression").passesOverOrganised(0.5)).toBe(true);
    expect(regimeNamed("repression").passesOverOrganised(0.1)).toBe(false);
    expect(regimeNamed("planning").passesOverOrganised(1)).toBe(false);
    expect(regimeNamed("laissez-faire").passesOverOrganised(1)).toBe(false);
  });
});
