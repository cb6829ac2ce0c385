import type { Rng } from "../../engine/rng.ts";
import { JOE_KUO_ROWS, SOBOL_MAX_DIMENSION } from "./joe-kuo.ts";

/** Bits per coordinate: points are integers in [0, 2^32) scaled by 2^-32; at most 2^32 points. */
const BITS = 32;
const SCALE = 2 ** -32;

/**
 * The 32 direction integers v_1..v_32 (as 32-bit fractions, v_k = m_k / 2^k) of one dimension
 * (1-based) of the Sobol' sequence, from the recurrence of Bratley & Fox (1988, ACM TOMS 14:88-100,
 * eq. 2) as Joe & Kuo (2008) state it:
 * m_k = 2 a_1 m_(k-1) ⊕ 2^2 a_2 m_(k-2) ⊕ ... ⊕ 2^(s-1) a_(s-1) m_(k-s+1) ⊕ 2^s m_(k-s) ⊕ m_(k-s),
 * i.e. v_k = v_(k-s) ⊕ (v_(k-s) >> s) ⊕ a_1 v_(k-1) ⊕ ... ⊕ a_(s-1) v_(k-s+1).
 */
export function directionNumbers(dimension: number): Uint32Array {
  if (!Number.isInteger(dimension) || dimension < 1 || dimension > SOBOL_MAX_DIMENSION) {
    throw new RangeError(`Sobol' sequence: dimension must be in 1..${SOBOL_MAX_DIMENSION}, got ${dimension}`);
  }
  const v = new Uint32Array(BITS);
  if (dimension === 1) {
    for (let k = 0; k < BITS; k++) v[k] = 2 ** (BITS - 1 - k);
    return v;
  }
  const [s, a, ...m] = JOE_KUO_ROWS[dimension - 2];
  for (let k = 0; k < BITS; k++) {
    if (k < s) {
      v[k] = (m[k] * 2 ** (BITS - 1 - k)) >>> 0;
      continue;
    }
    let x = v[k - s] ^ (v[k - s] >>> s);
    for (let l = 1; l < s; l++) if ((a >>> (s - 1 - l)) & 1) x ^= v[k - l];
    v[k] = x >>> 0;
  }
  return v;
}

/**
 * The first `n` points of the `dim`-dimensional Sobol' sequence (Sobol' 1967; direction numbers of
 * Joe & Kuo 2008, see `joe-kuo.ts`), in Gray-code order (Antonov & Saleev 1979: point j is point
 * j - 1 with one direction integer XORed in, the one of the lowest zero bit of j - 1), row-major in
 * a Float64Array (`x[j * dim + d]`). Supports `dim` <= {@link SOBOL_MAX_DIMENSION} and n <= 2^32.
 *
 * The first point of the plain sequence is the origin. With `rng`, a random digital shift is
 * applied instead of skipping it: each dimension's 32-bit integers are XORed with one uniform
 * 32-bit word drawn from `rng` (dimension by dimension). The shift keeps every net property (the
 * first 2^m points still hit each dyadic interval of length 2^-m exactly once in each dimension)
 * and makes the point set depend on the seed; without `rng` the sequence is returned unshifted,
 * origin included.
 */
export function sobolSequence(n: number, dim: number, rng?: Rng): Float64Array {
  if (!Number.isSafeInteger(n) || n < 0 || n > 2 ** BITS)
    throw new RangeError(`Sobol' sequence: n must be in 0..2^32, got ${n}`);
  if (!Number.isInteger(dim) || dim < 1 || dim > SOBOL_MAX_DIMENSION) {
    throw new RangeError(`Sobol' sequence: at most ${SOBOL_MAX_DIMENSION} dimensions, got ${dim}`);
  }
  const v = Array.from({ length: dim }, (_, d) => directionNumbers(d + 1));
  const x = new Uint32Array(dim);
  if (rng) for (let d = 0; d < dim; d++) x[d] = rng.nextU32();
  const out = new Float64Array(n * dim);
  for (let j = 0; j < n; j++) {
    if (j > 0) {
      // c = index of the lowest zero bit of j - 1 = number of trailing ones of j - 1.
      let c = 0;
      let w = j - 1;
      while (w % 2 === 1) {
        w = (w - 1) / 2;
        c++;
      }
      for (let d = 0; d < dim; d++) x[d] ^= v[d][c];
    }
    for (let d = 0; d < dim; d++) out[j * dim + d] = x[d] * SCALE;
  }
  return out;
}
