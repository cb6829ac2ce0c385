/**
 * SplitMix64 (Steele, Lea & Flood 2014; the seeding generator recommended by Blackman & Vigna for
 * the xoshiro family). Used only to turn user seeds and stream names into generator states, so it
 * runs a handful of times per run and BigInt arithmetic is fine here.
 *
 *   z = (x += 0x9e3779b97f4a7c15)
 *   z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
 *   z = (z ^ (z >> 27)) * 0x94d049bb133111eb
 *   return z ^ (z >> 31)
 */
const MASK64 = (1n << 64n) - 1n;
const GOLDEN = 0x9e3779b97f4a7c15n;

export class SplitMix64 {
  private x: bigint;

  constructor(seed: bigint) {
    this.x = BigInt.asUintN(64, seed);
  }

  next(): bigint {
    this.x = (this.x + GOLDEN) & MASK64;
    let z = this.x;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK64;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK64;
    return z ^ (z >> 31n);
  }
}

/** The SplitMix64 output function alone: a 64-bit bijective mixer. */
export function mix64(v: bigint): bigint {
  let z = BigInt.asUintN(64, v);
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK64;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK64;
  return z ^ (z >> 31n);
}

/** FNV-1a 64-bit hash of a UTF-8 string (names of streams); the offset basis and prime are FNV's. */
export function fnv1a64(s: string): bigint {
  let h = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(s)) {
    h ^= BigInt(byte);
    h = (h * 0x100000001b3n) & MASK64;
  }
  return h;
}
