import type { z } from "zod";
import { suggestion } from "./errors.ts";
import { escapeControls, quote, quoteJson } from "./quote.ts";

/** A short description of a received value: `string "abc"`, `number -5`, `an array`, `nothing`. */
export function describeValue(v: unknown): string {
  if (v === undefined) return "nothing";
  if (v === null) return "null";
  if (typeof v === "string") return `string ${quoteJson(v, 40)}`;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "bigint")
    return `${typeof v} ${String(v)}`;
  if (Array.isArray(v)) return "an array";
  return "an object";
}

/** The value at `path` inside `data`, or undefined. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = data;
  for (const k of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[k as string];
  }
  return cur;
}

/** `params.nu` or `thresholds[3]`; `(root)` for the empty path. */
export function formatPath(path: readonly PropertyKey[]): string {
  let s = "";
  for (const k of path) {
    if (typeof k === "number") s += `[${k}]`;
    else s += s ? `.${escapeControls(String(k))}` : escapeControls(String(k));
  }
  return s || "(root)";
}

/** Keys of a zod object schema, for suggestions. */
function knownKeys(schema: z.ZodType | undefined, path: readonly PropertyKey[]): string[] {
  let cur: any = schema;
  for (const k of path) {
    if (!cur) return [];
    const def = cur._zod?.def;
    if (def?.type === "object") cur = def.shape?.[k as string];
    else if (def?.type === "optional" || def?.type === "default")
      cur = def.innerType?._zod?.def?.shape?.[k as string];
    else return [];
    while (cur?._zod?.def && ["optional", "default", "nullable"].includes(cur._zod.def.type))
      cur = cur._zod.def.innerType;
  }
  while (cur?._zod?.def && ["optional", "default", "nullable"].includes(cur._zod.def.type))
    cur = cur._zod.def.innerType;
  const shape = cur?._zod?.def?.shape;
  return shape ? Object.keys(shape) : [];
}

export interface IssueText {
  /** Path of the offending field (for unknown keys, the path of the key itself). */
  path: PropertyKey[];
  /** `expected number, got string "abc"` */
  text: string;
  /** The issue is about the key itself (an unknown key), not its value. */
  atKey?: boolean;
}

/** One zod issue as `path` + `expected …, got …` in plain words. */
export function describeIssue(issue: z.core.$ZodIssue, data: unknown, schema?: z.ZodType): IssueText {
  const path = issue.path as PropertyKey[];
  const got = describeValue(valueAt(data, path));
  switch (issue.code) {
    case "invalid_type": {
      const expected = issue.expected === "int" ? "an integer" : issue.expected;
      return { path, text: `expected ${expected}, got ${got}` };
    }
    case "too_small": {
      const op = issue.inclusive ? ">=" : ">";
      if (issue.origin === "array")
        return { path, text: `expected at least ${issue.minimum} items, got ${got}` };
      if (issue.origin === "string") return { path, text: `expected a non-empty string, got ${got}` };
      return { path, text: `expected a number ${op} ${issue.minimum}, got ${got}` };
    }
    case "too_big": {
      const op = issue.inclusive ? "<=" : "<";
      if (issue.origin === "array")
        return { path, text: `expected at most ${issue.maximum} items, got ${got}` };
      return { path, text: `expected a number ${op} ${issue.maximum}, got ${got}` };
    }
    case "unrecognized_keys": {
      const key = issue.keys[0];
      const others = issue.keys.length > 1 ? ` (and ${issue.keys.length - 1} more)` : "";
      const known = knownKeys(schema, path);
      return {
        path: [...path, key],
        atKey: true,
        text: `unknown key ${quote(key)}${others}${suggestion(key, known)}; expected one of: ${known.join(", ")}`,
      };
    }
    case "invalid_value": {
      const vals = issue.values.map((v) => (typeof v === "string" ? quoteJson(v) : String(v))).join(" | ");
      const raw = valueAt(data, path);
      const hint = typeof raw === "string" ? suggestion(raw, issue.values.map(String)) : "";
      return { path, text: `expected ${vals}, got ${got}${hint}` };
    }
    case "not_multiple_of":
      return { path, text: `expected a multiple of ${String(issue.divisor)}, got ${got}` };
    case "invalid_format":
      return { path, text: `expected ${issue.format}, got ${got}` };
    default:
      return { path, text: `${issue.message}, got ${got}` };
  }
}
