/**
 * The recorded series of one run, column by column (time, then each metric) in growable
 * Float64Arrays, so that charts read views of them without copying.
 */
export class SeriesBuffer {
  private cols: Float64Array[];
  length = 0;

  constructor(
    readonly metrics: readonly string[],
    capacity = 1024,
  ) {
    this.cols = Array.from({ length: metrics.length + 1 }, () => new Float64Array(capacity));
  }

  /** Append `count` rows given row-major (t, then the metrics). */
  append(rows: Float64Array, count: number): void {
    const stride = this.cols.length;
    if (rows.length < count * stride)
      throw new RangeError(`expected ${count * stride} values, got ${rows.length}`);
    this.reserve(this.length + count);
    for (let c = 0; c < stride; c++) {
      const col = this.cols[c];
      for (let r = 0, at = this.length; r < count; r++, at++) col[at] = rows[r * stride + c];
    }
    this.length += count;
  }

  /** Time column, as a view of the recorded part. */
  time(): Float64Array {
    return this.cols[0].subarray(0, this.length);
  }

  /** A metric's column (by name or index), as a view of the recorded part. */
  column(metric: string | number): Float64Array {
    const i = typeof metric === "number" ? metric : this.metrics.indexOf(metric);
    if (i < 0 || i >= this.metrics.length) throw new RangeError(`no metric ${metric}`);
    return this.cols[i + 1].subarray(0, this.length);
  }

  clear(): void {
    this.length = 0;
  }

  private reserve(n: number): void {
    const cap = this.cols[0].length;
    if (n <= cap) return;
    let next = cap * 2;
    while (next < n) next *= 2;
    this.cols = this.cols.map((old) => {
      const grown = new Float64Array(next);
      grown.set(old.subarray(0, this.length));
      return grown;
    });
  }
}
