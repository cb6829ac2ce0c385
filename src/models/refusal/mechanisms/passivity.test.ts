import { describe, expect, it } from "vitest";
import { effortUnderPassivity, referenceWage, supervisionShare } from "./passivity.ts";

describe("spontaneous passivity (M8)", () => {
  it("referenceWage() indexes the memory and mixes in the current wage", () => {
    // (1 - 0.02) * 100 * 1.01 + 0.02 * 90 = 98.98 + 1.8
    expect(referenceWage(100, 90, 0.02, 1.01)).toBeCloseTo(100.78, 12);
  });

  it("effortUnderPassivity() is 1 at or above the reference", () => {
    expect(effortUnderPassivity(100, 100, 1, 0, 1)).toBe(1);
    expect(effortUnderPassivity(120, 100, 1, 0, 1)).toBe(1);
  });

  it("effortUnderPassivity() falls by eta times the relative shortfall below the reference", () => {
    expect(effortUnderPassivity(90, 100, 1, 0, 1)).toBeCloseTo(0.9, 12);
    expect(effortUnderPassivity(90, 100, 2, 0, 1)).toBeCloseTo(0.8, 12);
    expect(effortUnderPassivity(10, 100, 2, 0, 1)).toBe(0);
  });

  it("effortUnderPassivity() withdraws less under supervision", () => {
    expect(effortUnderPassivity(90, 100, 1, 0.5, 1)).toBeCloseTo(0.95, 12);
    expect(effortUnderPassivity(90, 100, 1, 1, 1)).toBe(1);
  });

  it("supervisionShare() answers the effort shortfall, up to a cap", () => {
    expect(supervisionShare(0.9, 0.5, 0.15)).toBeCloseTo(0.05, 12);
    expect(supervisionShare(0.2, 0.5, 0.15)).toBe(0.15);
    expect(supervisionShare(1, 0.5, 0.15)).toBe(0);
  });
});
