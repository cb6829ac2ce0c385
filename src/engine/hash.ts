import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";

/**
 * Streaming SHA-256 digest of a run's output series: the metric names, then every row
 * (t followed by the metric values) as little-endian IEEE-754 doubles. Equal series give equal
 * digests on every platform and executor; the lab computes the same digest in the browser.
 */
export class SeriesHasher {
  private readonly h = sha256.create();
  private readonly buf: Float64Array;
  private readonly bytes: Uint8Array;
  private readonly view: DataView;

  constructor(metrics: readonly string[]) {
    this.h.update(new TextEncoder().encode(`${["t", ...metrics].join(",")}\n`));
    this.buf = new Float64Array(metrics.length + 1);
    this.bytes = new Uint8Array(this.buf.buffer);
    this.view = new DataView(this.buf.buffer);
  }

  /** Add one row: time and metric values. */
  row(t: number, values: Float64Array): void {
    const v = this.view;
    v.setFloat64(0, t, true);
    for (let i = 0; i < values.length; i++) v.setFloat64(8 * (i + 1), values[i], true);
    this.h.update(this.bytes);
  }

  /** Hex digest; the hasher cannot be used afterwards. */
  digest(): string {
    return bytesToHex(this.h.digest());
  }
}
