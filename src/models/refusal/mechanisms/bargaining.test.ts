import { describe, expect, it } from "vitest";
import {
  bargainingMargin,
  compressedMarkup,
  firmOffer,
  productivityDealRaise,
  unionDemand,
  withinMargin,
} from "./bargaining.ts";

describe("union bargaining (M5, M6)", () => {
  it("bargainingMargin() is the raise that leaves the profit rate at the normal rate", () => {
    // R = 1800, W = 1200, PK = 5000, delta = 0.05, rN = 0.05: (1800 - 1200 - 250 - 250) / 1200
    const m = bargainingMargin(1800, 1200, 5000, 0.05, 0.05);
    expect(m).toBeCloseTo(100 / 1200, 14);
    // granting exactly m leaves profit = rN * PK
    expect(1800 - 1200 * (1 + m) - 0.05 * 5000).toBeCloseTo(0.05 * 5000, 9);
  });

  it("unionDemand() claims inflation and productivity plus (1 + e) sigma of the margin", () => {
    const [d, extra] = unionDemand(0.02, 0.02, 0.1, 0.7, 0);
    expect(extra).toBeCloseTo(0.07, 15);
    expect(d).toBeCloseTo(0.11, 15);
    const [d2, extra2] = unionDemand(0.02, 0.02, 0.1, 0.7, 1);
    expect(extra2).toBeCloseTo(0.14, 15);
    expect(d2).toBeCloseTo(0.18, 15);
    expect(unionDemand(0.02, 0.02, -0.1, 0.7, 1)[1]).toBe(0);
  });

  it("withinMargin() concedes a demand inside the margin and refuses one beyond it (¶33)", () => {
    expect(withinMargin(0.07, 0.1)).toBe(true);
    expect(withinMargin(0.14, 0.1)).toBe(false);
  });

  it("firmOffer() offers inflation and productivity plus the margin, never more than the demand", () => {
    expect(firmOffer(0.02, 0.02, 0.05, 0.2)).toBeCloseTo(0.09, 15);
    expect(firmOffer(0.02, 0.02, 0.05, 0.06)).toBe(0.06);
    expect(firmOffer(-0.05, 0.01, -0.02, 0.2)).toBe(0);
  });

  it("compressedMarkup() keeps the wage share's rise at (1 - xi) of the extra raise (Kalecki 1971)", () => {
    const mu = 0.5;
    const m2 = compressedMarkup(mu, 0.1, 0.5);
    // wage share 1/(1+mu) rises by the factor 1 + (1 - xi) extra
    expect(1 / (1 + m2) / (1 / (1 + mu))).toBeCloseTo(1.05, 14);
    expect(compressedMarkup(mu, 0.1, 1)).toBeCloseTo(mu, 15);
  });

  it("productivityDealRaise() pays a share of the productivity gain and nothing without one", () => {
    expect(productivityDealRaise(1, 1.1, 0.3)).toBeCloseTo(0.3 * (1 - 1 / 1.1), 15);
    expect(productivityDealRaise(1.1, 1, 0.3)).toBe(0);
  });
});
