import { describe, expect, it } from "vitest";
import { annualRate, entrantFailureShare } from "./firm-demography.ts";

describe("annualRate()", () => {
  it("exits in each year over the firms at its start, averaged over complete years", () => {
    // Year 1: 2 exits of 100 firms at the start (2%); year 2: 1 exit of 98 (1.02%); 5 months left over.
    const events = new Array(29).fill(0);
    const firms = new Array(29).fill(100);
    events[3] = 1;
    events[8] = 1;
    for (let i = 3; i < 29; i++) firms[i] = i < 8 ? 99 : 98;
    events[20] = 1;
    for (let i = 20; i < 29; i++) firms[i] = 97;
    const r = annualRate(events, firms, 100);
    expect(r.rates.length).toBe(2);
    expect(r.rates[0]).toBeCloseTo(2, 14);
    expect(r.rates[1]).toBeCloseTo(100 / 98, 14);
    expect(r.mean).toBeCloseTo((2 + 100 / 98) / 2, 14);
  });

  it("is NaN without a complete year", () => {
    expect(annualRate([0, 1], [10, 9], 10).mean).toBeNaN();
  });
});

describe("entrantFailureShare()", () => {
  it("is 100 x the young exits over the entries, summed, and NaN with no entrant", () => {
    expect(entrantFailureShare([0, 1, 0, 2], [2, 2, 1, 5])).toBeCloseTo(30, 12);
    expect(entrantFailureShare([0, 0], [0, 0])).toBeNaN();
  });
});
