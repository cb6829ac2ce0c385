import { log } from "./math.ts";
import { fnv1a64, mix64, SplitMix64 } from "./splitmix64.ts";

/**
 * Name and version of the generator and of the seeding scheme. It is part of every run's identity:
 * change the algorithm or the way seeds map to states and this string must change with it.
 */
export const RNG_ALGORITHM = "xoshiro128**-1.0/splitmix64-streams-v1";

const TWO_POW_32 = 4294967296;
const TWO_POW_M32 = 1 / TWO_POW_32;
const TWO_POW_53_INV = 1 / 9007199254740992;
/** Largest bound n for which x * n (x < 2^32) is an exact double, so its high word is floor(x * n / 2^32). */
const EXACT_PRODUCT_BOUND = 2 ** 21;

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
  /** The state, four 32-bit words kept as signed integers (V8 holds them untagged); {@link state} gives them unsigned. */
  s0: number;
  s1: number;
  s2: number;
  s3: number;

  /** Raw state; not all zero. */
  constructor(s0: number, s1: number, s2: number, s3: number) {
    if ((s0 | s1 | s2 | s3) === 0) throw new Error("xoshiro128** state must not be all zero");
    this.s0 = s0 | 0;
    this.s1 = s1 | 0;
    this.s2 = s2 | 0;
    this.s3 = s3 | 0;
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
   * (fewer than two draws on average). For n < 2^31 the generator runs inlined with its state in
   * local variables through the rejection loop (the same outputs as nextU32()).
   */
  int(n: number): number {
    if (!(n >= 1 && n <= TWO_POW_32) || n !== Math.floor(n))
      throw new RangeError(`int(n): n must be an integer in [1, 2^32], got ${n}`);
    if (n === 1) return 0;
    if (n > 0x7fffffff) return this.intWide(n);
    const mask = (1 << (32 - Math.clz32(n - 1))) - 1;
    let s0 = this.s0 | 0;
    let s1 = this.s1 | 0;
    let s2 = this.s2 | 0;
    let s3 = this.s3 | 0;
    let x: number;
    do {
      const r = Math.imul(s1, 5);
      x = Math.imul((r << 7) | (r >>> 25), 9) & mask;
      const t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = (s3 << 11) | (s3 >>> 21);
    } while (x >= n);
    this.s0 = s0;
    this.s1 = s1;
    this.s2 = s2;
    this.s3 = s3;
    return x;
  }

  /** int(n) for 2^31 <= n <= 2^32. */
  private intWide(n: number): number {
    const mask = n > 0x80000000 ? 0xffffffff : 0x7fffffff;
    for (;;) {
      const x = (this.nextU32() & mask) >>> 0;
      if (x < n) return x;
    }
  }

  /**
   * Fill `out[start..end)` with uniform integers in [0, n): exactly the values that as many calls
   * of `int(n)` would return, in order, leaving the generator where those calls would leave it.
   * The block form of int() for hot loops (draw a block, then read it): the generator runs inlined
   * with its state in local variables, so the loop makes no calls. An Int32Array holds draws for
   * n <= 2^31 only.
   */
  fillInt<T extends { [i: number]: number; length: number }>(
    out: T,
    n: number,
    start = 0,
    end = out.length,
  ): T {
    if (!(n >= 1 && n <= TWO_POW_32) || n !== Math.floor(n))
      throw new RangeError(`fillInt(out, n): n must be an integer in [1, 2^32], got ${n}`);
    if (n === 1) {
      for (let k = start; k < end; k++) out[k] = 0; // int(1) draws nothing
      return out;
    }
    if (n > 0x7fffffff) {
      for (let k = start; k < end; k++) out[k] = this.int(n);
      return out;
    }
    // n < 2^31: the masked output and the comparison stay signed 32-bit integers.
    const mask = (1 << (32 - Math.clz32(n - 1))) - 1;
    // `| 0` makes the loop's state variables 32-bit integers from the start (V8 may otherwise
    // carry them as doubles through the loop, a third slower).
    let s0 = this.s0 | 0;
    let s1 = this.s1 | 0;
    let s2 = this.s2 | 0;
    let s3 = this.s3 | 0;
    for (let k = start; k < end; k++) {
      let x: number;
      do {
        const r = Math.imul(s1, 5);
        x = Math.imul((r << 7) | (r >>> 25), 9) & mask;
        const t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = (s3 << 11) | (s3 >>> 21);
      } while (x >= n);
      out[k] = x;
    }
    this.s0 = s0;
    this.s1 = s1;
    this.s2 = s2;
    this.s3 = s3;
    return out;
  }

  /**
   * Uniform integer in [0, n), exactly unbiased, for 1 <= n <= 2^32, by Lemire's nearly
   * divisionless method (D. Lemire, "Fast random integer generation in an interval", ACM TOMACS
   * 29(1), 2019): the high word of x * n for one 32-bit output x, rejecting x only when the low
   * word falls below 2^32 mod n (probability below n / 2^32, so one output per draw in practice,
   * and a division only when the low word is below n). n = 1 gives 0 and draws nothing, as int().
   *
   * A different stream from int() (bitmask rejection): the same distribution, other values. A
   * model that switches from one to the other changes its series, hence its version.
   */
  intLemire(n: number): number {
    if (!(n >= 1 && n <= TWO_POW_32) || n !== Math.floor(n))
      throw new RangeError(`intLemire(n): n must be an integer in [1, 2^32], got ${n}`);
    if (n === 1) return 0;
    let x = this.nextU32();
    let lo = Math.imul(x, n) >>> 0;
    if (lo < n) {
      const threshold = TWO_POW_32 % n;
      while (lo < threshold) {
        x = this.nextU32();
        lo = Math.imul(x, n) >>> 0;
      }
    }
    return highWord(x, n, lo);
  }

  /**
   * Fill `out[start..end)` with the values that as many calls of `intLemire(n)` would return, in
   * order, leaving the generator where those calls would leave it (the block form of
   * intLemire(), with the generator inlined: see fillInt). An Int32Array holds draws for
   * n <= 2^31 only.
   */
  fillIntLemire<T extends { [i: number]: number; length: number }>(
    out: T,
    n: number,
    start = 0,
    end = out.length,
  ): T {
    if (!(n >= 1 && n <= TWO_POW_32) || n !== Math.floor(n))
      throw new RangeError(`fillIntLemire(out, n): n must be an integer in [1, 2^32], got ${n}`);
    if (n === 1) {
      for (let k = start; k < end; k++) out[k] = 0; // intLemire(1) draws nothing
      return out;
    }
    const threshold = TWO_POW_32 % n;
    const exact = n <= EXACT_PRODUCT_BOUND;
    let s0 = this.s0 | 0;
    let s1 = this.s1 | 0;
    let s2 = this.s2 | 0;
    let s3 = this.s3 | 0;
    for (let k = start; k < end; k++) {
      let x: number;
      let lo: number;
      do {
        const r = Math.imul(s1, 5);
        x = Math.imul((r << 7) | (r >>> 25), 9) >>> 0;
        const t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = (s3 << 11) | (s3 >>> 21);
        lo = Math.imul(x, n) >>> 0;
      } while (lo < threshold);
      out[k] = exact ? (x * n * TWO_POW_M32) | 0 : Math.round((x * n - lo) * TWO_POW_M32);
    }
    this.s0 = s0;
    this.s1 = s1;
    this.s2 = s2;
    this.s3 = s3;
    return out;
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

  /**
   * In-place Fisher–Yates shuffle of the first `n` entries of a typed or plain array. The draws are
   * exactly those of `int(i + 1)` for i = n-1 down to 1 (the generator is inlined, with its state
   * in local variables, so that the loop makes no calls).
   */
  shuffle<T extends { [i: number]: number }>(a: T, n: number): T {
    let i = n - 1;
    for (; i >= 0x80000000; i--) {
      const j = this.int(i + 1);
      const tmp = a[i];
      a[i] = a[j];
      a[j] = tmp;
    }
    // From here on i < 2^31: the masked output and the comparison stay signed 32-bit integers
    // (`| 0`: see fillInt).
    let s0 = this.s0 | 0;
    let s1 = this.s1 | 0;
    let s2 = this.s2 | 0;
    let s3 = this.s3 | 0;
    for (; i > 0; i--) {
      const mask = (1 << (32 - Math.clz32(i))) - 1;
      let j: number;
      do {
        const r = Math.imul(s1, 5);
        j = Math.imul((r << 7) | (r >>> 25), 9) & mask;
        const t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = (s3 << 11) | (s3 >>> 21);
      } while (j > i);
      const tmp = a[i];
      a[i] = a[j];
      a[j] = tmp;
    }
    this.s0 = s0;
    this.s1 = s1;
    this.s2 = s2;
    this.s3 = s3;
    return a;
  }

  /**
   * Fisher–Yates shuffle of the first `n` entries with the draws of `intLemire(i + 1)` for
   * i = n-1 down to 1 (generator inlined, as in shuffle()): the shuffle of a model that draws
   * with Lemire's method.
   */
  shuffleLemire<T extends { [i: number]: number }>(a: T, n: number): T {
    let s0 = this.s0 | 0;
    let s1 = this.s1 | 0;
    let s2 = this.s2 | 0;
    let s3 = this.s3 | 0;
    for (let i = n - 1; i > 0; i--) {
      const bound = i + 1;
      let r = Math.imul(s1, 5);
      let x = Math.imul((r << 7) | (r >>> 25), 9) >>> 0;
      let t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = (s3 << 11) | (s3 >>> 21);
      let lo = Math.imul(x, bound) >>> 0;
      if (lo < bound) {
        const threshold = TWO_POW_32 % bound;
        while (lo < threshold) {
          r = Math.imul(s1, 5);
          x = Math.imul((r << 7) | (r >>> 25), 9) >>> 0;
          t = s1 << 9;
          s2 ^= s0;
          s3 ^= s1;
          s1 ^= s2;
          s0 ^= s3;
          s2 ^= t;
          s3 = (s3 << 11) | (s3 >>> 21);
          lo = Math.imul(x, bound) >>> 0;
        }
      }
      const j =
        bound <= EXACT_PRODUCT_BOUND
          ? (x * bound * TWO_POW_M32) | 0
          : Math.round((x * bound - lo) * TWO_POW_M32);
      const tmp = a[i];
      a[i] = a[j];
      a[j] = tmp;
    }
    this.s0 = s0;
    this.s1 = s1;
    this.s2 = s2;
    this.s3 = s3;
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
    this.s0 = s0 | 0;
    this.s1 = s1 | 0;
    this.s2 = s2 | 0;
    this.s3 = s3 | 0;
  }

  /** Restore a state saved with {@link state}. */
  setState(state: ArrayLike<number>): void {
    if ((state[0] | state[1] | state[2] | state[3]) === 0)
      throw new Error("xoshiro128** state must not be all zero");
    this.s0 = state[0] | 0;
    this.s1 = state[1] | 0;
    this.s2 = state[2] | 0;
    this.s3 = state[3] | 0;
  }

  /** The full state, to save and restore a generator. */
  state(): [number, number, number, number] {
    return [this.s0 >>> 0, this.s1 >>> 0, this.s2 >>> 0, this.s3 >>> 0];
  }
}

/**
 * Draws of `int(n)` (or of `intLemire(n)`) made a block at a time (Rng.fillInt) and read from an
 * array, for loops that take an unknown number of draws: the numpy pattern, with the random
 * stream of scalar calls. Unread draws are given back by {@link release}, which leaves the
 * generator exactly where the scalar calls for the draws read so far would have left it; so a
 * loop that reads its draws from here gives the same series, bit for bit, as one that calls
 * `rng.int(n)` (`rng.intLemire(n)`).
 *
 * A reader asks for `k <= chunk` draws with {@link reserve}, reads `draws[pos]`, `draws[pos + 1]`,
 * ... (at most k of them, without further checks), and stores the advanced index back in `pos`;
 * {@link next} does the same one draw at a time. Nothing else may draw from the generator
 * between the first reserve() and release().
 *
 * Each refill draws exactly `chunk` values after the unread ones, so the unread draws at any
 * time come from the last two refills, whose starting states are kept: release() restores one of
 * them and redraws up to `chunk` values.
 */
export class IntBlock {
  /** The draws: `draws[pos..end)` are made and not yet read. */
  readonly draws: Int32Array;
  /** Index of the next unread draw; the reader advances it. */
  pos = 0;
  /** One past the last draw made. */
  end = 0;
  /** Generator states before the last refill (0..3) and before the one before it (4..7). */
  private readonly saved = new Int32Array(8);

  /** Most draws one reserve() can ask for; each refill makes this many. */
  readonly chunk: number;
  /** Whether the draws are intLemire(n) (else int(n)). */
  readonly lemire: boolean;

  constructor(
    readonly rng: Rng,
    readonly n: number,
    options: {
      /** Default 256. */
      chunk?: number;
      /** "bitmask" (default): the draws of int(n); "lemire": those of intLemire(n). */
      method?: "bitmask" | "lemire";
    } = {},
  ) {
    const chunk = options.chunk ?? 256;
    if (!(n >= 1 && n <= 0x80000000) || n !== Math.floor(n))
      throw new RangeError(`IntBlock: n must be an integer in [1, 2^31], got ${n}`);
    if (!(chunk >= 1) || chunk !== Math.floor(chunk))
      throw new RangeError(`IntBlock: chunk must be a positive integer, got ${chunk}`);
    this.chunk = chunk;
    this.lemire = options.method === "lemire";
    this.draws = new Int32Array(2 * chunk);
  }

  /**
   * Make at least `k` (<= chunk) unread draws available at `draws[pos..]`; returns `pos`, which a
   * refill moves to 0 (the unread draws move with it).
   */
  reserve(k: number): number {
    if (this.end - this.pos >= k) return this.pos;
    if (k > this.chunk) throw new RangeError(`IntBlock.reserve(${k}): at most chunk = ${this.chunk} draws`);
    return this.refill();
  }

  /** The next draw. */
  next(): number {
    if (this.pos === this.end) this.refill();
    return this.draws[this.pos++];
  }

  /**
   * Give back the unread draws: afterwards the generator is where the `int(n)` calls for the
   * draws read so far would have left it, and the block is empty.
   */
  release(): void {
    const unread = this.end - this.pos;
    if (unread > 0) {
      const c = this.chunk;
      const rng = this.rng;
      const sv = this.saved;
      // The last refill made draws [end - chunk, end); the one before it, the `unread - chunk`
      // unread draws before those (fewer than chunk, all from that refill).
      const o = unread <= c ? 0 : 4;
      rng.s0 = sv[o];
      rng.s1 = sv[o + 1];
      rng.s2 = sv[o + 2];
      rng.s3 = sv[o + 3];
      this.fill(0, (o === 0 ? c : 2 * c) - unread);
    }
    this.pos = 0;
    this.end = 0;
  }

  private refill(): number {
    const left = this.end - this.pos;
    const d = this.draws;
    if (left > 0) d.copyWithin(0, this.pos, this.end);
    const sv = this.saved;
    const rng = this.rng;
    sv.copyWithin(4, 0, 4);
    sv[0] = rng.s0;
    sv[1] = rng.s1;
    sv[2] = rng.s2;
    sv[3] = rng.s3;
    this.fill(left, left + this.chunk);
    this.pos = 0;
    this.end = left + this.chunk;
    return 0;
  }

  private fill(start: number, end: number): void {
    if (this.lemire) this.rng.fillIntLemire(this.draws, this.n, start, end);
    else this.rng.fillInt(this.draws, this.n, start, end);
  }
}

/**
 * floor(x * n / 2^32) for x < 2^32, n <= 2^32, given lo = (x * n) mod 2^32. Exact: for
 * n <= 2^21 the product is an exact double; above, the rounded product is within 2^11 of the
 * exact one, so (x * n - lo) / 2^32 lies within 2^-21 of the integer it stands for.
 */
function highWord(x: number, n: number, lo: number): number {
  return n <= EXACT_PRODUCT_BOUND ? Math.floor(x * n * TWO_POW_M32) : Math.round((x * n - lo) * TWO_POW_M32);
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
