import { endianness } from "node:os";

/**
 * Exact JSON for what crosses Redis: job data (run specs) and job results (run outcomes).
 *
 * JSON loses three kinds of doubles: NaN and the infinities (written as `null`) and -0 (written as
 * `0`). A distributed run must store the same bits as an inline one, so `toWire` tags those
 * numbers (`{"$num": "NaN" | "Infinity" | "-Infinity" | "-0"}`) and writes a `Float64Array` as
 * the base64 of its little-endian bytes (`{"$f64": "..."}`, every bit kept, NaN payloads
 * included, and a third of the size of decimal text). Every other finite double survives JSON as
 * it is: `JSON.stringify` writes the shortest text that parses back to the same double.
 */

const LITTLE_ENDIAN = endianness() === "LE";

function swap64(bytes: Uint8Array): void {
  for (let i = 0; i < bytes.length; i += 8) bytes.subarray(i, i + 8).reverse();
}

/** Base64 of the little-endian bytes of a Float64Array. */
export function float64ToBase64(a: Float64Array): string {
  const bytes = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  if (LITTLE_ENDIAN) return Buffer.from(bytes).toString("base64");
  const copy = bytes.slice();
  swap64(copy);
  return Buffer.from(copy).toString("base64");
}

/** The Float64Array whose little-endian bytes `text` holds in base64. */
export function base64ToFloat64(text: string): Float64Array {
  const raw = Buffer.from(text, "base64");
  if (raw.length % 8 !== 0) throw new Error(`wire: ${raw.length} bytes is not a whole number of doubles`);
  const out = new Float64Array(raw.length / 8);
  const bytes = new Uint8Array(out.buffer);
  bytes.set(raw);
  if (!LITTLE_ENDIAN) swap64(bytes);
  return out;
}

function tagNumber(v: number): number | { $num: string } {
  if (Number.isNaN(v)) return { $num: "NaN" };
  if (v === Number.POSITIVE_INFINITY) return { $num: "Infinity" };
  if (v === Number.NEGATIVE_INFINITY) return { $num: "-Infinity" };
  if (Object.is(v, -0)) return { $num: "-0" };
  return v;
}

const NUMBERS: Record<string, number> = {
  NaN: Number.NaN,
  Infinity: Number.POSITIVE_INFINITY,
  "-Infinity": Number.NEGATIVE_INFINITY,
  "-0": -0,
};

/** A JSON-safe copy of `v` from which `fromWire` rebuilds `v` exactly (see the file comment). */
export function toWire(v: unknown): unknown {
  if (typeof v === "number") return tagNumber(v);
  if (v === null || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Float64Array) return { $f64: float64ToBase64(v) };
  if (Array.isArray(v)) return v.map((x) => (x === undefined ? null : toWire(x)));
  if (ArrayBuffer.isView(v))
    throw new Error(`wire: only Float64Array is supported, got ${v.constructor.name}`);
  if (typeof v === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>))
      if (x !== undefined) out[k] = toWire(x);
    return out;
  }
  throw new Error(`wire: cannot send a ${typeof v}`);
}

/** The value `toWire` was given. */
export function fromWire(v: unknown): unknown {
  if (v === null || typeof v !== "object") return v;
  if (Array.isArray(v)) return v.map(fromWire);
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o);
  if (keys.length === 1 && typeof o.$num === "string") {
    const n = NUMBERS[o.$num];
    if (n === undefined) throw new Error(`wire: unknown number tag ${JSON.stringify(o.$num)}`);
    return n;
  }
  if (keys.length === 1 && typeof o.$f64 === "string") return base64ToFloat64(o.$f64);
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = fromWire(o[k]);
  return out;
}
