import { describe, expect, it } from "vitest";
import {
  deliveredShare,
  lumpyOrder,
  machineMakers,
  machinePrice,
  makerEmployment,
  makerWorkforce,
} from "./machines.ts";

describe("the machine sector's mechanisms", () => {
  it("machineMakers() gives round(share F) makers, at least one and never every slot", () => {
    expect(machineMakers(100, 0.2)).toBe(20);
    expect(machineMakers(10, 0.01)).toBe(1);
    expect(machineMakers(2, 0.9)).toBe(1);
  });

  it("machinePrice() is a fixed markup on unit labour cost, rising as effort falls", () => {
    expect(machinePrice(0.15, 100, 2, 1)).toBeCloseTo(57.5, 12);
    expect(machinePrice(0.15, 100, 2, 0.5)).toBeCloseTo(115, 12);
  });

  it("deliveredShare() is what was made over what is owed, at most 1, and 0 with nothing owed", () => {
    expect(deliveredShare(30, 90)).toBeCloseTo(1 / 3, 12);
    expect(deliveredShare(120, 90)).toBe(1);
    expect(deliveredShare(5, 0)).toBe(0);
  });

  it("makerWorkforce() hires for the plan but no more than the wages it can pay", () => {
    expect(makerWorkforce(10, 1, 1, 1e9, 100)).toBe(10);
    expect(makerWorkforce(10, 1, 1, 450, 100)).toBe(4);
    expect(makerWorkforce(0, 1, 1, 1e9, 100)).toBe(0);
  });

  it("makerEmployment() is x / (1 + x) with x = (delta + g) 12 nu / (u b)", () => {
    const x = (0.005 * 12 * 2.5) / (0.85 * 0.75);
    expect(makerEmployment(0.005, 2.5, 0.85, 0.75)).toBeCloseTo(x / (1 + x), 12);
  });
});

describe("lumpyOrder()", () => {
  it("orders once the gathered investment reaches z of the capital, at once without capital, never with nothing gathered", () => {
    expect(lumpyOrder(4, 100, 0.05)).toBe(false);
    expect(lumpyOrder(5, 100, 0.05)).toBe(true);
    expect(lumpyOrder(0.1, 0, 0.05)).toBe(true);
    expect(lumpyOrder(0, 100, 0)).toBe(false);
    expect(lumpyOrder(1e-9, 100, 0)).toBe(true);
  });
});
