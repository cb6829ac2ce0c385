import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Fenwick } from "./fenwick.ts";
import { createRng } from "./rng.ts";

function naivePrefix(w: number[], i: number): number {
  let s = 0;
  for (let k = 0; k < i; k++) s += w[k];
  return s;
}

function naiveFind(w: number[], r: number): number {
  let s = 0;
  for (let i = 0; i < w.length; i++) {
    s += w[i];
    if (r < s) return i;
  }
  return -1;
}

describe("Fenwick", () => {
  it("prefix() and find() agree with a linear scan after any sequence of updates", () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(50), { minLength: 1, maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: -20, max: 20 })), { maxLength: 40 }),
        (init, updates) => {
          const w = init.slice();
          const f = Fenwick.from(w);
          for (const [k, d] of updates) {
            const i = k % w.length;
            const delta = Math.max(d, -w[i]); // keep weights non-negative
            w[i] += delta;
            f.add(i, delta);
          }
          for (let i = 0; i <= w.length; i++) expect(f.prefix(i)).toBe(naivePrefix(w, i));
          const total = naivePrefix(w, w.length);
          expect(f.total()).toBe(total);
          for (let r = 0; r < total; r++) expect(f.find(r)).toBe(naiveFind(w, r));
          for (let i = 0; i < w.length; i++) expect(f.get(i)).toBe(w[i]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("from() builds the same tree as repeated add()", () => {
    const w = [3, 0, 5, 1, 0, 0, 7, 2, 9, 4, 1];
    const a = Fenwick.from(w);
    const b = new Fenwick(w.length);
    for (let i = 0; i < w.length; i++) b.add(i, w[i]);
    expect(Array.from(a.tree)).toEqual(Array.from(b.tree));
  });

  it("find() never returns an index of zero weight", () => {
    const w = [0, 4, 0, 0, 1, 0];
    const f = Fenwick.from(w);
    const got = new Set<number>();
    for (let r = 0; r < 5; r++) got.add(f.find(r));
    expect([...got].sort()).toEqual([1, 4]);
  });

  it("find() with a uniform r samples each index in proportion to its weight (chi-square)", () => {
    const w = [1, 2, 3, 4, 10, 0, 30, 50];
    const f = Fenwick.from(w);
    const rng = createRng(7, "fenwick-test");
    const draws = 100_000;
    const counts = new Array(w.length).fill(0);
    for (let k = 0; k < draws; k++) counts[f.find(rng.int(f.total()))]++;
    expect(counts[5]).toBe(0);
    let chi2 = 0;
    for (let i = 0; i < w.length; i++) {
      if (w[i] === 0) continue;
      const e = (draws * w[i]) / f.total();
      chi2 += (counts[i] - e) ** 2 / e;
    }
    // 6 degrees of freedom: P(chi2 > 22.46) = 0.001.
    expect(chi2).toBeLessThan(22.46);
  });

  it("works for sizes that are and are not powers of two", () => {
    for (const n of [1, 2, 3, 7, 8, 9, 16, 17, 1000]) {
      const w = Array.from({ length: n }, (_, i) => (i % 3) + 1);
      const f = Fenwick.from(w);
      const total = naivePrefix(w, n);
      expect(f.find(0)).toBe(0);
      expect(f.find(total - 1)).toBe(n - 1);
    }
  });
});
