import { describe, expect, it } from "vitest";
import { capitalistConsumption, workerConsumption } from "./consumption.ts";

describe("households' spending", () => {
  it("workerConsumption() spends cw of income and cm of the wealth carried in", () => {
    // income 1000 just credited, money 4000: 0.9 * 1000 + 0.03 * 3000 = 990
    expect(workerConsumption(0.9, 0.03, 1000, 4000)).toBe(990);
  });

  it("workerConsumption() is a stationary point at wealth (1 - cw) / cm times income", () => {
    const y = 850;
    const m = ((1 - 0.9) / 0.03) * y;
    expect(workerConsumption(0.9, 0.03, y, m + y)).toBe(Math.round(y));
  });

  it("workerConsumption() never spends more than the money held", () => {
    expect(workerConsumption(1, 1, 100, 50)).toBe(50);
  });

  it("capitalistConsumption() spends cK of dividends and cKm of money", () => {
    expect(capitalistConsumption(0.6, 0.015, 1000, 20000)).toBe(900);
    expect(capitalistConsumption(0.6, 0.015, 1000, 100)).toBe(100);
  });
});
