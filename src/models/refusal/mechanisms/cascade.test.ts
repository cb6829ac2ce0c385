import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cascadeCount, cascadeShareFromHistogram, thresholdBin } from "./cascade.ts";

describe("threshold cascades (Granovetter 1978)", () => {
  it("cascadeCount() runs Granovetter's 0, 1, ..., 99 crowd to everyone, and stops at 1 when 1 becomes 2", () => {
    const n = 100;
    const uniform = Float64Array.from({ length: n }, (_, i) => i / n);
    expect(cascadeCount(uniform, n)).toBe(100);
    const changed = Float64Array.from(uniform);
    changed[1] = 2 / n;
    expect(cascadeCount(changed.sort(), n)).toBe(1);
  });

  it("cascadeCount() is the smallest fixed point of F(r) = #{t <= r / n}", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 80 }),
        (xs) => {
          const n = xs.length;
          const sorted = Float64Array.from(xs).sort();
          const k = cascadeCount(sorted, n);
          const F = (r: number) => xs.filter((x) => x <= r / n).length;
          expect(F(k)).toBe(k);
          for (let r = 0; r < k; r++) expect(F(r)).toBeGreaterThan(r);
        },
      ),
    );
  });

  it("cascadeCount() from a strike under way falls to the largest fixed point below when thresholds rise", () => {
    // 10 people; thresholds (shares) 0.05, 0.15, ..., 0.95 plus fatigue 0.1: from 10 strikers,
    // F(10) = 9, F(9) = 8, ... down to 0 (nobody's threshold is <= 0): the strike collapses
    const n = 10;
    const t = Float64Array.from({ length: n }, (_, i) => 0.05 + i / n + 0.1);
    expect(cascadeCount(t, n, 10)).toBe(0);
    // without fatigue (0.05 + i / 10) the crowd of 10 holds at 10: F(10) = 10
    const u = Float64Array.from({ length: n }, (_, i) => 0.05 + i / n);
    expect(cascadeCount(u, n, 10)).toBe(10);
    // but from nobody it never starts: F(0) = 0
    expect(cascadeCount(u, n, 0)).toBe(0);
  });

  it("thresholdBin() puts 0 in bin 0, t in bin ceil(t bins), and never-met thresholds nowhere", () => {
    expect(thresholdBin(0, 100)).toBe(0);
    expect(thresholdBin(0.005, 100)).toBe(1);
    expect(thresholdBin(0.25, 100)).toBe(25);
    expect(thresholdBin(1, 100)).toBe(100);
    expect(thresholdBin(1.5, 100)).toBe(-1);
  });

  it("cascadeShareFromHistogram() equals the exact cascade of thresholds rounded up to their bins", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1.2, noNaN: true }), { minLength: 1, maxLength: 60 }),
        (xs) => {
          const bins = 20;
          const n = xs.length;
          const hist = new Float64Array(bins + 1);
          const rounded: number[] = [];
          for (const x of xs) {
            const b = thresholdBin(x, bins);
            if (b >= 0) {
              hist[b]++;
              rounded.push(b / bins);
            } else rounded.push(2);
          }
          // iterate r <- F(r) on the rounded thresholds, as shares
          let r = 0;
          for (;;) {
            const next = rounded.filter((t) => t <= r + 1e-12).length / n;
            if (next <= r) break;
            r = next;
          }
          expect(cascadeShareFromHistogram(hist, bins, n)).toBeCloseTo(r, 12);
        },
      ),
    );
  });
});
