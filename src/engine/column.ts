/** A growable Float64Array (amortised doubling): a recorded series column. */
export class Column {
  data = new Float64Array(256);
  n = 0;

  push(v: number): void {
    if (this.n === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.n++] = v;
  }

  /** A copy of the values pushed so far. */
  done(): Float64Array {
    return this.data.slice(0, this.n);
  }
}
