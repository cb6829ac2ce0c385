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

  // 12-month means: taxes 100,000, benefits 20,000, interest 5,000, output 1,000,000 a month.
  const fiscal = (unemployment: number) => ({
    taxes: 100_000,
    structuralBenefits: 20_000,
    interest: 5_000,
    nominalOutput: 1_000_000,
    unemployment,
  });

  it("spending() follows the fiscal rule on tax revenue under laissez-faire and repression, whatever unemployment", () => {
    const p = params({ deficitShare: 0.03, unemploymentTarget: 0.05, counterCyclical: 0.5 });
    // T - iD - b W u_n N + d PY = 100,000 - 20,000 - 5,000 + 30,000
    expect(regimeNamed("laissez-faire").spending(p, fiscal(0.1))).toBe(105_000);
    expect(regimeNamed("repression").spending(p, fiscal(0.1))).toBe(105_000);
    expect(regimeNamed("laissez-faire").spending(p, fiscal(0.02))).toBe(105_000);
  });

  it("spending() adds counter-cyclical spending under planning", () => {
    const p = params({ deficitShare: 0.03, unemploymentTarget: 0.05, counterCyclical: 0.5 });
    // + 0.5 * (0.1 - 0.05) * 1e6 = 25,000 in a slump, - 0.5 * 0.03 * 1e6 = -15,000 in a boom
    expect(regimeNamed("planning").spending(p, fiscal(0.1))).toBe(130_000);
    expect(regimeNamed("planning").spending(p, fiscal(0.02))).toBe(90_000);
  });

  it("spending() is never negative", () => {
    const p = params({ deficitShare: 0 });
    expect(regimeNamed("laissez-faire").spending(p, { ...fiscal(0.1), structuralBenefits: 200_000 })).toBe(0);
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
