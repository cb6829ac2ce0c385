import { describe, expect, it } from "vitest";
import { dominationIndex, refusedShare } from "./domination.ts";

describe("the domination index (M12)", () => {
  it("dominationIndex() is -1 when only workers demand, +1 when only capital offers, 0 when balanced or idle", () => {
    expect(dominationIndex(0, 5)).toBe(-1);
    expect(dominationIndex(5, 0)).toBe(1);
    expect(dominationIndex(3, 3)).toBe(0);
    expect(dominationIndex(0, 0)).toBe(0);
    expect(dominationIndex(3, 1)).toBe(0.5);
  });

  it("refusedShare() is the share of capital's offers refused", () => {
    expect(refusedShare(3, 4)).toBe(0.75);
    expect(refusedShare(0, 0)).toBe(0);
  });
});
