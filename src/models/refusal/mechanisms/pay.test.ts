import { describe, expect, it } from "vitest";
import { strikePayCoverage } from "./pay.ts";

describe("pay", () => {
  it("strikePayCoverage() is the share of promised strike pay the fund can honour", () => {
    expect(strikePayCoverage(500, 1000)).toBe(0.5);
    expect(strikePayCoverage(5000, 1000)).toBe(1);
    expect(strikePayCoverage(0, 1000)).toBe(0);
    expect(strikePayCoverage(0, 0)).toBe(1);
  });
});
