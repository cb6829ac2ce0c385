import { describe, expect, it } from "vitest";
import { incomesPolicy, MIN_UNEMPLOYMENT, monthlyRaise, phillipsWageGrowth } from "./wages.ts";

describe("labour-market wages", () => {
  it("phillipsWageGrowth() leaves only indexation at the natural rate", () => {
    // 0.5 * 0.04 + 1 * 0.02 = 0.04
    expect(phillipsWageGrowth(0.07, 0.07, 1, 0.04, 0.02, 0, 0.5, 1, 0.1)).toBeCloseTo(0.04, 14);
  });

  it("phillipsWageGrowth() has slope -s at the natural rate", () => {
    const h = 1e-6;
    const f = (u: number) => phillipsWageGrowth(u, 0.07, 0.8, 0, 0, 0, 0.5, 1, 0);
    expect((f(0.07 + h) - f(0.07 - h)) / (2 * h)).toBeCloseTo(-0.8, 5);
  });

  it("phillipsWageGrowth() floors unemployment and adds the vacancy term", () => {
    const atFloor = phillipsWageGrowth(MIN_UNEMPLOYMENT, 0.07, 1, 0, 0, 0, 0.5, 1, 0);
    expect(phillipsWageGrowth(0, 0.07, 1, 0, 0, 0, 0.5, 1, 0)).toBe(atFloor);
    expect(phillipsWageGrowth(0.07, 0.07, 1, 0, 0, 0.2, 0.5, 1, 0.1)).toBeCloseTo(0.02, 14);
  });

  it("monthlyRaise() spreads the annual claim over 12 months and stops at the largest cut", () => {
    expect(monthlyRaise(0.06, 0.02)).toBeCloseTo(0.005, 15);
    expect(monthlyRaise(-0.1, 0.02)).toBeCloseTo(-0.02 / 12, 15);
  });

  it("incomesPolicy() pulls the claim to the norm pi* + g", () => {
    expect(incomesPolicy(0.1, 0.5, 0.02, 0.02)).toBeCloseTo(0.07, 15);
    expect(incomesPolicy(0.1, 1, 0.02, 0.02)).toBeCloseTo(0.04, 15);
  });
});
