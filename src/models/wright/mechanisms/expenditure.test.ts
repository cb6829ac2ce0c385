import { describe, expect, it } from "vitest";
import { createRng } from "../../../engine/rng.ts";
import { stateWith } from "../fixtures.ts";
import { checkInvariants } from "../invariants.ts";
import { spend } from "./expenditure.ts";

describe("spend()", () => {
  it("never makes the active actor spend and moves a uniform 0..m_b into the market", () => {
    const rng = createRng(8, "t");
    const amounts = new Array(11).fill(0);
    const trials = 11000;
    for (let k = 0; k < trials; k++) {
      const s = stateWith([1000, 10]); // active actor 0: the spender must be actor 1
      spend(s, rng, 0);
      expect(s.money[0]).toBe(1000);
      amounts[10 - s.money[1]]++;
      expect(s.pool).toBe(10 - s.money[1]);
      checkInvariants(s, 0);
    }
    for (const c of amounts)
      expect(Math.abs(c - trials / 11)).toBeLessThan(4 * Math.sqrt((trials * 10) / 121));
  });

  it("keeps the hiring pool in step when a non-worker spends, and leaves it alone for a worker", () => {
    const s = stateWith([0, 40, 200], [[1, 2]]);
    const rng = createRng(1, "t");
    for (let k = 0; k < 50; k++) {
      spend(s, rng, 0);
      checkInvariants(s, k);
    }
  });
});
