import { describe, expect, it } from "vitest";
import { createRng } from "../../engine/rng.ts";
import { JOE_KUO_ROWS, SOBOL_MAX_DIMENSION } from "./joe-kuo.ts";
import { directionNumbers, sobolSequence } from "./sobol-sequence.ts";

/** Order of x modulo the GF(2) polynomial with bit mask `poly` of degree s (0 if x^j never returns to 1). */
function orderOfX(poly: number, s: number): number {
  let r = 1;
  for (let j = 1; j <= 2 ** s; j++) {
    r <<= 1;
    if (r & (1 << s)) r ^= poly;
    if (r === 1) return j;
  }
  return 0;
}

/** Whether x^s + a_1 x^(s-1) + ... + a_(s-1) x + 1 (inner bits a) is primitive: x has order 2^s - 1. */
const isPrimitive = (s: number, a: number) => orderOfX((1 << s) | (a << 1) | 1, s) === 2 ** s - 1;

describe("Sobol' sequence", () => {
  it("the table lists Joe & Kuo's polynomials: every primitive polynomial of degree <= 7 in order of a, then degree 8", () => {
    const expected: [number, number][] = [];
    for (let s = 1; s <= 8; s++)
      for (let a = 0; a < 2 ** (s - 1); a++) if (isPrimitive(s, a)) expected.push([s, a]);
    // Counts of primitive polynomials of degree s: φ(2^s - 1) / s = 1, 1, 2, 2, 6, 6, 18, 16.
    expect(expected.length).toBe(1 + 1 + 2 + 2 + 6 + 6 + 18 + 16);
    expect(JOE_KUO_ROWS.map((row) => [row[0], row[1]])).toEqual(expected.slice(0, JOE_KUO_ROWS.length));
    expect(SOBOL_MAX_DIMENSION).toBe(40);
  });

  it("directionNumbers() gives v_k = m_k / 2^k with every m_k odd and below 2^k, in all 40 dimensions", () => {
    for (let d = 1; d <= SOBOL_MAX_DIMENSION; d++) {
      const v = directionNumbers(d);
      for (let k = 0; k < 32; k++) {
        const m = v[k] / 2 ** (31 - k);
        expect(Number.isInteger(m) && m % 2 === 1 && m < 2 ** (k + 1)).toBe(true);
      }
      if (d > 1) {
        const [s, , ...m] = JOE_KUO_ROWS[d - 2];
        for (let k = 0; k < s; k++) expect(v[k] / 2 ** (31 - k)).toBe(m[k]);
      }
    }
  });

  it("sobolSequence() starts with the hand-derived points of dimensions 1-3 (Gray-code order)", () => {
    // v = m_k / 2^k: dim 1 m = 1, 1, 1; dim 2 (x + 1): m = 1, 3, 5; dim 3 (x^2 + x + 1): m = 1, 3, 3.
    // Point j XORs the v_k of the bits of gray(j) = j ^ (j >> 1) = 0, 1, 3, 2, 6, 7, 5, 4.
    const x = sobolSequence(8, 3);
    const col = (d: number) => Array.from({ length: 8 }, (_, j) => x[j * 3 + d]);
    expect(col(0)).toEqual([0, 0.5, 0.75, 0.25, 0.375, 0.875, 0.625, 0.125]);
    expect(col(1)).toEqual([0, 0.5, 0.25, 0.75, 0.375, 0.875, 0.125, 0.625]);
    expect(col(2)).toEqual([0, 0.5, 0.25, 0.75, 0.625, 0.125, 0.875, 0.375]);
  });

  for (const shifted of [false, true]) {
    it(`sobolSequence() ${shifted ? "digitally shifted" : "plain"}: the first 2^m points hit each interval of length 2^-m once, in every dimension`, () => {
      const dim = SOBOL_MAX_DIMENSION;
      const x = sobolSequence(1024, dim, shifted ? createRng(9, "test") : undefined);
      for (const m of [0, 1, 3, 6, 10]) {
        const n = 2 ** m;
        for (let d = 0; d < dim; d++) {
          const hits = new Array<number>(n).fill(0);
          for (let j = 0; j < n; j++) hits[Math.floor(x[j * dim + d] * n)]++;
          expect(hits.every((h) => h === 1)).toBe(true);
        }
      }
    });

    it(`sobolSequence() ${shifted ? "digitally shifted" : "plain"}: dimensions 1 and 2 form a (0, 8, 2)-net in base 2`, () => {
      const x = sobolSequence(256, 2, shifted ? createRng(4, "test") : undefined);
      for (let m1 = 0; m1 <= 8; m1++) {
        const a = 2 ** m1;
        const b = 2 ** (8 - m1);
        const boxes = new Set<number>();
        for (let j = 0; j < 256; j++) boxes.add(Math.floor(x[2 * j] * a) * b + Math.floor(x[2 * j + 1] * b));
        expect(boxes.size).toBe(256);
      }
    });
  }

  it("sobolSequence() with a shift depends on the seed only, and no shifted point is the origin", () => {
    const a = sobolSequence(64, 6, createRng(1, "s"));
    expect(sobolSequence(64, 6, createRng(1, "s"))).toEqual(a);
    expect(sobolSequence(64, 6, createRng(2, "s"))).not.toEqual(a);
    expect(Array.from(a.subarray(0, 6)).some((u) => u !== 0)).toBe(true);
  });

  it("sobolSequence() refuses more than 40 dimensions", () => {
    expect(() => sobolSequence(4, 41)).toThrow(/at most 40 dimensions/);
  });
});
