import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";
import { canonicalJson } from "../engine/canonical-json.ts";
import { RNG_ALGORITHM } from "../engine/rng.ts";

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
