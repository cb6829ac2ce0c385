import { LineCounter, parseDocument } from "yaml";
import { z } from "zod";
import type { AnyModel } from "../engine/model.ts";
import {
  checkKeys,
  type DataFile,
  FORBIDDEN_KEYS,
  forbiddenKeyText,
  parseDataText,
  validateAt,
} from "./datafile.ts";
import { suggestion, UserError } from "./errors.ts";
import { horizonProblem, horizonSchema } from "./horizon.ts";
import { describeIssue, formatPath } from "./issues.ts";
import { MAX_HORIZON } from "./limits.ts";
import { escapeControls, quote, quoteJson } from "./quote.ts";

/** How scenario code finds models (the registry is passed in: scenario/ does not import models/). */
export interface ModelLookup {
  get(name: string): AnyModel | undefined;
  names(): string[];
}

/** A validated scenario: a frozen description of one run, from which replications are spawned. */
export interface Scenario {
  /** Where it came from (a file path, or `<model>` when built from a model name). */
  source: string;
  name?: string;
  description?: string;
  model: string;
  /** Every parameter of the model, defaults filled in. */
  params: Record<string, unknown>;
  seed: number;
  /** In the model's time unit. */
  horizon: number;
}

/** The envelope of a scenario file; `params` is checked against the model's own schema afterwards. */
export const scenarioEnvelope = z
  .object({
    model: z.string().min(1).describe("Name of the model (see `refusal models`)"),
    name: z.string().optional().describe("A short name for this scenario"),
    description: z.string().optional().describe("What this scenario shows"),
    seed: z
      .number()
      .int()
      .min(0)
      .max(Number.MAX_SAFE_INTEGER)
      .optional()
      .describe("Seed of the run's random streams (default 0)"),
    horizon: horizonSchema.optional().describe("Length of the run in the model's time unit"),
    params: z
      .record(z.string(), z.unknown())
      .optional()
      .describe("Model parameters; unspecified ones take their defaults"),
  })
  .strict();

/** The model called `name`; otherwise a UserError (prefixed by `where`) suggesting the closest name. */
export function findModel(name: string, lookup: ModelLookup, where = ""): AnyModel {
  const m = lookup.get(name);
  if (!m)
    throw new UserError(
      `${where}unknown model ${quote(name)}${suggestion(name, lookup.names())}; expected one of: ${lookup.names().join(", ")}`,
    );
  return m;
}

/** Validate a parsed scenario file. */
export function scenarioFromData(df: DataFile, lookup: ModelLookup): Scenario {
  if (df.data === null || typeof df.data !== "object" || Array.isArray(df.data)) {
    throw new UserError(
      `${df.file}:1:1: (root): expected a mapping with at least 'model', got ${df.data === null ? "an empty file" : typeof df.data}`,
    );
  }
  const env = validateAt(scenarioEnvelope, df.data, df);
  const model = findModel(env.model, lookup, `${df.file}:${df.locate(["model"])}: model: `);
  const params = validateAt(model.params, env.params ?? {}, df, ["params"]) as Record<string, unknown>;
  if (env.horizon !== undefined) {
    const why = horizonProblem(env.horizon, model);
    if (why) throw new UserError(`${df.file}:${df.locate(["horizon"])}: horizon: ${why}`);
  }
  return {
    source: df.file,
    name: env.name,
    description: env.description,
    model: model.name,
    params,
    seed: env.seed ?? 0,
    horizon: env.horizon ?? model.defaultHorizon,
  };
}

/** Validate scenario text (for the browser lab and tests). */
export function parseScenario(text: string, file: string, lookup: ModelLookup): Scenario {
  return scenarioFromData(parseDataText(text, file), lookup);
}

/** The default scenario of a model given by name. */
export function modelScenario(name: string, lookup: ModelLookup): Scenario {
  const model = findModel(name, lookup, "");
  return {
    source: model.name,
    model: model.name,
    params: model.params.parse({}) as Record<string, unknown>,
    seed: 0,
    horizon: model.defaultHorizon,
  };
}

export interface Overrides {
  /** `key=value` strings; values are read as YAML scalars/flow collections (`0.5`, `true`, `[1, 2]`). */
  set?: readonly string[];
  seed?: string | number;
  horizon?: string | number;
}

/** A number flag within the same caps as the file field it overrides. */
function parseFlagNumber(
  flag: string,
  raw: string | number,
  integer: boolean,
  min: number,
  exclusiveMin: boolean,
  max: number,
): number {
  const v = typeof raw === "number" ? raw : raw.trim() === "" ? Number.NaN : Number(raw);
  const bad =
    !Number.isFinite(v) ||
    (integer && !Number.isSafeInteger(v)) ||
    (exclusiveMin ? v <= min : v < min) ||
    v > max;
  if (bad) {
    const what = integer
      ? `an integer from ${min} to ${max}`
      : `a number ${exclusiveMin ? ">" : ">="} ${min} and <= ${max}`;
    throw new UserError(`${flag}: expected ${what}, got ${quoteJson(raw)}`);
  }
  return v;
}

/** The value of `--set key=VALUE`: a YAML scalar or flow collection, with the file's key rules. */
function parseSetValue(text: string, flag: string): unknown {
  if (text.trim() === "") return text;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, customTags: [], strict: true });
  if (doc.errors.length > 0) return text; // not YAML: the text itself (the schema says if a string fits)
  checkKeys(doc.contents, flag, (offset) => {
    const p = lineCounter.linePos(offset);
    return `${p.line}:${p.col}`;
  });
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch {
    return text;
  }
}

/** Apply command-line overrides to a scenario, validating them like file contents. */
export function applyOverrides(sc: Scenario, ov: Overrides, lookup: ModelLookup): Scenario {
  const model = findModel(sc.model, lookup, "");
  const raw: Record<string, unknown> = { ...sc.params };
  for (const kv of ov.set ?? []) {
    const eq = kv.indexOf("=");
    if (eq <= 0) throw new UserError(`--set ${escapeControls(kv)}: expected key=value`);
    const key = kv.slice(0, eq).trim();
    if (FORBIDDEN_KEYS.has(key))
      throw new UserError(`--set ${escapeControls(kv)}: params.${key}: ${forbiddenKeyText(key)}`);
    const value = parseSetValue(kv.slice(eq + 1), `--set ${escapeControls(kv)}`);
    raw[key] = value;
  }
  const r = model.params.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0];
    const d = describeIssue(issue, raw, model.params);
    const key = String(d.path[0] ?? "");
    const given = (ov.set ?? []).find((s) => s.slice(0, s.indexOf("=")).trim() === key);
    const where = given !== undefined ? `--set ${escapeControls(given)}` : sc.source;
    throw new UserError(`${where}: params.${formatPath(d.path)}: ${d.text}`);
  }
  const horizon =
    ov.horizon !== undefined
      ? parseFlagNumber("--horizon", ov.horizon, false, 0, true, MAX_HORIZON)
      : sc.horizon;
  const why = horizonProblem(horizon, model);
  if (why) throw new UserError(`${ov.horizon !== undefined ? "--horizon" : `${sc.source}: horizon`}: ${why}`);
  return {
    ...sc,
    params: r.data as Record<string, unknown>,
    seed:
      ov.seed !== undefined
        ? parseFlagNumber("--seed", ov.seed, true, 0, false, Number.MAX_SAFE_INTEGER)
        : sc.seed,
    horizon,
  };
}

/** JSON Schema of a scenario file for one model (envelope + the model's parameters). */
export function scenarioJsonSchema(model: AnyModel): Record<string, unknown> {
  const params = z.toJSONSchema(model.params, { io: "input", unrepresentable: "any" }) as Record<
    string,
    unknown
  >;
  delete params.$schema;
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: `refusal scenario: ${model.name}`,
    description: model.description,
    type: "object",
    additionalProperties: false,
    required: ["model"],
    properties: {
      model: { const: model.name, description: "Name of the model" },
      name: { type: "string", description: "A short name for this scenario" },
      description: { type: "string", description: "What this scenario shows" },
      seed: { type: "integer", minimum: 0, description: "Seed of the run's random streams (default 0)" },
      horizon: {
        type: "number",
        exclusiveMinimum: 0,
        description: `Length of the run in ${model.timeUnit}s (default ${model.defaultHorizon})`,
      },
      params,
    },
  };
}
