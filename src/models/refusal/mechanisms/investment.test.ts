import { describe, expect, it } from "vitest";
import { desiredInvestment, expectedDemand, keenMultiplier, plannedOutput } from "./investment.ts";

describe("plan and invest", () => {
  it("expectedDemand() moves a share zeta of the way to sales", () => {
    expect(expectedDemand(100, 120, 0.25)).toBe(105);
    expect(expectedDemand(100, 100, 0.25)).toBe(100);
  });

  it("expectedDemand() assumes no trend: a steadily growing demand is under-forecast by q / (q + zeta), q = g / 12", () => {
    const g = 0.024;
    let De = 100;
    let sales = 100;
    for (let m = 0; m < 240; m++) {
      De = expectedDemand(De, sales, 0.25);
      sales *= 1 + g / 12;
    }
    const q = g / 12;
    expect(1 - De / sales).toBeCloseTo(q / (q + 0.25), 10);
  });

  it("plannedOutput() adds a share of the inventory gap and stays within [0, capacity]", () => {
    // De = 100, target 0.5 months -> 50 wanted, 30 held, adjust 0.1 -> 102
    expect(plannedOutput(100, 30, 0.5, 0.1, 1000)).toBeCloseTo(102, 12);
    expect(plannedOutput(100, 30, 0.5, 0.1, 101)).toBe(101);
    expect(plannedOutput(1, 1000, 0.5, 0.1, 1000)).toBe(0);
  });

  it("keenMultiplier() is 1 at the normal profit rate, rises with the profit rate and is capped", () => {
    expect(keenMultiplier(0.05, 0.05, 10, 2.5)).toBe(1);
    expect(keenMultiplier(0.1, 0.05, 10, 2.5)).toBeCloseTo(Math.exp(0.5), 12);
    expect(keenMultiplier(0, 0.05, 10, 2.5)).toBeCloseTo(Math.exp(-0.5), 12);
    expect(keenMultiplier(1, 0.05, 10, 2.5)).toBe(2.5);
  });

  it("desiredInvestment() only replaces depreciation at normal utilisation, and expands above it", () => {
    // K = 1000, u_e = u_T, delta = 0.005, kappa = 1: 5; at u_e / u_T = 1.2: 5 + 1000 * 0.005 * 0.2 = 6
    expect(desiredInvestment(1000, 0.85, 0.85, 0.005, 0.005, 1)).toBeCloseTo(5, 12);
    expect(desiredInvestment(1000, 1.02, 0.85, 0.005, 0.005, 1)).toBeCloseTo(6, 12);
  });

  it("desiredInvestment() keeps only the replacement of used capacity when utilisation is low", () => {
    // u_e / u_T = 0.5: replacement 0.5 * 5; no expansion
    expect(desiredInvestment(1000, 0.425, 0.85, 0.005, 0.005, 1)).toBeCloseTo(2.5, 12);
  });
});
