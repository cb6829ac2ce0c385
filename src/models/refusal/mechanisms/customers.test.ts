import { describe, expect, it } from "vitest";
import { cheaperShop, launchCustomers } from "./customers.ts";

describe("the customer market's rules", () => {
  it("cheaperShop() moves a household only to a shop cheaper by more than the threshold", () => {
    expect(cheaperShop(100, 98, 0.01)).toBe(true);
    expect(cheaperShop(100, 99.5, 0.01)).toBe(false);
    expect(cheaperShop(100, 99, 0.01)).toBe(false); // exactly 1% cheaper is not more than 1%
    expect(cheaperShop(100, 101, 0)).toBe(false);
    expect(cheaperShop(100, 99.95, 0)).toBe(true);
  });

  it("launchCustomers() opens a firm with the entry share of the mean firm's customers, at least one and at most all", () => {
    expect(launchCustomers(10_000, 80, 0.3)).toBe(38); // 0.3 x 125
    expect(launchCustomers(10, 80, 0.3)).toBe(1);
    expect(launchCustomers(10, 1, 5)).toBe(10);
    expect(launchCustomers(0, 80, 0.3)).toBe(0);
  });
});
