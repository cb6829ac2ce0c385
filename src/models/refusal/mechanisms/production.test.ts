import { describe, expect, it } from "vitest";
import { createRng } from "../../../engine/rng.ts";
import { geometricGap, leontiefOutput } from "./production.ts";

describe("production (M1)", () => {
  it("leontiefOutput() is zero without worked hours, whatever the capital (¶17)", () => {
    expect(leontiefOutput(100, 2, 0, 1000)).toBe(0);
  });

  it("leontiefOutput() is the least of plan, a H and capacity", () => {
    expect(leontiefOutput(100, 2, 30, 1000)).toBe(60);
    expect(leontiefOutput(50, 2, 30, 1000)).toBe(50);
    expect(leontiefOutput(100, 2, 30, 40)).toBe(40);
  });

  it("geometricGap() has mean (1 - p) / p: the separation draw skips the right number of workers", () => {
    const p = 0.01;
    const rng = createRng(5, "test");
    let sum = 0;
    const n = 20000;
    for (let k = 0; k < n; k++) sum += geometricGap(rng.float(), Math.log(1 - p));
    const mean = sum / n;
    // standard error of the mean: sqrt((1 - p) / p^2 / n) ~ 0.70
    expect(Math.abs(mean - (1 - p) / p)).toBeLessThan(4 * Math.sqrt((1 - p) / (p * p) / n));
    expect(geometricGap(0, Math.log(1 - p))).toBe(0);
  });
});
