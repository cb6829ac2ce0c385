import { log } from "./math.ts";
import { fnv1a64, mix64, SplitMix64 } from "./splitmix64.ts";

/**
 * Name and version of the generator and of the seeding scheme. It is part of every run's identity:
 * change the algorithm or the way seeds map to states and this string must change with it.
 */
export const RNG_ALGORITHM = "xoshiro128**-1.0/splitmix64-streams-v1";

const TWO_POW_32 = 4294967296;
const TWO_POW_53_INV = 1 / 9007199254740992;

/**
 * xoshiro128** 1.0 (Blackman & Vigna, "Scrambled linear pseudorandom number generators",
 * ACM TOMS 2021; reference C code xoshiro128starstar.c). 128 bits of state in four 32-bit words,
 * period 2^128 - 1, 32-bit outputs; all arithmetic is exact in JavaScript through Math.imul and
 * unsigned shifts, which makes it the fastest generator of its quality on V8.
 *
 * Never construct one from a user seed directly: use {@link createRng} or {@link streams}, which
 * hash (seed, stream name) into the state with SplitMix64 so that small and nearby seeds give
 * unrelated sequences.
 */
export class Rng {
  s0: number;
  s1: number;
  s2: number;
  s3: number;

  /** Raw state; not all zero. */
  constructor(s0: number, s1: number, s2: number, s3: number) {
    if ((s0 | s1 | s2 | s3) === 0) throw new Error("xoshiro128** state must not be all zero");
    this.s0 = s0 >>> 0;
    this.s1 = s1 >>> 0;
    this.s2 = s2 >>> 0;
    this.s3 = s3 >>> 0;
  }

  /** Next 32-bit output as an unsigned integer in [0, 2^32). */
  nextU32(): number {
    const s1 = this.s1;
    const r = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return r;
  }

  /** Uniform double in [0, 1) with 53 random bits (two outputs). */
  float(): number {
    const hi = this.nextU32() >>> 5; // 27 bits
    const lo = this.nextU32() >>> 6; // 26 bits
    return (hi * 67108864 + lo) * TWO_POW_53_INV;
  }

  /** Uniform double in [0, 1) with 32 random bits (one output): for hot loops where 2^-32 resolution is enough. */
  float32(): number {
    return this.nextU32() / TWO_POW_32;
  }

  /** Uniform double in [a, b). */
  uniform(a: number, b: number): number {
    return a + (b - a) * this.float();
  }

  /**
   * Uniform integer in [0, n), exactly unbiased, for 1 <= n <= 2^32: bitmask with rejection
   * (fewer than two draws on average).
   */
  int(n: number): number {
    if (!(n >= 1 && n <= TWO_POW_32) || n !== Math.floor(n))
      throw new RangeError(`int(n): n must be an integer in [1, 2^32], got ${n}`);
    if (n === 1) return 0;
    const mask = n > 0x80000000 ? 0xffffffff : (1 << (32 - Math.clz32(n - 1))) - 1;
    for (;;) {
      const x = (this.nextU32() & mask) >>> 0;
      if (x < n) return x;
    }
  }

  /** Uniform integer in [lo, hi] inclusive. */
  intBetween(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }

  /** Bernoulli trial with success probability p. */
  chance(p: number): boolean {
    return this.float() < p;
  }

  /** Standard normal deviate (Marsaglia polar method; the spare deviate is discarded so that the stream stays simple to reason about). */
  normal(mean = 0, sd = 1): number {
    for (;;) {
      const u = 2 * this.float() - 1;
      const v = 2 * this.float() - 1;
      const s = u * u + v * v;
      if (s > 0 && s < 1) return mean + sd * u * Math.sqrt((-2 * log(s)) / s);
    }
  }

  /** Exponential deviate with the given rate. */
  exponential(rate = 1): number {
    return -log(1 - this.float()) / rate;
  }

  /** In-place Fisher–Yates shuffle of the first `n` entries of a typed or plain array. */
  shuffle<T extends { [i: number]: number }>(a: T, n: number): T {
    for (let i = n - 1; i > 0; i--) {
      const j = this.int(i + 1);
      const tmp = a[i];
      a[i] = a[j];
      a[j] = tmp;
    }
    return a;
  }

  /**
   * The reference jump(): advances the state by 2^64 steps, giving 2^64 non-overlapping
   * subsequences. Constants from xoshiro128starstar.c.
   */
  jump(): void {
    const JUMP = [0x8764000b, 0xf542d2d3, 0x6fa035c3, 0x77f2db5b];
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (const j of JUMP) {
      for (let b = 0; b < 32; b++) {
        if (j & (1 << b)) {
          s0 ^= this.s0;
          s1 ^= this.s1;
          s2 ^= this.s2;
          s3 ^= this.s3;
        }
        this.nextU32();
      }
    }
    this.s0 = s0 >>> 0;
    this.s1 = s1 >>> 0;
    this.s2 = s2 >>> 0;
    this.s3 = s3 >>> 0;
  }

  /** The full state, to save and restore a generator. */
  state(): [number, number, number, number] {
    return [this.s0 >>> 0, this.s1 >>> 0, this.s2 >>> 0, this.s3 >>> 0];
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** A seed as users give it: a non-negative safe integer (or a bigint below 2^64). */
export type Seed = number | bigint;

function seedToBigInt(seed: Seed): bigint {
  if (typeof seed === "bigint") {
    if (seed < 0n || seed >= 1n << 64n) throw new RangeError(`seed must be in [0, 2^64), got ${seed}`);
    return seed;
  }
  if (!Number.isSafeInteger(seed) || seed < 0)
    throw new RangeError(`seed must be a non-negative integer, got ${seed}`);
  return BigInt(seed);
}

/**
 * A generator for one purpose of one run: the state is SplitMix64 seeded with
 * mix64(seed) XOR fnv1a64(stream) (the stream name says what the numbers are for, e.g. "init",
 * "activation", "market"). Distinct streams of one seed, and one stream of distinct seeds, are
 * statistically independent in practice and reproducible forever.
 */
export function createRng(seed: Seed, stream = "main"): Rng {
  const sm = new SplitMix64(mix64(seedToBigInt(seed)) ^ fnv1a64(stream));
  const a = sm.next();
  const b = sm.next();
  const s0 = Number(a & 0xffffffffn);
  const s1 = Number(a >> 32n);
  const s2 = Number(b & 0xffffffffn);
  const s3 = Number(b >> 32n);
  if ((s0 | s1 | s2 | s3) === 0) return new Rng(1, 0, 0, 0); // probability 2^-128
  return new Rng(s0, s1, s2, s3);
}

/** Named generator streams of one run, created on first use and cached. */
export interface RngStreams {
  readonly seed: Seed;
  /** The generator for `purpose`; the same object on every call with the same name. */
  stream(purpose: string): Rng;
}

/** The streams of the run with this seed. */
export function streams(seed: Seed): RngStreams {
  seedToBigInt(seed); // validate early
  const cache = new Map<string, Rng>();
  return {
    seed,
    stream(purpose: string): Rng {
      let r = cache.get(purpose);
      if (!r) {
        r = createRng(seed, purpose);
        cache.set(purpose, r);
      }
      return r;
    },
  };
}
