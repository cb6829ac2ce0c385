import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRng, IntBlock, Rng, streams } from "./rng.ts";
import { SplitMix64 } from "./splitmix64.ts";

describe("xoshiro128**", () => {
  it("nextU32() reproduces the reference C implementation from state {1, 2, 3, 4}", () => {
    // xoshiro128starstar.c (Blackman & Vigna) with s = {1, 2, 3, 4}.
    const r = new Rng(1, 2, 3, 4);
    expect([r.nextU32(), r.nextU32(), r.nextU32(), r.nextU32(), r.nextU32(), r.nextU32()]).toEqual([
      11520, 0, 5927040, 70819200, 2031721883, 1637235492,
    ]);
  });

  it("nextU32() and jump() match published test vectors", () => {
    // Test data generated with the C reference implementation, published in edorfaus/xoshiro-6502
    // (test-rom/testdata.asm): seed bytes 0C 4A 4D 96 95 B8 0A D4 CB DE 7F AD F0 F0 06 30.
    const seed = [0x964d4a0c, 0xd40ab895, 0xad7fdecb, 0x3006f0f0] as const;
    const r = new Rng(...seed);
    expect([r.nextU32(), r.nextU32(), r.nextU32(), r.nextU32()]).toEqual([
      0xf1391922, 0x6fe53806, 0xa5be2840, 0xf510ee70,
    ]);
    const j = new Rng(...seed);
    j.jump();
    expect(j.state()).toEqual([0x2a6dd50d, 0x01177499, 0xd7eb7d01, 0xddc48284]);
  });

  it("rejects an all-zero state", () => {
    expect(() => new Rng(0, 0, 0, 0)).toThrow();
  });
});

describe("SplitMix64", () => {
  it("next() reproduces the published sequence for seed 1234567", () => {
    const s = new SplitMix64(1234567n);
    expect([s.next(), s.next(), s.next(), s.next(), s.next()]).toEqual([
      6457827717110365317n,
      3203168211198807973n,
      9817491932198370423n,
      4593380528125082431n,
      16408922859458223821n,
    ]);
  });
});

describe("streams", () => {
  it("createRng() gives the same sequence for the same seed and stream", () => {
    const a = createRng(42, "market");
    const b = createRng(42, "market");
    for (let i = 0; i < 100; i++) expect(a.nextU32()).toBe(b.nextU32());
  });

  it("createRng() gives unrelated sequences for adjacent seeds and for different streams", () => {
    const draws = (r: Rng) => Array.from({ length: 64 }, () => r.nextU32());
    const base = draws(createRng(0, "a"));
    for (const other of [draws(createRng(1, "a")), draws(createRng(0, "b"))]) {
      // Bits that agree between two independent 32-bit words: about half.
      let agree = 0;
      for (let i = 0; i < 64; i++) agree += 32 - popcount((base[i] ^ other[i]) >>> 0);
      expect(agree / (64 * 32)).toBeGreaterThan(0.45);
      expect(agree / (64 * 32)).toBeLessThan(0.55);
    }
  });

  it("streams().stream() returns the same generator object for a name", () => {
    const s = streams(7);
    expect(s.stream("x")).toBe(s.stream("x"));
    expect(s.stream("x")).not.toBe(s.stream("y"));
  });

  it("rejects negative, fractional and unsafe seeds", () => {
    expect(() => createRng(-1)).toThrow(RangeError);
    expect(() => createRng(1.5)).toThrow(RangeError);
    expect(() => createRng(2 ** 60)).toThrow(RangeError);
    expect(() => createRng(2n ** 64n)).toThrow(RangeError);
  });
});

describe("distributions", () => {
  const r = createRng(123, "dist");

  it("float() lies in [0, 1) with mean 1/2 and variance 1/12", () => {
    const n = 200_000;
    let s = 0;
    let s2 = 0;
    let outside = 0;
    for (let i = 0; i < n; i++) {
      const u = r.float();
      if (!(u >= 0 && u < 1)) outside++;
      s += u;
      s2 += u * u;
    }
    const mean = s / n;
    expect(outside).toBe(0);
    expect(Math.abs(mean - 0.5)).toBeLessThan(5 * Math.sqrt(1 / 12 / n));
    expect(Math.abs(s2 / n - mean * mean - 1 / 12)).toBeLessThan(0.002);
  });

  it("int(n) is uniform: chi-square over 10 cells stays below the 0.999 quantile", () => {
    const n = 100_000;
    const counts = new Array(10).fill(0);
    for (let i = 0; i < n; i++) counts[r.int(10)]++;
    const chi2 = counts.reduce((a, c) => a + (c - n / 10) ** 2 / (n / 10), 0);
    expect(chi2).toBeLessThan(27.88); // chi-square, 9 degrees of freedom, p = 0.999
  });

  it("int(n) handles n = 1, powers of two and n = 2^32", () => {
    expect(r.int(1)).toBe(0);
    for (let i = 0; i < 1000; i++) {
      expect(r.int(8)).toBeLessThan(8);
      const v = r.int(2 ** 32);
      expect(v >= 0 && v < 2 ** 32).toBe(true);
    }
    expect(() => r.int(0)).toThrow(RangeError);
    expect(() => r.int(2.5)).toThrow(RangeError);
  });

  it("normal() has mean 0 and variance 1", () => {
    const n = 100_000;
    let s = 0;
    let s2 = 0;
    for (let i = 0; i < n; i++) {
      const z = r.normal();
      s += z;
      s2 += z * z;
    }
    expect(Math.abs(s / n)).toBeLessThan(5 / Math.sqrt(n));
    expect(Math.abs(s2 / n - 1)).toBeLessThan(0.02);
  });

  it("shuffle() permutes: every element kept, order changed", () => {
    const a = Int32Array.from({ length: 100 }, (_, i) => i);
    r.shuffle(a, a.length);
    expect([...a].sort((x, y) => x - y)).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect([...a]).not.toEqual(Array.from({ length: 100 }, (_, i) => i));
  });
});

/** Bounds that exercise every branch of the bounded-integer draws. */
const BOUNDS = [
  1,
  2,
  3,
  5,
  7,
  8,
  9,
  10,
  1000,
  10_000,
  65_535,
  65_536,
  65_537,
  1e6,
  2 ** 21,
  2 ** 21 + 1,
  1e7,
];
const HUGE_BOUNDS = [2 ** 31 - 1, 2 ** 31, 2 ** 31 + 1, 3e9, 2 ** 32];

describe("block draws", () => {
  it("Rng.int() is the bitmask method: nextU32() under the mask of n - 1, redrawn while at or above n", () => {
    for (const n of [...BOUNDS, ...HUGE_BOUNDS]) {
      const r = createRng(n, "bitmask");
      const raw = createRng(n, "bitmask");
      const bits = n === 1 ? 0 : 32 - Math.clz32(n - 1);
      const mask = 2 ** bits - 1;
      for (let k = 0; k < 300; k++) {
        let want = 0;
        if (n > 1)
          do
            want = raw.nextU32() % (mask + 1); // the low `bits` bits
          while (want >= n);
        expect(r.int(n), `n=${n}`).toBe(want);
      }
      expect(r.state(), `n=${n}`).toEqual(raw.state());
    }
  });

  it("Rng.fillInt() gives the same draws as repeated int()", () => {
    for (const n of [...BOUNDS, ...HUGE_BOUNDS]) {
      const a = createRng(n, "fill");
      const b = createRng(n, "fill");
      const block = a.fillInt(new Float64Array(500), n);
      const calls = Array.from({ length: 500 }, () => b.int(n));
      expect(Array.from(block), `n=${n}`).toEqual(calls);
      expect(a.state(), `n=${n}`).toEqual(b.state());
    }
  });

  it("Rng.fillInt() fills only out[start..end), as end - start int() calls", () => {
    const a = createRng(1, "fill");
    const b = createRng(1, "fill");
    const out = new Int32Array(10).fill(-1);
    a.fillInt(out, 1000, 3, 7);
    expect(Array.from(out.subarray(0, 3))).toEqual([-1, -1, -1]);
    expect(Array.from(out.subarray(7))).toEqual([-1, -1, -1]);
    expect(Array.from(out.subarray(3, 7))).toEqual([b.int(1000), b.int(1000), b.int(1000), b.int(1000)]);
    expect(a.state()).toEqual(b.state());
  });

  it("Rng.fillInt() is deterministic: the same seed and stream give the same block", () => {
    const x = createRng(77, "s").fillInt(new Int32Array(1000), 12345);
    const y = createRng(77, "s").fillInt(new Int32Array(1000), 12345);
    expect(Array.from(x)).toEqual(Array.from(y));
  });

  it("Rng.fillInt() draws lie in [0, n), cover small ranges, and a bad n is refused", () => {
    const r = createRng(3, "bounds");
    for (const n of [...BOUNDS, ...HUGE_BOUNDS]) {
      const out = r.fillInt(new Float64Array(2000), n);
      for (const v of out) expect(Number.isInteger(v) && v >= 0 && v < n, `n=${n}: ${v}`).toBe(true);
    }
    const seen = new Set(r.fillInt(new Int32Array(1000), 7));
    expect(seen.size).toBe(7);
    expect(() => r.fillInt(new Int32Array(1), 0)).toThrow(RangeError);
    expect(() => r.fillInt(new Int32Array(1), 2.5)).toThrow(RangeError);
    expect(() => r.fillInt(new Int32Array(1), 2 ** 32 + 1)).toThrow(RangeError);
  });

  it("Rng.shuffle() makes the swaps of int(i + 1) for i = n-1 down to 1", () => {
    for (const n of [0, 1, 2, 3, 17, 1000, 70_000]) {
      const a = createRng(n, "shuffle");
      const b = createRng(n, "shuffle");
      const x = Int32Array.from({ length: n }, (_, i) => i);
      const y = Array.from({ length: n }, (_, i) => i);
      a.shuffle(x, n);
      for (let i = n - 1; i > 0; i--) {
        const j = b.int(i + 1);
        const t = y[i];
        y[i] = y[j];
        y[j] = t;
      }
      expect(Array.from(x), `n=${n}`).toEqual(y);
      expect(a.state()).toEqual(b.state());
    }
  });

  it("Rng.setState() restores a state saved with state()", () => {
    const r = createRng(5, "save");
    r.nextU32();
    const saved = r.state();
    const first = [r.nextU32(), r.int(1000), r.float()];
    r.setState(saved);
    expect([r.nextU32(), r.int(1000), r.float()]).toEqual(first);
    expect(() => r.setState([0, 0, 0, 0])).toThrow();
  });

  it("Rng.intLemire() is Lemire's method: the high word of x * n, x rejected when the low word is below 2^32 mod n", () => {
    for (const n of [...BOUNDS, ...HUGE_BOUNDS]) {
      const r = createRng(n, "lemire");
      const raw = createRng(n, "lemire");
      for (let k = 0; k < 300; k++) {
        let want = 0n;
        if (n > 1) {
          const t = 2n ** 32n % BigInt(n);
          for (;;) {
            const m = BigInt(raw.nextU32()) * BigInt(n);
            if ((m & 0xffffffffn) >= t) {
              want = m >> 32n;
              break;
            }
          }
        }
        expect(r.intLemire(n), `n=${n}`).toBe(Number(want));
      }
      expect(r.state(), `n=${n}`).toEqual(raw.state());
    }
    expect(() => createRng(1).intLemire(0)).toThrow(RangeError);
    expect(() => createRng(1).intLemire(2 ** 32 + 1)).toThrow(RangeError);
  });

  it("Rng.intLemire() is uniform: chi-square over 10 cells stays below the 0.999 quantile", () => {
    const r = createRng(11, "lemire-chi");
    const n = 100_000;
    const counts = new Array(10).fill(0);
    for (let i = 0; i < n; i++) counts[r.intLemire(10)]++;
    const chi2 = counts.reduce((a, c) => a + (c - n / 10) ** 2 / (n / 10), 0);
    expect(chi2).toBeLessThan(27.88);
  });

  it("Rng.fillIntLemire() gives the same draws as repeated intLemire()", () => {
    for (const n of [...BOUNDS, ...HUGE_BOUNDS]) {
      const a = createRng(n, "fill-lemire");
      const b = createRng(n, "fill-lemire");
      const out = new Float64Array(503).fill(-1);
      a.fillIntLemire(out, n, 3);
      expect(Array.from(out.subarray(0, 3))).toEqual([-1, -1, -1]);
      expect(Array.from(out.subarray(3)), `n=${n}`).toEqual(
        Array.from({ length: 500 }, () => b.intLemire(n)),
      );
      expect(a.state(), `n=${n}`).toEqual(b.state());
    }
  });

  it("Rng.shuffleLemire() makes the swaps of intLemire(i + 1) for i = n-1 down to 1", () => {
    for (const n of [0, 1, 2, 3, 17, 1000, 70_000]) {
      const a = createRng(n, "shuffle-lemire");
      const b = createRng(n, "shuffle-lemire");
      const x = Int32Array.from({ length: n }, (_, i) => i);
      const y = Array.from({ length: n }, (_, i) => i);
      a.shuffleLemire(x, n);
      for (let i = n - 1; i > 0; i--) {
        const j = b.intLemire(i + 1);
        const t = y[i];
        y[i] = y[j];
        y[j] = t;
      }
      expect(Array.from(x), `n=${n}`).toEqual(y);
      expect(a.state()).toEqual(b.state());
    }
    // a uniform permutation: each of the 6 orders of 3 elements about equally often
    const r = createRng(2, "perm");
    const counts = new Map<string, number>();
    for (let k = 0; k < 60_000; k++) {
      const key = r.shuffleLemire([0, 1, 2], 3).join("");
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    for (const c of counts.values())
      expect(Math.abs(c - 10_000)).toBeLessThan(4 * Math.sqrt(10_000 * (5 / 6)));
  });

  it("IntBlock.reserve(), next() and release() give the stream of int(n) (intLemire(n)) calls", () => {
    // A random program of reads (reserve k and read some of them, or next()), releases and
    // scalar calls between releases must leave every value and the generator as scalar calls do.
    const op = fc.oneof(
      fc.record({
        kind: fc.constant("reserve" as const),
        k: fc.integer({ min: 1, max: 8 }),
        read: fc.nat(8),
      }),
      fc.record({ kind: fc.constant("next" as const) }),
      fc.record({ kind: fc.constant("release" as const), scalar: fc.nat(3) }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(1, 2, 3, 10, 1000, 2 ** 20 + 1, 2 ** 31),
        fc.integer({ min: 1, max: 8 }),
        fc.constantFrom("bitmask" as const, "lemire" as const),
        fc.array(op, { maxLength: 60 }),
        (n, chunk, method, program) => {
          const a = createRng(n + chunk, "block");
          const b = createRng(n + chunk, "block");
          const blk = new IntBlock(a, n, { chunk, method });
          const scalar = (k: number) => (method === "lemire" ? b.intLemire(k) : b.int(k));
          const got: number[] = [];
          const want: number[] = [];
          for (const o of program) {
            if (o.kind === "reserve") {
              const k = Math.min(o.k, chunk);
              let p = blk.reserve(k);
              for (let m = 0; m < Math.min(o.read, k); m++) {
                got.push(blk.draws[p++]);
                want.push(scalar(n));
              }
              blk.pos = p;
            } else if (o.kind === "next") {
              got.push(blk.next());
              want.push(scalar(n));
            } else {
              blk.release();
              expect(a.state()).toEqual(b.state());
              for (let m = 0; m < o.scalar; m++) expect(a.int(7)).toBe(b.int(7));
            }
          }
          blk.release();
          expect(got).toEqual(want);
          expect(a.state()).toEqual(b.state());
        },
      ),
      { numRuns: 300 },
    );
  });

  it("IntBlock refuses a bad n or chunk and a reserve() beyond its chunk", () => {
    const r = createRng(1, "t");
    expect(() => new IntBlock(r, 0)).toThrow(RangeError);
    expect(() => new IntBlock(r, 2 ** 31 + 1)).toThrow(RangeError);
    expect(() => new IntBlock(r, 10, { chunk: 0 })).toThrow(RangeError);
    expect(() => new IntBlock(r, 10, { chunk: 4 }).reserve(5)).toThrow(RangeError);
  });
});

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
