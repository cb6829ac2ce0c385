import { describe, expect, it } from "vitest";
import { dismissals, hires, matches } from "./labourMarket.ts";

describe("the labour market", () => {
  it("dismissals() removes the excess, at most the monthly limit of the workforce", () => {
    expect(dismissals(100, 95, 0.08)).toBe(5);
    expect(dismissals(100, 50, 0.08)).toBe(8);
    expect(dismissals(100, 120, 0.08)).toBe(0);
  });

  it("matches() is A sqrt(U V), never more than the unemployed or the vacancies (Petrongolo & Pissarides 2001)", () => {
    expect(matches(400, 100, 0.3)).toBeCloseTo(0.3 * 200, 12);
    expect(matches(100, 1000, 0.3)).toBeCloseTo(0.3 * Math.sqrt(1e5), 12);
    expect(matches(10, 1000, 0.3)).toBe(10);
    expect(matches(10, 1000, 5)).toBe(10);
    expect(matches(0, 100, 0.3)).toBe(0);
  });

  it("hires() rounds rate x vacancies stochastically and never exceeds the pool", () => {
    expect(hires(10, 0.25, 0, 100)).toBe(2);
    expect(hires(10, 0.25, 0.6, 100)).toBe(3);
    expect(hires(10, 1, 0, 4)).toBe(4);
    expect(hires(0, 1, 0.9, 100)).toBe(0);
  });
});
