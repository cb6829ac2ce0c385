import { describe, expect, it } from "vitest";
import { createRng } from "../../../engine/rng.ts";
import { stateWith } from "../fixtures.ts";
import { checkInvariants } from "../invariants.ts";
import { sampleMarket } from "./marketSample.ts";

describe("sampleMarket()", () => {
  it("pays a worker's draw from the market to its employer, counted as firm revenue", () => {
    const s = stateWith([100, 0, 0], [[1, 0]]);
    // put 30 coins in the market by hand (conservation: take them from actor 0)
    s.money[0] -= 30;
    s.hiring.add(0, -30);
    s.pool = 30;
    sampleMarket(s, createRng(2, "t"), 1);
    const m = 30 - s.pool;
    expect(s.money[1]).toBe(0);
    expect(s.money[0]).toBe(70 + m);
    expect(s.revenue[0]).toBe(m);
    expect(s.monthRevenue).toBe(m);
    checkInvariants(s, 0);
  });
});
