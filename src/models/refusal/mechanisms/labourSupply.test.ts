import { describe, expect, it } from "vitest";
import { joinRate, movers } from "./labourSupply.ts";

describe("the labour supply's mechanisms", () => {
  it("joinRate() is m at the natural rate, lower when jobs are scarce, 0 without migration", () => {
    expect(joinRate(0.01, 0.05, 0.05)).toBeCloseTo(0.01, 12);
    expect(joinRate(0.01, 0.2, 0.05)).toBeCloseTo((0.01 * 0.8) / 0.95, 12);
    expect(joinRate(0.01, 0.02, 0.05)).toBeGreaterThan(0.01);
    expect(joinRate(0, 0.05, 0.05)).toBe(0);
  });

  it("movers() rounds n q up with probability equal to its fraction, within [0, n]", () => {
    expect(movers(100, 0.015, 0.4)).toBe(1);
    expect(movers(100, 0.015, 0.6)).toBe(2);
    expect(movers(3, 1, 0.99)).toBe(3);
    expect(movers(0, 0.5, 0.9)).toBe(0);
  });
});
