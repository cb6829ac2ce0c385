import type { DesignKind, DesignSpec, Factor } from "./types.ts";
import { DEFAULT_GRID_LEVELS, DEFAULT_MORRIS_LEVELS, MAX_POINTS } from "./types.ts";

const KINDS: readonly DesignKind[] = ["grid", "random", "latin-hypercube", "morris", "sobol"];

/** Most factors a Sobol' design takes: its base sample has 2k dimensions (see `sobol-sequence.ts`). */
export const MAX_SOBOL_FACTORS = 20;

const isNum = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);

/** Throws a one-line `Error` naming the factor when `f` is not a well-formed factor. */
export function validateFactor(f: Factor): void {
  if (typeof f?.name !== "string" || f.name === "") throw new Error("factor: expected a non-empty name");
  const at = `factor '${f.name}'`;
  const hasValues = f.values !== undefined;
  const hasRange = f.min !== undefined || f.max !== undefined;
  if (hasValues === hasRange || (hasRange && (f.min === undefined || f.max === undefined))) {
    throw new Error(`${at}: expected either values or min and max`);
  }
  if (hasValues) {
    if (!Array.isArray(f.values) || f.values.length === 0)
      throw new Error(`${at}: values must be a non-empty list`);
    const seen = new Set<unknown>();
    for (const v of f.values) {
      const ok = typeof v === "string" || typeof v === "boolean" || isNum(v);
      if (!ok) throw new Error(`${at}: values must be finite numbers, strings or booleans, got ${String(v)}`);
      if (seen.has(v)) throw new Error(`${at}: duplicate value ${JSON.stringify(v)}`);
      seen.add(v);
    }
    if (f.integer || f.log) throw new Error(`${at}: integer and log apply only to a min/max range`);
    return;
  }
  if (!isNum(f.min) || !isNum(f.max)) throw new Error(`${at}: min and max must be finite numbers`);
  if (!(f.min < f.max)) throw new Error(`${at}: min must be < max, got min ${f.min} and max ${f.max}`);
  if (f.log && !(f.min > 0)) throw new Error(`${at}: a log range needs min > 0, got ${f.min}`);
  if (f.integer && (!Number.isSafeInteger(f.min) || !Number.isSafeInteger(f.max))) {
    throw new Error(`${at}: an integer range needs integer min and max, got ${f.min} and ${f.max}`);
  }
}

/** Validates every factor and that names are unique. */
export function validateFactors(factors: readonly Factor[]): void {
  if (!Array.isArray(factors)) throw new Error("factors: expected a list");
  const names = new Set<string>();
  for (const f of factors) {
    validateFactor(f);
    if (names.has(f.name)) throw new Error(`factor '${f.name}': duplicate name`);
    names.add(f.name);
  }
}

/** A design spec with every default filled in. */
export interface ResolvedSpec {
  kind: DesignKind;
  samples: number;
  levels: number;
  seed: number;
}

const positiveInt = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) >= 1;

/**
 * Checks `spec` against `k` factors and fills defaults: `levels` 5 for grid, 4 for morris; `seed`
 * 0; `samples` is required by random, latin-hypercube, morris and sobol (there is no good default
 * sample size). Throws a one-line `Error` prefixed with the design kind.
 */
export function resolveSpec(spec: DesignSpec, k: number): ResolvedSpec {
  const kind = spec?.kind;
  if (!KINDS.includes(kind))
    throw new Error(`design: kind must be one of ${KINDS.join(", ")}, got ${String(kind)}`);
  const seed = spec.seed ?? 0;
  if (!Number.isSafeInteger(seed) || seed < 0)
    throw new Error(`${kind}: seed must be a non-negative integer, got ${seed}`);
  let levels = spec.levels ?? (kind === "morris" ? DEFAULT_MORRIS_LEVELS : DEFAULT_GRID_LEVELS);
  if (!Number.isSafeInteger(levels) || levels < 2)
    throw new Error(`${kind}: levels must be an integer >= 2, got ${levels}`);
  if (kind === "morris" && levels % 2 !== 0)
    throw new Error(`morris: levels must be even (p = 4, 6, 8...), got ${levels}`);
  if (kind !== "grid" && kind !== "morris") levels = 0;
  let samples = 0;
  if (kind !== "grid") {
    if (spec.samples === undefined)
      throw new Error(`${kind}: samples is required (${SAMPLES_MEANING[kind]})`);
    if (!positiveInt(spec.samples))
      throw new Error(`${kind}: samples must be a positive integer, got ${spec.samples}`);
    samples = spec.samples;
  }
  if ((kind === "morris" || kind === "sobol") && k < 1) throw new Error(`${kind}: needs at least one factor`);
  if (kind === "sobol" && samples < 2) throw new Error(`sobol: samples must be >= 2, got ${samples}`);
  if (kind === "sobol" && k > MAX_SOBOL_FACTORS) {
    throw new Error(
      `sobol: at most ${MAX_SOBOL_FACTORS} factors (the Sobol' table has ${2 * MAX_SOBOL_FACTORS} dimensions), got ${k}`,
    );
  }
  return { kind, samples, levels, seed };
}

const SAMPLES_MEANING: Record<DesignKind, string> = {
  grid: "",
  random: "the number of points",
  "latin-hypercube": "the number of points",
  morris: "the number of trajectories r",
  sobol: "the base sample size N, best a power of 2",
};

/** Throws when a design would have more than {@link MAX_POINTS} points. */
export function checkPointCount(kind: DesignKind, count: number): void {
  if (!(count <= MAX_POINTS)) {
    throw new Error(`${kind}: ${count} points exceed the limit of ${MAX_POINTS}`);
  }
}
