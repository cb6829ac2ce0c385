import { describe, expect, it } from "vitest";
import { createRng } from "../../../engine/rng.ts";
import { stateWith } from "../fixtures.ts";
import { checkInvariants } from "../invariants.ts";
import { payWages } from "./wages.ts";

describe("payWages()", () => {
  it("pays each employee a wage in [wmin, wmax] when the employer can afford it", () => {
    const rng = createRng(3, "t");
    const seen = new Set<number>();
    for (let k = 0; k < 2000; k++) {
      const s = stateWith(
        [1000, 0, 0],
        [
          [1, 0],
          [2, 0],
        ],
      );
      payWages(s, rng, 0);
      for (const i of [1, 2]) {
        expect(s.money[i]).toBeGreaterThanOrEqual(10);
        expect(s.money[i]).toBeLessThanOrEqual(90);
        seen.add(s.money[i]);
      }
      expect(s.money[0] + s.money[1] + s.money[2]).toBe(1000);
      expect(s.wagesPaid[0]).toBe(s.money[1] + s.money[2]);
    }
    expect(seen.size).toBe(81); // every integer wage of [10, 90] occurs
  });

  it("pays a uniform part of what is left, 0..m, when the employer cannot pay the drawn wage", () => {
    // 5 coins: every drawn wage (>= 10) exceeds them, so the wage is uniform on 0..5.
    const rng = createRng(5, "t");
    const counts = new Array(6).fill(0);
    const trials = 6000;
    for (let k = 0; k < trials; k++) {
      const s = stateWith([5, 0, 100], [[1, 0]]);
      payWages(s, rng, 0);
      counts[s.money[1]]++;
      checkInvariants(s, 0);
    }
    for (const c of counts) expect(Math.abs(c - trials / 6)).toBeLessThan(4 * Math.sqrt((trials * 5) / 36));
  });
});
