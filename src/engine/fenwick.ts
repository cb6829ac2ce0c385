/**
 * Fenwick (binary indexed) tree over non-negative weights w_0..w_{n-1}: point update, prefix
 * sum and weighted sampling (index i with probability w_i / sum w) in O(log n) each.
 * Fenwick, "A new data structure for cumulative frequency tables", Software: Practice and
 * Experience 24(3), 1994, 327-336.
 *
 * Weights are stored in a Float64Array: sums of integer weights are exact while the total stays
 * below 2^53. Node k (1-based) holds the sum of w over the index range (k - lowbit(k), k].
 */
export class Fenwick {
  /** Number of weights. */
  readonly n: number;
  /** The tree, 1-based: tree[0] is unused. */
  readonly tree: Float64Array;
  /** Highest power of two <= n (0 when n = 0): where the sampling descent starts. */
  private readonly topBit: number;
  private sum = 0;

  constructor(n: number) {
    if (!(Number.isInteger(n) && n >= 0))
      throw new RangeError(`Fenwick size must be an integer >= 0, got ${n}`);
    this.n = n;
    this.tree = new Float64Array(n + 1);
    let b = n === 0 ? 0 : 1;
    while (b > 0 && b * 2 <= n) b *= 2;
    this.topBit = b;
  }

  /** A tree holding `weights`, built in O(n). */
  static from(weights: ArrayLike<number>): Fenwick {
    const f = new Fenwick(weights.length);
    const t = f.tree;
    const n = f.n;
    let s = 0;
    for (let i = 0; i < n; i++) {
      t[i + 1] += weights[i];
      s += weights[i];
      const parent = i + 1 + ((i + 1) & -(i + 1));
      if (parent <= n) t[parent] += t[i + 1];
    }
    f.sum = s;
    return f;
  }

  /** Add `delta` to weight i (0-based). The caller keeps every weight non-negative. */
  add(i: number, delta: number): void {
    const t = this.tree;
    const n = this.n;
    for (let k = i + 1; k <= n; k += k & -k) t[k] += delta;
    this.sum += delta;
  }

  /** Sum of the weights with index < i, i.e. w_0 + ... + w_{i-1}. */
  prefix(i: number): number {
    const t = this.tree;
    let s = 0;
    for (let k = i; k > 0; k -= k & -k) s += t[k];
    return s;
  }

  /** Weight i, recovered from the tree in O(log n). */
  get(i: number): number {
    return this.prefix(i + 1) - this.prefix(i);
  }

  /** Sum of all weights. */
  total(): number {
    return this.sum;
  }

  /**
   * The index i with prefix(i) <= r < prefix(i + 1), for 0 <= r < total(): the inverse of the
   * cumulative sum. With r uniform on [0, total) it returns i with probability w_i / total; an
   * index of zero weight is never returned.
   */
  find(r: number): number {
    const t = this.tree;
    const n = this.n;
    let pos = 0;
    for (let step = this.topBit; step > 0; step = step >>> 1) {
      const next = pos + step;
      if (next <= n && t[next] <= r) {
        pos = next;
        r -= t[next];
      }
    }
    return pos;
  }

  /** Bytes held by the tree. */
  bytes(): number {
    return this.tree.byteLength;
  }
}
