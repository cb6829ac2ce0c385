/**
 * Exact summation of floating-point numbers: Shewchuk's algorithm ("Adaptive precision
 * floating-point arithmetic and fast robust geometric predicates", 1997), as in Python's
 * math.fsum. The partials are kept exactly (each a non-overlapping double); the result is the
 * correctly rounded sum of the inputs, whatever their order. Used by invariant checks, where a
 * plain loop's rounding error would be mistaken for a leak.
 */
export class ExactSum {
  private partials: number[] = [];

  add(x: number): this {
    const p = this.partials;
    let i = 0;
    for (let j = 0; j < p.length; j++) {
      let y = p[j];
      if (Math.abs(x) < Math.abs(y)) {
        const t = x;
        x = y;
        y = t;
      }
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) p[i++] = lo;
      x = hi;
    }
    p.length = i;
    p.push(x);
    return this;
  }

  /** The correctly rounded value of the sum so far. */
  value(): number {
    const p = this.partials;
    let n = p.length;
    if (n === 0) return 0;
    let hi = p[--n];
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = p[--n];
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    // Round half-even correction, as in CPython's fsum.
    if (n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
    return hi;
  }
}

/** Correctly rounded sum of an array (or the first `n` entries of a typed array). */
export function fsum(xs: ArrayLike<number>, n = xs.length): number {
  const s = new ExactSum();
  for (let i = 0; i < n; i++) s.add(xs[i]);
  return s.value();
}
