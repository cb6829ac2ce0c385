import { describe, expect, it } from "vitest";
import { createRng } from "../../../engine/rng.ts";
import { stateWith } from "../fixtures.ts";
import { checkInvariants } from "../invariants.ts";
import { NONE, OWNER } from "../state.ts";
import { fire, firingCount } from "./firing.ts";

describe("firingCount()", () => {
  it("fires nobody when the wage bill at the average wage is covered", () => {
    expect(firingCount(3, 150, 50)).toBe(0);
    expect(firingCount(3, 1000, 50)).toBe(0);
  });

  it("keeps floor(m / <w>) employees otherwise", () => {
    expect(firingCount(3, 149, 50)).toBe(1); // 2 * 50 <= 149 < 3 * 50
    expect(firingCount(5, 120, 50)).toBe(3);
    expect(firingCount(1, 49, 50)).toBe(1);
    expect(firingCount(4, 0, 50)).toBe(4);
  });
});

describe("fire()", () => {
  it("fires exactly u employees, who become unemployed and rejoin the hiring pool", () => {
    // Actor 0 owns a firm of 5 and holds 120 coins: keeps floor(120/50) = 2.
    const s = stateWith(
      [120, 10, 10, 10, 10, 10, 500],
      [
        [1, 0],
        [2, 0],
        [3, 0],
        [4, 0],
        [5, 0],
      ],
    );
    fire(s, createRng(1, "t"), 0);
    expect(s.employees[0]).toBe(2);
    let still = 0;
    for (let i = 1; i <= 5; i++) if (s.employer[i] === 0) still++;
    expect(still).toBe(2);
    expect(s.workerCount).toBe(2);
    checkInvariants(s, 0);
  });

  it("closes the firm when every employee goes: a demise, and the owner is unemployed", () => {
    const s = stateWith(
      [30, 5, 5, 100],
      [
        [1, 0],
        [2, 0],
      ],
    );
    expect(s.employer[0]).toBe(OWNER);
    fire(s, createRng(1, "t"), 0);
    expect(s.employees[0]).toBe(0);
    expect(s.employer[0]).toBe(NONE);
    expect(s.firmCount).toBe(0);
    expect(s.monthDemises).toBe(1);
    checkInvariants(s, 0);
  });

  it("chooses the fired employees uniformly at random (each of 6 fired with probability 4/6)", () => {
    const trials = 6000;
    const firedCount = new Array(7).fill(0);
    const rng = createRng(4, "t");
    for (let t = 0; t < trials; t++) {
      // keeps floor(100 / 50) = 2 of 6
      const s = stateWith(
        [100, 1, 1, 1, 1, 1, 1],
        [
          [1, 0],
          [2, 0],
          [3, 0],
          [4, 0],
          [5, 0],
          [6, 0],
        ],
      );
      fire(s, rng, 0);
      for (let i = 1; i <= 6; i++) if (s.employer[i] === NONE) firedCount[i]++;
    }
    for (let i = 1; i <= 6; i++) {
      // binomial(6000, 2/3): sd = 36.5; allow 4 sd
      expect(Math.abs(firedCount[i] - (trials * 4) / 6)).toBeLessThan(4 * 36.5);
    }
  });
});
