import { describe, expect, it } from "vitest";
import { expandDesign } from "./expand.ts";
import { gridLevels } from "./grid.ts";

describe("grid", () => {
  it("gridLevels() spaces a range equally, both ends included, decimals as typed", () => {
    expect(gridLevels({ name: "a", min: 0, max: 1 }, 11)).toEqual([
      0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1,
    ]);
    expect(gridLevels({ name: "a", min: 0.1, max: 0.5 }, 5)).toEqual([0.1, 0.2, 0.3, 0.4, 0.5]);
    expect(gridLevels({ name: "a", min: -2, max: 2 }, 2)).toEqual([-2, 2]);
  });

  it("gridLevels() spaces a log range geometrically: 1..1000 in 4 levels is 1, 10, 100, 1000", () => {
    expect(gridLevels({ name: "a", min: 1, max: 1000, log: true }, 4)).toEqual([1, 10, 100, 1000]);
  });

  it("gridLevels() rounds an integer range and keeps each integer once", () => {
    expect(gridLevels({ name: "n", min: 1, max: 3, integer: true }, 5)).toEqual([1, 2, 3]);
    expect(gridLevels({ name: "n", min: 0, max: 100, integer: true }, 4)).toEqual([0, 33, 67, 100]);
  });

  it("expandDesign(grid) gives the product of the levels and every combination once, first factor slowest", () => {
    const factors = [
      { name: "a", values: ["x", "y", "z"] },
      { name: "b", min: 0, max: 3 },
      { name: "c", values: [true, false] },
    ];
    const { points } = expandDesign(factors, { kind: "grid", levels: 4 });
    expect(points.length).toBe(3 * 4 * 2);
    const expected: string[] = [];
    for (const a of ["x", "y", "z"])
      for (const b of [0, 1, 2, 3]) for (const c of [true, false]) expected.push(JSON.stringify({ a, b, c }));
    expect(points.map((p) => JSON.stringify(p.values))).toEqual(expected);
    expect(new Set(expected).size).toBe(24);
    expect(points.map((p) => p.index)).toEqual(points.map((_, i) => i));
    expect(points.every((p) => p.role === undefined)).toBe(true);
  });

  it("expandDesign(grid) uses 5 levels per range by default and gives one empty point with no factor", () => {
    expect(
      expandDesign([{ name: "a", min: 0, max: 1 }], { kind: "grid" }).points.map((p) => p.values.a),
    ).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(expandDesign([], { kind: "grid" }).points).toEqual([{ index: 0, values: {} }]);
  });
});
