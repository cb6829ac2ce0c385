/**
 * Gini coefficient exactly as Mesa's tutorial computes it (`compute_gini`): with the values
 * sorted ascending, x_(0) <= ... <= x_(N-1),
 *
 *   B = sum_i x_(i) (N - i) / (N sum_i x_i),   G = 1 + 1/N - 2B,
 *
 * which equals sum_{i,j} |x_i - x_j| / (2 N^2 mean(x)). O(N log N): sorts a copy.
 */
export function giniMesa(values: ArrayLike<number>): number {
  const x = Float64Array.from(values).sort();
  const n = x.length;
  let b = 0;
  let s = 0;
  for (let i = 0; i < n; i++) {
    b += x[i] * (n - i);
    s += x[i];
  }
  b /= n * s;
  return 1 + 1 / n - 2 * b;
}

/**
 * The same Gini as {@link giniMesa} for non-negative integer values, in O(N + max) through a
 * counting sort: the c values equal to v occupying sorted ranks r..r+c-1 contribute
 * v (cN - cr - c(c-1)/2) to the numerator of B. Every partial sum is an integer, exact in
 * double precision while N * sum(x) < 2^53, so the result is bit-identical to giniMesa().
 * `counts` is scratch space, grown and returned when too small.
 */
export function giniOfIntegers(
  values: Int32Array,
  n: number,
  counts: Float64Array,
): { gini: number; counts: Float64Array } {
  let max = 0;
  for (let i = 0; i < n; i++) if (values[i] > max) max = values[i];
  if (counts.length < max + 1) counts = new Float64Array(Math.max(max + 1, counts.length * 2));
  counts.fill(0, 0, max + 1);
  for (let i = 0; i < n; i++) counts[values[i]]++;
  let num = 0;
  let sum = 0;
  let rank = 0;
  for (let v = 0; v <= max; v++) {
    const c = counts[v];
    if (c === 0) continue;
    num += v * (c * n - c * rank - (c * (c - 1)) / 2);
    sum += v * c;
    rank += c;
  }
  const b = num / (n * sum);
  return { gini: 1 + 1 / n - 2 * b, counts };
}
