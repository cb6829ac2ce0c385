import { describe, expect, it } from "vitest";
import { classificationTree, treeInWords } from "./classification-tree.ts";

describe("classificationTree", () => {
  const grid = Array.from({ length: 64 }, (_, i) => ({ a: (i % 8) / 8, b: Math.floor(i / 8) / 8 }));

  it("classificationTree() finds the factor and the threshold that decide the outcome", () => {
    const y = grid.map((p) => p.b >= 0.5);
    const t = classificationTree(grid, y, ["a", "b"]);
    expect(t.split?.factor).toBe("b");
    expect(t.split?.threshold).toBeCloseTo(0.4375, 12);
    expect(t.split?.left).toMatchObject({ n: 32, yes: 0 });
    expect(t.split?.right).toMatchObject({ n: 32, yes: 32 });
    expect(treeInWords(t)).toEqual([
      "b < 0.438: holds at 0 of 32 points",
      "b ≥ 0.438: holds at 32 of 32 points",
    ]);
  });

  it("classificationTree() splits twice for a corner, and not at all for an outcome that does not vary", () => {
    const y = grid.map((p) => p.a >= 0.5 && p.b < 0.25);
    const t = classificationTree(grid, y, ["a", "b"]);
    const words = treeInWords(t);
    expect(words).toContain("b < 0.188 and a ≥ 0.438: holds at 8 of 8 points");
    expect(
      classificationTree(
        grid,
        grid.map(() => true),
        ["a", "b"],
      ).split,
    ).toBeUndefined();
  });
});
