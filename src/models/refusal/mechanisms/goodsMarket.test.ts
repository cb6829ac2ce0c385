import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocateDemand, nextMarkup, nextPrice, splitExactly } from "./goodsMarket.ts";

describe("the goods market", () => {
  it("splitExactly() splits an integer total in proportion, parts summing exactly to it", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1e9 }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 0, max: 1e12 }),
        (plan, total) => {
          const out = new Float64Array(plan.length);
          splitExactly(plan, plan.length, total, out);
          const sumPlan = plan.reduce((a, b) => a + b, 0);
          const sum = out.reduce((a, b) => a + b, 0);
          expect(sum).toBe(sumPlan > 0 ? total : 0);
          for (let k = 0; k < plan.length; k++) {
            expect(Number.isInteger(out[k])).toBe(true);
            expect(out[k]).toBeGreaterThanOrEqual(0);
            if (sumPlan > 0 && total <= sumPlan) expect(out[k]).toBeLessThanOrEqual(plan[k]);
          }
        },
      ),
    );
  });

  it("allocateDemand() sells all demand when supply suffices, never more than demand or supply", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0, max: 10, noNaN: true }), fc.integer({ min: 0, max: 1e6 })), {
          minLength: 1,
          maxLength: 20,
        }),
        fc.integer({ min: 0, max: 5e6 }),
        (firms, D) => {
          const n = firms.length;
          const w = Float64Array.from(firms.map(([x, c]) => (c > 0 ? x + 0.01 : 0)));
          const cap = Float64Array.from(firms.map(([, c]) => c));
          const sold = new Float64Array(n);
          const total = allocateDemand(D, w, cap, n, sold);
          const capTotal = cap.reduce((a, b) => a + b, 0);
          expect(total).toBe(sold.reduce((a, b) => a + b, 0));
          expect(total).toBeLessThanOrEqual(D);
          for (let j = 0; j < n; j++) expect(sold[j]).toBeLessThanOrEqual(cap[j]);
          if (capTotal >= D) expect(total).toBe(D);
          else expect(total).toBe(capTotal);
        },
      ),
    );
  });

  it("nextPrice() closes a share lambda of the gap to (1 + mu) ULC", () => {
    expect(nextPrice(140, 0.5, 100, 0.1)).toBeCloseTo(141, 12);
    expect(nextPrice(150, 0.5, 100, 0.1)).toBe(150);
  });

  it("nextMarkup() recovers toward the normal markup, rises with short stocks, stays in [mu/2, 3mu/2]", () => {
    expect(nextMarkup(0.4, 0.5, 0.02, 0, 0.5, 0.5)).toBeCloseTo(0.402, 14);
    expect(nextMarkup(0.5, 0.5, 0.02, 0.01, 0, 0.5)).toBeCloseTo(0.51, 14);
    expect(nextMarkup(0.5, 0.5, 0.02, 0.01, 1, 0.5)).toBeCloseTo(0.49, 14);
    expect(nextMarkup(0.749, 0.5, 0, 0.01, 0, 0.5)).toBe(0.75);
    expect(nextMarkup(0.1, 0.5, 0, 0, 0.5, 0.5)).toBe(0.25);
  });
});
