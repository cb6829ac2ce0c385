/**
 * The whole scenario in the URL's query string, so that a link reproduces it:
 * `?model=refusal&preset=refusal%2Fplanning&seed=3&horizon=60&p.workers=20000`
 * with `p.<name>` for each parameter that differs from the preset's, and, when a second scenario
 * runs alongside on the same model, seed and horizon, `b=<preset>` and `b.<name>` for its own.
 */

export interface UrlSide {
  preset: string;
  /** Parameters that differ from the preset's. */
  set: Record<string, unknown>;
}

export interface UrlScenario {
  model: string;
  seed: number;
  horizon: number;
  a: UrlSide;
  b?: UrlSide;
}

/** A parameter value as URL text: numbers in shortest round-trip form, strings as they are. */
export function encodeValue(v: unknown): string {
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return JSON.stringify(v);
}

/** URL text back to a value, given the parameter's type ("number", "integer", "boolean", "enum", ...). */
export function decodeValue(raw: string, type: string | undefined): unknown {
  switch (type) {
    case "number":
    case "integer":
      return raw.trim() === "" ? Number.NaN : Number(raw);
    case "boolean":
      return raw === "true" ? true : raw === "false" ? false : raw;
    case "enum":
    case "string":
      return raw;
    default:
      try {
        return JSON.parse(raw);
      } catch {
        return raw;
      }
  }
}

export function toQuery(s: UrlScenario): string {
  const q = new URLSearchParams();
  q.set("model", s.model);
  q.set("preset", s.a.preset);
  q.set("seed", String(s.seed));
  q.set("horizon", String(s.horizon));
  for (const [k, v] of Object.entries(s.a.set)) q.set(`p.${k}`, encodeValue(v));
  if (s.b) {
    q.set("b", s.b.preset);
    for (const [k, v] of Object.entries(s.b.set)) q.set(`b.${k}`, encodeValue(v));
  }
  return q.toString();
}

/** What a query string asks for; values typed by `typeOf(name)`. Missing fields stay undefined. */
export interface QueryScenario {
  model?: string;
  seed?: number;
  horizon?: number;
  a: { preset?: string; set: Record<string, unknown> };
  b?: { preset: string; set: Record<string, unknown> };
}

export function fromQuery(query: string, typeOf: (name: string) => string | undefined): QueryScenario {
  const q = new URLSearchParams(query);
  const num = (k: string) => {
    const raw = q.get(k);
    if (raw === null || raw.trim() === "") return undefined;
    const v = Number(raw);
    return Number.isFinite(v) ? v : undefined;
  };
  const out: QueryScenario = {
    model: q.get("model") ?? undefined,
    seed: num("seed"),
    horizon: num("horizon"),
    a: { preset: q.get("preset") ?? undefined, set: {} },
  };
  const b = q.get("b");
  if (b !== null) out.b = { preset: b, set: {} };
  for (const [k, raw] of q) {
    if (k.startsWith("p.")) out.a.set[k.slice(2)] = decodeValue(raw, typeOf(k.slice(2)));
    else if (k.startsWith("b.") && out.b) out.b.set[k.slice(2)] = decodeValue(raw, typeOf(k.slice(2)));
  }
  return out;
}

/** The parameters of `params` that differ from `base` (compared as JSON). */
export function paramDiff(
  params: Record<string, unknown>,
  base: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) if (JSON.stringify(v) !== JSON.stringify(base[k])) out[k] = v;
  return out;
}
