import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { giniMesa, giniOfIntegers } from "./gini.ts";

describe("giniMesa()", () => {
  it("is 0 for equal wealth", () => {
    expect(giniMesa([3, 3, 3, 3])).toBeCloseTo(0, 15);
  });

  it("is 1 - 1/N when one agent holds everything", () => {
    expect(giniMesa([0, 0, 0, 0, 10])).toBeCloseTo(1 - 1 / 5, 15);
  });

  it("equals the mean absolute difference over twice the mean", () => {
    const x = [0, 1, 1, 2, 5, 0, 3];
    let d = 0;
    for (const a of x) for (const b of x) d += Math.abs(a - b);
    const mean = x.reduce((a, b) => a + b) / x.length;
    expect(giniMesa(x)).toBeCloseTo(d / (2 * x.length ** 2 * mean), 14);
  });
});

describe("giniOfIntegers()", () => {
  it("is bit-identical to giniMesa() on non-negative integers", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(40), { minLength: 1, maxLength: 300 }), (xs) => {
        fc.pre(xs.some((v) => v > 0));
        const v = Int32Array.from(xs);
        expect(giniOfIntegers(v, v.length, new Float64Array(1)).gini).toBe(giniMesa(xs));
      }),
      { numRuns: 300 },
    );
  });

  it("grows its scratch array when the maximum exceeds it", () => {
    const r = giniOfIntegers(Int32Array.from([0, 100]), 2, new Float64Array(4));
    expect(r.counts.length).toBeGreaterThanOrEqual(101);
    expect(r.gini).toBeCloseTo(0.5, 15);
  });
});
