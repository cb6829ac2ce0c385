import { describe, expect, it } from "vitest";
import { bankrupt, dividend, ewma, netProfit } from "./finance.ts";

describe("finance", () => {
  it("netProfit() is revenue less wages, interest and depreciation", () => {
    expect(netProfit(1500, 1000, 50, 200)).toBe(250);
  });

  it("dividend() pays a share of profit and of excess deposits, within the deposits beyond the buffer", () => {
    // 0.5 * 250 + 0.1 * (5000 - 3000) = 325
    expect(dividend(250, 0.5, 5000, 1000, 3000, 0.1)).toBe(325);
    expect(dividend(-100, 0.5, 2000, 1000, 3000, 0.1)).toBe(0);
    expect(dividend(10000, 0.5, 2000, 1000, 3000, 0.1)).toBe(1000);
  });

  it("bankrupt() is a negative net worth", () => {
    expect(bankrupt(100, 1000, 899)).toBe(true);
    expect(bankrupt(100, 1000, 900)).toBe(false);
  });

  it("ewma() moves a share w toward the new value", () => {
    expect(ewma(10, 20, 0.25)).toBe(12.5);
  });
});
