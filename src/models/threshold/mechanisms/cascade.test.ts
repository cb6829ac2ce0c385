import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cumulativeCounts, firstFixedPoint, nextParticipants } from "./cascade.ts";

/** Iterate r <- F(r) from 0 until it stops. */
function iterate(cum: Int32Array): number {
  let r = 0;
  for (;;) {
    const next = nextParticipants(cum, r);
    if (next === r) return r;
    r = next;
  }
}

describe("threshold cascade", () => {
  it("cumulativeCounts() counts thresholds <= r, a fractional threshold needing the next whole person", () => {
    // thresholds 0, 0, 1, 2.3, 2.3, 7 in a crowd of 6: F(0) = 2, F(1) = 3, F(2) = 3, F(3) = 5, F(6) = 5
    const cum = cumulativeCounts(Float64Array.from([0, 0, 1, 2.3, 2.3, 7]));
    expect(Array.from(cum)).toEqual([2, 3, 3, 5, 5, 5, 6]);
  });

  it("nextParticipants() runs Granovetter's 0, 1, ..., 99 crowd one person per round to everyone", () => {
    const cum = cumulativeCounts(Float64Array.from({ length: 100 }, (_, i) => i));
    let r = 0;
    for (let t = 1; t <= 100; t++) {
      r = nextParticipants(cum, r);
      expect(r).toBe(t);
    }
    expect(nextParticipants(cum, r)).toBe(100);
  });

  it("firstFixedPoint() finds 100 for 0..99 and 1 when the person with threshold 1 moves to 2", () => {
    const uniform = Float64Array.from({ length: 100 }, (_, i) => i);
    expect(firstFixedPoint(uniform)).toBe(100);
    const changed = Float64Array.from(uniform);
    changed[1] = 2;
    expect(firstFixedPoint(changed.sort())).toBe(1);
    expect(firstFixedPoint(Float64Array.from([1, 1, 1]))).toBe(0);
  });

  it("the dynamics r <- F(r) from 0 stop exactly at firstFixedPoint() of the sorted thresholds", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 60 }), fc.double({ min: 0, max: 60, noNaN: true })), {
          minLength: 1,
          maxLength: 60,
        }),
        (xs) => {
          const t = Float64Array.from(xs);
          const r = iterate(cumulativeCounts(t));
          expect(r).toBe(firstFixedPoint(Float64Array.from(t).sort()));
          // r is a fixed point of the definition, and the smallest: F(k) > k for every k < r.
          const F = (k: number) => xs.filter((x) => x <= k).length;
          expect(F(r)).toBe(r);
          for (let k = 0; k < r; k++) expect(F(k)).toBeGreaterThan(k);
        },
      ),
    );
  });
});
