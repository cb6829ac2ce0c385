import { describe, expect, it } from "vitest";
import {
  combine,
  decideEffect,
  decideEffects,
  type Estimate,
  holm,
  interval,
  meanEstimate,
  pValues,
  slopeEstimate,
} from "./verdict.ts";

const ALPHA = 0.025;
/** An estimate whose 95% interval is [lo, hi] with many degrees of freedom (t ≈ 1.96). */
function est(lo: number, hi: number, df = 1e6): Estimate {
  return { estimate: (lo + hi) / 2, se: (hi - lo) / 2 / 1.959964, df, n: df + 1 };
}
const decide = (claim: "increase" | "decrease" | "equivalent", lo: number, hi: number, sesoi: number) => {
  const e = est(lo, hi);
  return decideEffect(claim, e.estimate, sesoi, pValues(e, sesoi), ALPHA);
};

describe("the decision rule", () => {
  it("decideEffect() holds when the interval excludes zero on the claimed side and the estimate reaches the sesoi", () => {
    expect(decide("increase", 0.5, 1.5, 0.2)).toBe("holds");
    expect(decide("decrease", -1.5, -0.5, 0.2)).toBe("holds");
  });

  it("decideEffect() calls a significant effect below the sesoi inconclusive, or negligible when its whole interval is within ± sesoi", () => {
    // +0.035 points a year, significant, but under a sesoi of 0.2: not a finding
    expect(decide("increase", 0.03, 0.04, 0.2)).toBe("negligible");
    // significant, estimate 0.15 < 0.2, interval reaching beyond 0.2: inconclusive
    expect(decide("increase", 0.05, 0.25, 0.2)).toBe("inconclusive");
  });

  it("decideEffect() fails when the interval excludes zero on the other side (and not within ± sesoi)", () => {
    expect(decide("increase", -1.5, -0.5, 0.2)).toBe("fails");
    expect(decide("decrease", 0.5, 1.5, 0.2)).toBe("fails");
    // opposite but trivially small: negligible comes first
    expect(decide("increase", -0.1, -0.05, 0.2)).toBe("negligible");
  });

  it("decideEffect() is inconclusive on an interval across zero wider than the sesoi, and on NaN", () => {
    expect(decide("increase", -0.5, 0.8, 0.2)).toBe("inconclusive");
    expect(decideEffect("increase", Number.NaN, 0.2, pValues(est(0, 1), 0.2), ALPHA)).toBe("inconclusive");
  });

  it("decideEffect() decides an equivalence claim by two one-sided tests", () => {
    expect(decide("equivalent", -0.1, 0.15, 0.2)).toBe("holds");
    expect(decide("equivalent", 0.3, 0.9, 0.2)).toBe("fails");
    expect(decide("equivalent", -0.9, -0.3, 0.2)).toBe("fails");
    // significant but small: not equivalent within the interval, not a real difference either
    expect(decide("equivalent", 0.05, 0.3, 0.2)).toBe("inconclusive");
    expect(decide("equivalent", -0.5, 0.5, 0.2)).toBe("inconclusive");
  });

  it("pValues() is exact for a zero-width estimate", () => {
    const p = pValues({ estimate: 0, se: 0, df: 7, n: 8 }, 0.1);
    expect(p).toEqual({ up: 1, down: 1, equivalence: 0 });
    expect(pValues({ estimate: 2, se: 0, df: 7, n: 8 }, 0.1)).toEqual({ up: 0, down: 1, equivalence: 1 });
  });

  it("pValues() matches Student t: an estimate 2.571 se above zero with 5 df has p = 0.025", () => {
    const p = pValues({ estimate: 2.570582, se: 1, df: 5, n: 6 }, 10);
    expect(p.up).toBeCloseTo(0.025, 6);
    expect(p.down).toBeCloseTo(0.975, 6);
  });

  it("holm() multiplies the smallest p by m, the next by m - 1, and keeps the order monotone", () => {
    const close = (a: number[], b: number[]) => {
      for (const [i, x] of a.entries()) expect(x).toBeCloseTo(b[i], 12);
    };
    close(holm([0.01, 0.04, 0.03]), [0.03, 0.06, 0.06]);
    close(holm([0.5, 0.001]), [0.5, 0.002]);
    const h = holm([0.2, Number.NaN, 0.01]);
    expect(h[0]).toBeCloseTo(0.4, 12);
    expect(h[1]).toBeNaN();
    expect(h[2]).toBeCloseTo(0.03, 12);
  });

  it("decideEffects() applies Holm: two effects each at p = 0.02 one-sided hold alone, but not together", () => {
    // t such that the one-sided p is 0.02 with many df
    const e = { estimate: 2.053749, se: 1, df: 1e6, n: 1e6 + 1 };
    const raw = (label: string) => ({
      ...e,
      label,
      summary: label,
      claim: "increase" as const,
      sesoi: 0.5,
      ciLow: 0,
      ciHigh: 0,
      nExcluded: 0,
      nImputed: 0,
    });
    expect(decideEffects([raw("a")], 0.95)[0].verdict).toBe("holds");
    const both = decideEffects([raw("a"), raw("b")], 0.95);
    expect(both[0].pHolm.up).toBeCloseTo(0.04, 5);
    expect(both.map((x) => x.verdict)).toEqual(["inconclusive", "inconclusive"]);
  });

  it("combine() fails on any failure, is negligible on any negligible effect, and holds only when all hold", () => {
    expect(combine(["holds", "holds"])).toBe("holds");
    expect(combine(["holds", "inconclusive"])).toBe("inconclusive");
    expect(combine(["holds", "negligible"])).toBe("negligible");
    expect(combine(["negligible", "fails"])).toBe("fails");
    expect(combine([])).toBe("inconclusive");
  });
});

describe("estimates", () => {
  it("meanEstimate() leaves out non-finite values and gives se = sd / sqrt(n)", () => {
    const e = meanEstimate([1, 2, Number.NaN, 3]);
    expect(e.n).toBe(3);
    expect(e.estimate).toBe(2);
    expect(e.se).toBeCloseTo(1 / Math.sqrt(3), 12);
    expect(e.df).toBe(2);
    const [lo, hi] = interval(e, 0.95);
    // t_{0.975, 2} = 4.302653
    expect(hi - e.estimate).toBeCloseTo(4.302653 / Math.sqrt(3), 5);
    expect(lo).toBeCloseTo(2 - 4.302653 / Math.sqrt(3), 5);
  });

  it("slopeEstimate() recovers an exact slope with se = 0, and has no slope without spread in x", () => {
    const e = slopeEstimate([0, 1, 2, 3], [1, 3, 5, 7]);
    expect(e.estimate).toBeCloseTo(2, 12);
    expect(e.se).toBeCloseTo(0, 12);
    expect(e.df).toBe(2);
    expect(slopeEstimate([1, 1, 1], [1, 2, 3]).estimate).toBeNaN();
  });
});
