export { canonicalJson } from "../engine/canonical-json.ts";

import type { PlainValue } from "./types.ts";

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

/**
 * A value read from DuckDB (through its JS converter) as plain JSON: 64-bit and wider integers
 * become numbers when they are exact doubles (|n| <= 2^53 - 1) and decimal strings otherwise;
 * dates and timestamps become ISO 8601 strings; NaN and infinities become the strings "NaN",
 * "Infinity", "-Infinity"; bytes become hex strings; lists, structs and maps recurse.
 */
export function toPlain(v: unknown): PlainValue {
  switch (typeof v) {
    case "number":
      return Number.isFinite(v) ? v : String(v);
    case "bigint":
      return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER)
        ? Number(v)
        : v.toString();
    case "string":
    case "boolean":
      return v;
    case "undefined":
      return null;
    case "object": {
      if (v === null) return null;
      if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString();
      if (v instanceof Uint8Array) {
        let s = "";
        for (const b of v) s += HEX[b];
        return s;
      }
      if (Array.isArray(v)) return v.map(toPlain);
      const out: { [key: string]: PlainValue } = {};
      for (const [k, x] of Object.entries(v)) out[k] = toPlain(x);
      return out;
    }
    default:
      return String(v);
  }
}
