import { describe, expect, it } from "vitest";
import { streams } from "../../../engine/rng.ts";
import { spawnStreams } from "../context.ts";
import { type RefusalSimulation, refusal } from "../index.ts";
import { refusalParams } from "../params.ts";
import { rulesFor } from "../rules.ts";
import { SECTOR } from "../state.ts";
import { customers } from "./customers.ts";

function economy(months: number, over: Record<string, unknown> = {}) {
  const p = refusalParams.parse({ workers: 2000, firms: 20, ...over });
  const sim = refusal.create(p, streams(3)) as RefusalSimulation;
  for (let m = 0; m < months; m++) sim.step();
  const ctx = { s: sim.state, p, rng: spawnStreams(streams(9)), ...rulesFor(p) };
  return ctx;
}

describe("phase customers", () => {
  it("customers() leaves every household at an active consumption-good firm, and the counts add up to N", () => {
    const ctx = economy(48);
    const { s } = ctx;
    // close a consumption-good firm: its customers must move at once
    const j = s.makers + 1;
    s.active[j] = 0;
    customers(ctx);
    let sum = 0;
    for (let k = 0; k < s.nf; k++) {
      if (s.sector[k] === SECTOR.machines) expect(s.customers[k]).toBe(0);
      sum += s.customers[k];
    }
    expect(sum).toBe(s.n);
    expect(s.customers[j]).toBe(0);
    for (let i = 0; i < s.n; i++) {
      expect(s.active[s.shop[i]]).toBe(1);
      expect(s.sector[s.shop[i]]).toBe(SECTOR.consumption);
    }
  });

  it("customers() takes households from a dearer shop to cheaper ones, and none when no one searches", () => {
    const ctx = economy(24);
    const { s } = ctx;
    const j = s.makers + 2;
    s.price[j] *= 1.05;
    s.soldOut.fill(0);
    const before = s.customers[j];
    expect(before).toBeGreaterThan(0);
    customers(ctx);
    expect(s.customers[j]).toBeLessThan(before);
    const still = economy(24, { shopSearch: 0, shopStockout: 0 });
    const copy = Uint16Array.from(still.s.shop);
    still.s.price[j] *= 1.05;
    customers(still);
    expect(Array.from(still.s.shop)).toEqual(Array.from(copy));
  });

  it("customers() sends a sold-out shop's searching customers only to shops that did not run out", () => {
    const ctx = economy(24, { shopSearch: 0, shopStockout: 1 });
    const { s } = ctx;
    const j = s.makers + 3;
    s.soldOut.fill(0);
    s.soldOut[j] = 1;
    s.soldOut[j + 1] = 1;
    const before = Int32Array.from(s.customers);
    customers(ctx);
    // every customer of a sold-out shop searched once: those who found a shop with goods left
    expect(s.customers[j]).toBeLessThan(before[j] / 2);
    expect(s.customers[j + 1]).toBeLessThan(before[j + 1] / 2);
    for (let k = 0; k < s.nf; k++)
      if (k !== j && k !== j + 1) expect(s.customers[k]).toBeGreaterThanOrEqual(before[k]);
  });
});
