import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ExactSum, fsum } from "./sum.ts";

describe("fsum", () => {
  it("fsum() is exact where a plain loop is not", () => {
    expect(fsum([1e100, 1, -1e100])).toBe(1);
    expect(fsum([0.1, 0.2, -0.3])).toBe(2.7755575615628914e-17); // exact value of the three doubles' sum
    let naive = 0;
    for (let i = 0; i < 10; i++) naive += 0.1;
    expect(naive).not.toBe(1);
    expect(fsum(new Array(10).fill(0.1))).toBe(1.0);
  });

  it("fsum() equals the sum computed exactly with BigInt scaled integers, in any order", () => {
    // Integers times 2^-30 have exact BigInt sums; the correctly rounded double of that sum is the answer.
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -(2 ** 52), max: 2 ** 52 }), { maxLength: 50 }), (ints) => {
        const xs = ints.map((k) => k * 2 ** -30);
        const exact = Number(ints.reduce((a, k) => a + BigInt(k), 0n)) * 2 ** -30;
        const shuffled = [...xs].reverse();
        return fsum(xs) === exact && fsum(shuffled) === exact;
      }),
    );
  });

  it("ExactSum.add() accumulates a stream without losing small terms", () => {
    const s = new ExactSum();
    s.add(1e16);
    for (let i = 0; i < 1000; i++) s.add(1);
    s.add(-1e16);
    expect(s.value()).toBe(1000);
  });
});
