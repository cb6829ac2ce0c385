import { Fenwick } from "../../engine/fenwick.ts";
import type { Rng } from "../../engine/rng.ts";

/** log2 of the number of actors per block of the hiring pool. */
export const BLOCK_SHIFT = 5;
const BLOCK = 1 << BLOCK_SHIFT;

/**
 * The potential employers H = C u U weighted by money, for the draw of hiring rule H1
 * (P(c) = m_c / sum_{h in H} m_h). A Fenwick tree over blocks of 32 consecutive actors holds each
 * block's non-worker money; a draw descends the tree (O(log(N/32))) and then scans the 32 actors
 * of one block, reading the weight m_j [e_j < 0] straight from the model's columns. Updates touch
 * only the small block tree (N/32 doubles, cache-resident even at N = 10^6), which is what makes
 * this faster than a Fenwick tree with one leaf per actor.
 */
export class HiringPool {
  readonly blocks: Fenwick;

  constructor(
    readonly money: Uint32Array,
    readonly employer: Int32Array,
    readonly n: number,
  ) {
    const sums = new Float64Array(Math.ceil(n / BLOCK));
    for (let i = 0; i < n; i++) if (employer[i] < 0) sums[i >> BLOCK_SHIFT] += money[i];
    this.blocks = Fenwick.from(sums);
  }

  /** Record a change of `delta` coins in the weight of actor i (a non-worker, or one joining/leaving H). */
  add(i: number, delta: number): void {
    this.blocks.add(i >> BLOCK_SHIFT, delta);
  }

  /** Money of all non-workers. */
  total(): number {
    return this.blocks.total();
  }

  /**
   * Draw c from H - {a} with probability m_c / sum_{h in H - {a}} m_h (a must be a non-worker);
   * returns -1 when H - {a} holds no money.
   */
  drawExcluding(a: number, rng: Rng): number {
    const money = this.money;
    const employer = this.employer;
    const own = money[a];
    const others = this.blocks.total() - own;
    if (!(others > 0)) return -1;
    const ba = a >> BLOCK_SHIFT;
    if (own !== 0) this.blocks.add(ba, -own);
    let r = rng.int(others);
    const b = this.blocks.find(r);
    r -= this.blocks.prefix(b);
    if (own !== 0) this.blocks.add(ba, own);
    const end = Math.min(this.n, (b + 1) << BLOCK_SHIFT);
    for (let j = b << BLOCK_SHIFT; j < end; j++) {
      if (j === a || employer[j] >= 0) continue;
      const w = money[j];
      if (r < w) return j;
      r -= w;
    }
    throw new Error("HiringPool: block sums out of step with the columns");
  }

  /** Bytes per actor held by the block tree. */
  bytesPerActor(): number {
    return this.blocks.bytes() / this.n;
  }
}
