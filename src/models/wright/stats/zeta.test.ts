import { describe, expect, it } from "vitest";
import { hurwitzZeta } from "./zeta.ts";

describe("hurwitzZeta()", () => {
  it("gives the Riemann zeta values zeta(2) = pi^2/6, zeta(4) = pi^4/90, zeta(3) (Apery)", () => {
    expect(hurwitzZeta(2, 1)).toBeCloseTo(Math.PI ** 2 / 6, 13);
    expect(hurwitzZeta(4, 1)).toBeCloseTo(Math.PI ** 4 / 90, 13);
    expect(hurwitzZeta(3, 1)).toBeCloseTo(1.2020569031595942, 13);
    expect(hurwitzZeta(1.5, 1)).toBeCloseTo(2.612375348685488, 12);
  });

  it("satisfies zeta(s, q) = q^-s + zeta(s, q + 1)", () => {
    for (const s of [1.1, 2.05, 3.7])
      for (const q of [1, 4.5, 37, 1e5]) {
        const lhs = hurwitzZeta(s, q);
        expect(lhs).toBeCloseTo(q ** -s + hurwitzZeta(s, q + 1), 12 - Math.max(0, Math.log10(lhs)));
      }
  });

  it("rejects s <= 1", () => {
    expect(() => hurwitzZeta(1, 2)).toThrow(RangeError);
  });
});
