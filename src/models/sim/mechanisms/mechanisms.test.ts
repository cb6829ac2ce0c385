import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { consumption, disposableIncome, labourDemand, taxes } from "./behaviour.ts";
import { householdMoney, moneySupply } from "./budgets.ts";
import { equilibriumOutput } from "./output.ts";
import { steadyState } from "./steadyState.ts";

const param = {
  G: fc.double({ min: 0, max: 1e3, noNaN: true }),
  theta: fc.double({ min: 0.01, max: 1, noNaN: true }),
  alpha1: fc.double({ min: 0, max: 0.99, noNaN: true }),
  alpha2: fc.double({ min: 0.01, max: 1, noNaN: true }),
  W: fc.double({ min: 0.1, max: 10, noNaN: true }),
  H: fc.double({ min: 0, max: 1e3, noNaN: true }),
};

describe("model SIM equations", () => {
  it("equilibriumOutput() satisfies Y = Cs + Gs (eq. 3.10) with eq. 3.1–3.7 and 3.11", () => {
    fc.assert(
      fc.property(
        param.G,
        param.theta,
        param.alpha1,
        param.alpha2,
        param.W,
        param.H,
        (G, theta, a1, a2, W, H) => {
          const Y = equilibriumOutput(G, theta, a1, a2, H);
          const N = labourDemand(Y, W);
          const YD = disposableIncome(W, N, taxes(theta, W, N));
          const C = consumption(a1, a2, YD, H);
          expect(Math.abs(C + G - Y)).toBeLessThanOrEqual(1e-12 * Math.max(1, Y));
        },
      ),
    );
  });

  it("equilibriumOutput() gives the book's first period: 20 / (1 - 0.6 * 0.8) = 38.46", () => {
    expect(equilibriumOutput(20, 0.2, 0.6, 0.4, 0)).toBeCloseTo(20 / 0.52, 12);
  });

  it("taxes() and disposableIncome() split the wage bill W·N into theta and 1 − theta", () => {
    expect(taxes(0.2, 2, 50)).toBeCloseTo(20, 12);
    expect(disposableIncome(2, 50, 20)).toBeCloseTo(80, 12);
  });

  it("moneySupply() and householdMoney() add the period's deficit and saving to last period's stock", () => {
    expect(moneySupply(10, 20, 7)).toBe(23);
    expect(householdMoney(10, 30, 18)).toBe(22);
  });

  it("steadyState() is a fixed point of the period equations", () => {
    fc.assert(
      fc.property(param.G, param.theta, param.alpha1, param.alpha2, param.W, (G, theta, a1, a2, W) => {
        const s = steadyState(G, theta, a1, a2, W);
        const Y = equilibriumOutput(G, theta, a1, a2, s.H);
        const N = labourDemand(Y, W);
        const T = taxes(theta, W, N);
        const YD = disposableIncome(W, N, T);
        const C = consumption(a1, a2, YD, s.H);
        const scale = Math.max(1, s.Y, s.H);
        expect(Math.abs(Y - s.Y)).toBeLessThanOrEqual(1e-9 * scale);
        expect(Math.abs(householdMoney(s.H, YD, C) - s.H)).toBeLessThanOrEqual(1e-9 * scale);
        expect(Math.abs(moneySupply(s.H, G, T) - s.H)).toBeLessThanOrEqual(1e-9 * scale);
        expect(Math.abs(C - s.C)).toBeLessThanOrEqual(1e-9 * scale);
      }),
    );
  });

  it("steadyState() gives the book's stationary column: Y* = 100, T* = 20, YD* = C* = 80, H* = 80", () => {
    const s = steadyState(20, 0.2, 0.6, 0.4, 1);
    expect(s.Y).toBeCloseTo(100, 12);
    expect(s.T).toBeCloseTo(20, 12);
    expect(s.YD).toBeCloseTo(80, 12);
    expect(s.C).toBeCloseTo(80, 12);
    expect(s.H).toBeCloseTo(80, 12);
    expect(s.N).toBeCloseTo(100, 12);
  });
});
