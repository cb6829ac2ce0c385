import { describe, expect, it } from "vitest";
import { strategyNamed } from "../strategies/index.ts";
import { affordableStrikes, blocksAdoption, strategicPoints } from "./refusal.ts";

describe("organised refusal (M9)", () => {
  it("blocksAdoption() blocks only under refusal, at organised workplaces", () => {
    expect(blocksAdoption(strategyNamed("refusal"), 0.5, 0.4)).toBe(true);
    expect(blocksAdoption(strategyNamed("refusal"), 0.3, 0.4)).toBe(false);
    for (const s of ["none", "bargaining", "passivity", "general-strike"] as const)
      expect(blocksAdoption(strategyNamed(s), 1, 0.4)).toBe(false);
  });

  it("strategicPoints() picks the eligible firms with the largest output, largest first", () => {
    const output = Float64Array.from([5, 9, 1, 7, 8, 3]);
    const out = new Int32Array(6);
    const m = strategicPoints(output, (j) => j !== 1, 3, out);
    expect(m).toBe(3);
    expect(Array.from(out.subarray(0, m))).toEqual([4, 3, 0]);
    expect(strategicPoints(output, () => false, 3, out)).toBe(0);
    expect(strategicPoints(output, () => true, 10, out)).toBe(6);
    expect(Array.from(out)).toEqual([1, 4, 3, 0, 5, 2]);
  });

  it("affordableStrikes() counts the strikes the fund pays beyond its reserve", () => {
    expect(affordableStrikes(1000, 200, 300, 10)).toBe(2);
    expect(affordableStrikes(1000, 200, 300, 1)).toBe(1);
    expect(affordableStrikes(100, 200, 300, 10)).toBe(0);
  });
});
