import { describe, expect, it } from "vitest";
import { wilson } from "./wilson.ts";

describe("wilson", () => {
  it("wilson() gives the textbook interval: 4 of 6 is [0.300, 0.903]", () => {
    // Newcombe (1998, Statistics in Medicine 17), method 3 — e.g. 81/263 → [0.2553, 0.3662]
    const w = wilson(81, 263);
    expect(w.low).toBeCloseTo(0.2553, 4);
    expect(w.high).toBeCloseTo(0.3662, 4);
    const s = wilson(4, 6);
    expect(s.share).toBeCloseTo(2 / 3, 12);
    expect(s.low).toBeCloseTo(0.3, 3);
    expect(s.high).toBeCloseTo(0.9032, 3);
  });

  it("wilson() stays inside [0, 1] at 0 of n and n of n", () => {
    const none = wilson(0, 64);
    expect(none.low).toBe(0);
    expect(none.high).toBeGreaterThan(0.05);
    const all = wilson(64, 64);
    expect(all.high).toBe(1);
    expect(all.low).toBeLessThan(0.95);
    expect(wilson(0, 0).share).toBeNaN();
  });
});
