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

  /** Hex digest of the rows added so far; the hasher goes on. */
  peek(): string {
    return bytesToHex(this.h.clone().digest());
  }
}

/**
 * SHA-256 of a simulation's state, for tests that two runs ended in the same place: every field of
 * a record of numbers, booleans, strings, typed arrays, arrays and nested records, visited by
 * sorted key and each tagged with its kind, numbers as little-endian IEEE-754 doubles (so -0, NaN
 * and 0 differ) and typed arrays as their bytes. States equal field by field, bit by bit, give
 * equal digests; any other difference gives another digest. Functions and symbols are refused.
 */
export function stateDigest(state: object): string {
  const h = sha256.create();
  const enc = new TextEncoder();
  const num = new DataView(new ArrayBuffer(8));
  const numBytes = new Uint8Array(num.buffer);
  const tag = (t: string) => h.update(enc.encode(t));
  const visit = (x: unknown): void => {
    if (typeof x === "number") {
      num.setFloat64(0, x, true);
      tag("n");
      h.update(numBytes);
    } else if (typeof x === "boolean") tag(x ? "T" : "F");
    else if (typeof x === "bigint") tag(`b${x};`);
    else if (typeof x === "string") {
      const b = enc.encode(x);
      tag(`s${b.length}:`);
      h.update(b);
    } else if (x === null) tag("null");
    else if (x === undefined) tag("undefined");
    else if (ArrayBuffer.isView(x)) {
      tag(`${x.constructor.name}${x.byteLength}:`);
      h.update(new Uint8Array(x.buffer, x.byteOffset, x.byteLength));
    } else if (Array.isArray(x)) {
      tag(`[${x.length}`);
      for (const v of x) visit(v);
      tag("]");
    } else if (typeof x === "object") {
      const keys = Object.keys(x).sort();
      tag(`{${keys.length}`);
      for (const k of keys) {
        const b = enc.encode(k);
        tag(`k${b.length}:`);
        h.update(b);
        visit((x as Record<string, unknown>)[k]);
      }
      tag("}");
    } else throw new TypeError(`stateDigest: cannot digest a ${typeof x}`);
  };
  visit(state);
  return bytesToHex(h.digest());
}
