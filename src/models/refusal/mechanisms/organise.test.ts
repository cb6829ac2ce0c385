import { describe, expect, it } from "vitest";
import { effectiveThreshold, nextMembership, organisingSignal, sizeSignal } from "./organise.ts";

describe("organisation by contagion (M11, M13)", () => {
  it("sizeSignal() grows with the log of workplace size and reaches 1 at the reference size (¶32)", () => {
    expect(sizeSignal(0, 1000)).toBe(0);
    expect(sizeSignal(1000, 1000)).toBe(1);
    expect(sizeSignal(5000, 1000)).toBe(1);
    expect(sizeSignal(100, 1000)).toBeCloseTo(Math.log(101) / Math.log(1001), 14);
  });

  it("effectiveThreshold() rises with unemployment, repression and wage distance, falls with size and wins", () => {
    const t = (u: number, R: number, size: number, wins: number, dist: number) =>
      effectiveThreshold(0.5, u, R, size, wins, dist, 1, 0.3, 0.15, 0.05, 0.5);
    expect(t(0, 0, 0, 0, 0)).toBe(0.5);
    expect(t(0.1, 0, 0, 0, 0)).toBeCloseTo(0.6, 15);
    expect(t(0, 1, 0, 0, 0)).toBeCloseTo(0.8, 15);
    expect(t(0, 0, 1, 0, 0)).toBeCloseTo(0.35, 15);
    expect(t(0, 0, 0, 2, 0)).toBeCloseTo(0.4, 15);
    expect(t(0, 0, 0, 0, 0.2)).toBeCloseTo(0.6, 15);
  });

  it("organisingSignal() weighs the workplace against the class", () => {
    expect(organisingSignal(0.6, 0.2, 0.3)).toBeCloseTo(0.48, 15);
  });

  it("nextMembership() joins at the threshold and leaves only below it by the hysteresis", () => {
    expect(nextMembership(false, 0.5, 0.5, 0.1)).toBe(true);
    expect(nextMembership(false, 0.45, 0.5, 0.1)).toBe(false);
    expect(nextMembership(true, 0.45, 0.5, 0.1)).toBe(true);
    expect(nextMembership(true, 0.35, 0.5, 0.1)).toBe(false);
  });
});
