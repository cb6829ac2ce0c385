import { describe, expect, it } from "vitest";
import { goldenSectionMin } from "./golden-section.ts";

describe("goldenSectionMin", () => {
  it("goldenSectionMin() finds the minimum of a parabola to within its tolerance", () => {
    expect(goldenSectionMin((x) => (x - 1.234) ** 2, -10, 10, { tol: 1e-9 })).toBeCloseTo(1.234, 8);
  });

  it("goldenSectionMin() stops after its iterations: one step keeps the better part of the bracket", () => {
    // From [0, 1] the points are 0.382 and 0.618; the minimum at 0.9 keeps [0.382, 1].
    const x = goldenSectionMin((t) => Math.abs(t - 0.9), 0, 1, { iterations: 1 });
    expect(x).toBeCloseTo((0.381966 + 1) / 2, 5);
  });

  it("goldenSectionMin() finds a maximum as the minimum of −f, to about √ε where f is flat", () => {
    // Near a smooth extremum f moves by O(h²), so its place is fixed only to about √ε ≈ 1.5e-8.
    const x = goldenSectionMin((t) => -Math.sin(t), 0, Math.PI, { tol: 1e-10 });
    expect(Math.abs(x - Math.PI / 2)).toBeLessThan(5e-8);
  });
});
