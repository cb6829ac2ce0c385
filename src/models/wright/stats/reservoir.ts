import type { Rng } from "../../../engine/rng.ts";

/**
 * A uniform random sample of at most `capacity` rows of `width` numbers from a stream (Vitter's
 * Algorithm R, ACM TOMS 11(1), 1985), so that summary statistics over long runs of large
 * populations use bounded memory. Until `capacity` rows have been seen it keeps them all.
 */
export class Reservoir {
  readonly capacity: number;
  readonly width: number;
  private data: Float64Array;
  /** Rows offered so far. */
  seen = 0;

  constructor(
    capacity: number,
    width: number,
    private readonly rng: Rng,
  ) {
    this.capacity = capacity;
    this.width = width;
    this.data = new Float64Array(Math.min(capacity, 1024) * width);
  }

  /** Offer one row (its first `width` values). */
  add(a: number, b = 0): void {
    let slot: number;
    if (this.seen < this.capacity) {
      slot = this.seen;
      if ((slot + 1) * this.width > this.data.length) {
        const next = new Float64Array(Math.min(this.capacity, (slot + 1) * 2) * this.width);
        next.set(this.data);
        this.data = next;
      }
    } else {
      slot = this.rng.int(this.seen + 1);
      if (slot >= this.capacity) {
        this.seen++;
        return;
      }
    }
    this.seen++;
    const o = slot * this.width;
    this.data[o] = a;
    if (this.width > 1) this.data[o + 1] = b;
  }

  /** Number of rows held. */
  size(): number {
    return Math.min(this.seen, this.capacity);
  }

  /** Column k of the rows held, as a fresh array. */
  column(k: number): Float64Array {
    const n = this.size();
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = this.data[i * this.width + k];
    return out;
  }
}
