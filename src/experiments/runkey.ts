import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";
import { RNG_ALGORITHM } from "../engine/rng.ts";

/** JSON with object keys sorted at every level: equal values give equal text. */
export function canonicalJson(v: unknown): string {
  if (v === null || typeof v !== "object") {
    if (typeof v === "number" && !Number.isFinite(v))
      throw new Error(`canonicalJson: non-finite number ${v}`);
    return JSON.stringify(v);
  }
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(",")}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
    .join(",")}}`;
}

/**
 * The identity of a run: SHA-256 of (model, model version, params with defaults filled, seed,
 * generator algorithm, horizon). Two runs with the same key give bit-identical series, so a
 * stored run never needs to be run again.
 */
export function runKey(
  model: string,
  modelVersion: string,
  params: Record<string, unknown>,
  seed: number,
  horizon: number,
): string {
  const text = canonicalJson({ model, modelVersion, params, seed, horizon, rng: RNG_ALGORITHM });
  return bytesToHex(sha256(new TextEncoder().encode(text)));
}
