import { describe, expect, it } from "vitest";
import { createRng } from "../../../engine/rng.ts";
import { laplaceFit, mean, median, sd, weightedMedian } from "./describe.ts";
import { Reservoir } from "./reservoir.ts";

describe("descriptive statistics", () => {
  it("mean(), sd(), median() on small samples", () => {
    expect(mean([1, 2, 3, 6])).toBe(3);
    expect(sd([1, 2, 3, 6])).toBeCloseTo(Math.sqrt(14 / 3), 14);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(mean([])).toBeNaN();
  });

  it("weightedMedian() follows the weights", () => {
    expect(weightedMedian([1, 2, 3], [1, 1, 1])).toBe(2);
    expect(weightedMedian([1, 2, 3], [1, 1, 10])).toBe(3);
  });

  it("laplaceFit() recovers location and scale of Laplace draws", () => {
    const rng = createRng(1, "t");
    const x: number[] = [];
    for (let i = 0; i < 40000; i++) x.push(2 + 0.5 * (rng.exponential() - rng.exponential()));
    const f = laplaceFit(x);
    expect(f.location).toBeCloseTo(2, 1);
    expect(f.scale).toBeCloseTo(0.5, 1);
  });
});

describe("Reservoir", () => {
  it("keeps every row while under capacity", () => {
    const r = new Reservoir(10, 2, createRng(1, "t"));
    for (let i = 0; i < 7; i++) r.add(i, -i);
    expect(Array.from(r.column(0))).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(Array.from(r.column(1))).toEqual([-0, -1, -2, -3, -4, -5, -6]);
  });

  it("keeps each row with probability capacity / seen once full", () => {
    const rng = createRng(2, "t");
    const kept = new Array(100).fill(0);
    const trials = 2000;
    for (let t = 0; t < trials; t++) {
      const r = new Reservoir(20, 1, rng);
      for (let i = 0; i < 100; i++) r.add(i);
      for (const v of r.column(0)) kept[v]++;
    }
    // Binomial(2000, 0.2): sd 17.9; allow 4.5 sd for each of 100 items
    for (const k of kept) expect(Math.abs(k - 400)).toBeLessThan(4.5 * 17.9);
  });
});
