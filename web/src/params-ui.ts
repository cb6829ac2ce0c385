import type { ParamInfo } from "./engine.ts";

/** How the lab offers one parameter. */
export type Control =
  | { kind: "range"; name: string; integer: boolean; min: number; max: number; step: number }
  | { kind: "select"; name: string; options: string[] }
  | { kind: "checkbox"; name: string }
  /** Lists and other structured values are kept from the preset, not edited. */
  | { kind: "none"; name: string };

/** The nearest number of the form 1, 2 or 5 times a power of ten, at least `x`. */
export function niceStep(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return 1;
  const e = Math.floor(Math.log10(x));
  // m / 10^-e rather than m * 10^e: 5e-6, not 4.9999999999999996e-6.
  const times = (m: number) => (e >= 0 ? m * 10 ** e : m / 10 ** -e);
  for (const m of [1, 2, 5, 10]) if (times(m) >= x * (1 - 1e-12)) return times(m);
  return times(10);
}

/** `x` rounded up to a multiple of 1, 2 or 5 times a power of ten. */
export function niceCeil(x: number): number {
  if (!(x > 0)) return 1;
  return niceStep(x);
}

/** Round `v` to the decimals of `step` (so 0.1 + 0.2 shows as 0.3). */
export function roundToStep(v: number, step: number): number {
  const decimals = Math.max(0, Math.min(100, -Math.floor(Math.log10(step)) + 1));
  return Number(v.toFixed(decimals));
}

/**
 * The control for a parameter, from its schema (`describeParams`) and a validity test that asks
 * the schema itself (so exclusive bounds and cross-field rules are honoured): a slider over the
 * schema's range when it is closed and at most 100 times the default, else a span of 4x the default for real numbers and
 * 10x for counts (x4 means 0..2 for a default of 0.5), widened to include `current`; the ends are
 * moved inward until the schema accepts them.
 */
export function controlFor(info: ParamInfo, valid: (v: unknown) => boolean, current?: unknown): Control {
  const name = info.name;
  if (info.type === "enum" && info.options) {
    const options = info.options.map(String).filter((o) => o === current || valid(o));
    return { kind: "select", name, options };
  }
  if (info.type === "boolean") return { kind: "checkbox", name };
  if (info.type !== "number" && info.type !== "integer") return { kind: "none", name };
  const integer = info.type === "integer";
  const d = typeof info.default === "number" ? info.default : 0;
  const mn = info.minimum;
  const mx = info.maximum;
  let lo: number;
  let hi: number;
  if (mn !== undefined && mx !== undefined && (mx - mn <= 100 * Math.abs(d) || (d === 0 && mx - mn <= 100))) {
    lo = mn;
    hi = mx;
  } else {
    const span = d !== 0 ? niceCeil(Math.abs(d) * (integer ? 10 : 4)) : integer ? 10 : 1;
    lo = mn ?? (d > 0 ? 0 : -span);
    hi = d > 0 || lo < 0 ? span : lo + span;
    if (hi <= lo) hi = lo + span;
    if (mx !== undefined) hi = Math.min(hi, mx);
  }
  if (typeof current === "number" && Number.isFinite(current)) {
    lo = Math.min(lo, current);
    hi = Math.max(hi, current);
  }
  const step = integer ? 1 : niceStep((hi - lo) / 200);
  const anchor = typeof current === "number" && valid(current) ? current : d;
  if (!valid(lo) && lo < anchor) lo = edge(lo, anchor, valid, integer, step, "up");
  if (!valid(hi) && hi > anchor) hi = edge(hi, anchor, valid, integer, step, "down");
  return { kind: "range", name, integer, min: lo, max: hi, step };
}

/**
 * The valid value nearest `bad` between it and `good` (a valid value), by bisection, assuming
 * validity changes once between them (a bound, exclusive or set by another parameter), then
 * moved inward onto the step grid.
 */
function edge(
  bad: number,
  good: number,
  valid: (v: unknown) => boolean,
  integer: boolean,
  step: number,
  dir: "up" | "down",
): number {
  const anchor = good;
  for (let i = 0; i < 80 && Math.abs(good - bad) > (integer ? 1 : Math.abs(good) * 1e-15 + 1e-300); i++) {
    const mid = integer ? Math.round((bad + good) / 2) : (bad + good) / 2;
    if (mid === bad || mid === good) break;
    if (valid(mid)) good = mid;
    else bad = mid;
  }
  if (integer) return good;
  const snapped = roundToStep((dir === "up" ? Math.ceil(good / step) : Math.floor(good / step)) * step, step);
  const inside = dir === "up" ? snapped <= anchor : snapped >= anchor;
  return inside && valid(snapped) ? snapped : good;
}

/** A value typed or slid by the user, read as the parameter's type; undefined when unreadable. */
export function readValue(info: ParamInfo, raw: string | boolean): unknown {
  if (info.type === "boolean") return raw === true || raw === "true";
  if (info.type === "number" || info.type === "integer") {
    const s = String(raw).trim();
    if (s === "") return undefined;
    const v = Number(s);
    return Number.isFinite(v) ? v : undefined;
  }
  if (info.type === "enum" || info.type === "string") return String(raw);
  try {
    return JSON.parse(String(raw));
  } catch {
    return undefined;
  }
}
