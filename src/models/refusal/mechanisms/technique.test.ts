import { describe, expect, it } from "vitest";
import { vintage } from "./technique.ts";

describe("vintages (M3)", () => {
  it("vintage() gives the capacity K / (12 nu) and the labour it needs, capacity / a", () => {
    const [cap, lab] = vintage(300, 2, 2.5);
    expect(cap).toBeCloseTo(10, 14);
    expect(lab).toBeCloseTo(5, 14);
  });

  it("vintage() sums aggregate two techniques into a capacity-weighted harmonic mean of productivity", () => {
    const [c1, l1] = vintage(300, 1, 2.5);
    const [c2, l2] = vintage(300, 2, 2.5);
    // equal capacities 10 and 10, productivities 1 and 2: a = 20 / (10 + 5) = 4/3
    expect((c1 + c2) / (l1 + l2)).toBeCloseTo(4 / 3, 14);
  });
});
