import { describe, expect, it } from "vitest";
import { fromUnit } from "./from-unit.ts";

describe("fromUnit", () => {
  it("fromUnit() maps [0, 1] linearly onto a range, ends exact", () => {
    const f = { name: "a", min: 2, max: 6 };
    expect(fromUnit(f, 0)).toBe(2);
    expect(fromUnit(f, 1)).toBe(6);
    expect(fromUnit(f, 0.25)).toBe(3);
    expect(fromUnit({ name: "b", min: -Math.PI, max: Math.PI }, 0.5)).toBeCloseTo(0, 15);
  });

  it("fromUnit() maps a log range geometrically: the midpoint of [1, 100] is 10", () => {
    const f = { name: "a", min: 1, max: 100, log: true };
    expect(fromUnit(f, 0)).toBe(1);
    expect(fromUnit(f, 1)).toBe(100);
    expect(fromUnit(f, 0.5)).toBeCloseTo(10, 12);
    expect(fromUnit(f, 0.25)).toBeCloseTo(Math.sqrt(10), 12);
  });

  it("fromUnit() gives each integer of an integer range an equal share of [0, 1]", () => {
    const f = { name: "n", min: 1, max: 3, integer: true };
    expect([0, 0.33, 1 / 3 + 1e-9, 0.66, 2 / 3 + 1e-9, 0.999, 1].map((u) => fromUnit(f, u))).toEqual([
      1, 1, 2, 2, 3, 3, 3,
    ]);
  });

  it("fromUnit() gives integer k of an integer log range the share ln((k+1)/k) / ln((max+1)/min)", () => {
    const f = { name: "n", min: 1, max: 3, integer: true, log: true };
    // Shares of 1, 2, 3: ln 2 / ln 4 = 1/2, ln(3/2) / ln 4, ln(4/3) / ln 4; boundaries 1/2 and ln 3 / ln 4.
    const b2 = Math.log(3) / Math.log(4);
    expect(fromUnit(f, 0.5 - 1e-9)).toBe(1);
    expect(fromUnit(f, 0.5 + 1e-9)).toBe(2);
    expect(fromUnit(f, b2 - 1e-9)).toBe(2);
    expect(fromUnit(f, b2 + 1e-9)).toBe(3);
    expect(fromUnit(f, 1)).toBe(3);
  });

  it("fromUnit() splits [0, 1] into equal shares of a values list, in its order", () => {
    const f = { name: "s", values: ["a", "b", "c"] };
    expect([0, 0.333, 0.334, 0.666, 0.667, 1].map((u) => fromUnit(f, u))).toEqual([
      "a",
      "a",
      "b",
      "b",
      "c",
      "c",
    ]);
    expect(fromUnit({ name: "t", values: [true, false] }, 0.7)).toBe(false);
  });

  it("fromUnit() refuses u outside [0, 1]", () => {
    expect(() => fromUnit({ name: "a", min: 0, max: 1 }, 1.5)).toThrow(/u must be in \[0, 1\]/);
    expect(() => fromUnit({ name: "a", min: 0, max: 1 }, Number.NaN)).toThrow(/u must be in/);
  });
});
