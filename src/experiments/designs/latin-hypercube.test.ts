import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRng } from "../../engine/rng.ts";
import { expandDesign } from "./expand.ts";
import { latinHypercubeUnit } from "./latin-hypercube.ts";

describe("latin hypercube", () => {
  it("latinHypercubeUnit() hits every stratum of every factor exactly once", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 1, max: 6 }),
        fc.nat(),
        (n, k, seed) => {
          const { unit } = latinHypercubeUnit(n, k, createRng(seed, "test"));
          for (let i = 0; i < k; i++) {
            const hits = new Array<number>(n).fill(0);
            for (let p = 0; p < n; p++) {
              const u = unit[p * k + i];
              let s = Math.min(n - 1, Math.floor(u * n));
              if (u < s / n) s--;
              if (u >= (s + 1) / n) s++;
              if (!(u >= s / n && u < (s + 1) / n && s >= 0 && s < n)) return false;
              hits[s]++;
            }
            if (hits.some((h) => h !== 1)) return false;
          }
          return true;
        },
      ),
      { numRuns: 200 },
    );
  });

  it("expandDesign(latin-hypercube) over the integers 1..n takes each integer exactly once", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 300 }), fc.nat(), (n, seed) => {
        const { points } = expandDesign(
          [
            { name: "m", min: 1, max: n, integer: true },
            { name: "x", min: 0, max: 1 },
          ],
          {
            kind: "latin-hypercube",
            samples: n,
            seed,
          },
        );
        const seen = points.map((p) => p.values.m as number).sort((a, b) => a - b);
        return seen.every((m, i) => m === i + 1);
      }),
      { numRuns: 100 },
    );
  });

  it("expandDesign(latin-hypercube) is not the diagonal: the strata of two factors are shuffled independently", () => {
    const { points } = expandDesign(
      [
        { name: "a", min: 0, max: 1 },
        { name: "b", min: 0, max: 1 },
      ],
      { kind: "latin-hypercube", samples: 100, seed: 3 },
    );
    const sameStratum = points.filter(
      (p) => Math.floor((p.values.a as number) * 100) === Math.floor((p.values.b as number) * 100),
    );
    // Independent permutations share a stratum at about 1 of 100 points (Poisson(1)): far below 100.
    expect(sameStratum.length).toBeLessThan(10);
  });
});
