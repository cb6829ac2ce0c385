import { z } from "zod";
import { type DataFile, parseDataText, validateAt } from "../scenario/datafile.ts";
import { suggestion, UserError } from "../scenario/errors.ts";
import { horizonProblem, horizonSchema } from "../scenario/horizon.ts";
import { formatPath } from "../scenario/issues.ts";
import { checkPlannedRuns } from "../scenario/limits.ts";
import { quote, quoteJson } from "../scenario/quote.ts";
import { readDataFile } from "../scenario/read-file.ts";
import { findModel, type ModelLookup } from "../scenario/scenario.ts";
import { nonIntegerValue } from "./designs/range-values.ts";
import { resolveSpec, validateFactors } from "./designs/validate.ts";
import { planSize } from "./plan-size.ts";

const scalar = z.union([z.number(), z.string(), z.boolean()]);

const factorSchema = z
  .object({
    values: z.array(scalar).min(1).optional().describe("the values to try"),
    min: z.number().optional().describe("lower end of a numeric range"),
    max: z.number().optional().describe("upper end of a numeric range"),
    integer: z.boolean().optional().describe("round values to integers"),
    log: z.boolean().optional().describe("spread values on a log scale"),
  })
  .strict();

const designSchema = z
  .object({
    kind: z.enum(["grid", "random", "latin-hypercube", "morris", "sobol"]),
    samples: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe("points (random, LHS), trajectories (morris), base sample size (sobol)"),
    levels: z
      .number()
      .int()
      .min(2)
      .optional()
      .describe("levels per range factor (grid) or of the Morris grid"),
    seed: z.number().int().min(0).optional().describe("seed of the design's own sampling (default 0)"),
  })
  .strict();

const recordSchema = z
  .object({
    series: z
      .union([z.literal("all"), z.literal("none"), z.array(z.string())])
      .default("all")
      .describe("metrics kept as series"),
    every: z.number().int().min(1).default(1).describe("keep every k-th row of the series"),
  })
  .strict();

/** The envelope of an experiment file; params and factors are checked against the model afterwards. */
export const experimentEnvelope = z
  .object({
    name: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "letters, digits, '.', '_' or '-'")
      .describe("Name under which the experiment is stored"),
    description: z.string().optional(),
    model: z.string().min(1),
    params: z.record(z.string(), z.unknown()).default({}).describe("base parameters"),
    factors: z.record(z.string(), factorSchema).default({}).describe("varied parameters"),
    design: z
      .union([
        z.enum(["grid", "random", "latin-hypercube", "morris", "sobol"]).transform((kind) => ({ kind })),
        designSchema,
      ])
      .default({ kind: "grid" }),
    seeds: z
      .union([
        z.number().int().min(1).max(1_000_000),
        z.array(z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)).min(1),
      ])
      .default(1)
      .describe("a count n (seeds 0..n-1) or a list of seeds"),
    horizon: horizonSchema.optional(),
    record: recordSchema.default({ series: "all", every: 1 }),
  })
  .strict();

export type ExperimentEnvelope = z.infer<typeof experimentEnvelope>;

/** A validated experiment: what to vary, how, over which seeds. */
export interface Experiment {
  source: string;
  name: string;
  description?: string;
  model: string;
  /** Base parameters with the model's defaults filled in. */
  params: Record<string, unknown>;
  factors: {
    name: string;
    values?: (number | string | boolean)[];
    min?: number;
    max?: number;
    integer?: boolean;
    log?: boolean;
  }[];
  design: {
    kind: "grid" | "random" | "latin-hypercube" | "morris" | "sobol";
    samples?: number;
    levels?: number;
    seed?: number;
  };
  seeds: number[];
  horizon: number;
  record: { series: "all" | "none" | string[]; every: number };
  /** The file's content as validated (for the manifest). */
  spec: Record<string, unknown>;
}

function toExperiment(df: DataFile, lookup: ModelLookup): Experiment {
  if (df.data === null || typeof df.data !== "object" || Array.isArray(df.data)) {
    throw new UserError(
      `${df.file}:1:1: (root): expected a mapping with name, model, factors, design, seeds`,
    );
  }
  const env = validateAt(experimentEnvelope, df.data, df);
  const model = findModel(env.model, lookup, `${df.file}:${df.locate(["model"])}: model: `);
  const params = validateAt(model.params, env.params, df, ["params"]) as Record<string, unknown>;
  const known = Object.keys(params);
  const factors: Experiment["factors"] = [];
  for (const [name, f] of Object.entries(env.factors)) {
    const where = `${df.file}:${df.locate(["factors", name], true)}: ${formatPath(["factors", name])}`;
    if (!known.includes(name))
      throw new UserError(
        `${where}: the model '${model.name}' has no parameter ${quote(name)}${suggestion(name, known)}`,
      );
    const hasRange = f.min !== undefined || f.max !== undefined;
    if (f.values && hasRange)
      throw new UserError(`${where}: expected either values or min and max, got both`);
    if (!f.values && (f.min === undefined || f.max === undefined))
      throw new UserError(`${where}: expected values, or both min and max`);
    if (hasRange && !(f.min! < f.max!))
      throw new UserError(`${where}: expected min < max, got min ${f.min} and max ${f.max}`);
    if (f.log && hasRange && !(f.min! > 0))
      throw new UserError(`${where}: a log range needs min > 0, got ${f.min}`);
    // Every value the factor can take must be valid for the model.
    const probes = f.values ?? [f.min!, f.max!];
    for (const v of probes) {
      const r = model.params.safeParse({ ...params, [name]: v });
      if (!r.success) {
        const issue = r.error.issues[0];
        throw new UserError(
          `${where}: value ${typeof v === "string" ? quoteJson(v) : String(v)} is not valid for the model: ${issue.message}`,
        );
      }
    }
    factors.push({ name, ...f });
  }
  const design = env.design as Experiment["design"];
  checkDesign(design, factors, df);
  if (Array.isArray(env.record.series)) {
    const seen = new Set<string>();
    for (const [i, m] of env.record.series.entries()) {
      const at = `${df.file}:${df.locate(["record", "series", i])}: record.series[${i}]`;
      if (!model.metrics.includes(m)) {
        throw new UserError(
          `${at}: the model '${model.name}' has no metric ${quote(m)}${suggestion(m, model.metrics)}; expected one of: ${model.metrics.join(", ")}`,
        );
      }
      if (seen.has(m)) throw new UserError(`${at}: the metric ${quote(m)} is listed twice`);
      seen.add(m);
    }
  }
  if (env.horizon !== undefined) {
    const why = horizonProblem(env.horizon, model);
    if (why) throw new UserError(`${df.file}:${df.locate(["horizon"])}: horizon: ${why}`);
  }
  const seedCount = typeof env.seeds === "number" ? env.seeds : new Set(env.seeds).size;
  const size = planSize(factors, design, seedCount);
  checkPlannedRuns(size.runs, size.bytes, `${df.file}:${df.locate(["design"])}: design`);
  // A real range of an integer parameter: a design that gives it a non-integer value would see
  // that run refused at run time (a grid whose levels all fall on integers is fine).
  for (const f of factors) {
    const x = nonIntegerValue(f, design);
    if (x !== undefined && !model.params.safeParse({ ...params, [f.name]: x }).success)
      throw new UserError(
        `${df.file}:${df.locate(["factors", f.name], true)}: ${formatPath(["factors", f.name])}: the parameter ${quote(f.name)} takes integers only, and ${design.kind} gives it ${x}: add 'integer: true' to the range, or give values`,
      );
  }
  const seeds =
    typeof env.seeds === "number" ? Array.from({ length: env.seeds }, (_, i) => i) : [...new Set(env.seeds)];
  return {
    source: df.file,
    name: env.name,
    description: env.description,
    model: model.name,
    params,
    factors,
    design,
    seeds,
    horizon: env.horizon ?? model.defaultHorizon,
    record: env.record as Experiment["record"],
    spec: df.data as Record<string, unknown>,
  };
}

/**
 * A design's options checked against its kind: an option the kind does not use is an error
 * (never ignored), Sobol' base samples must be a power of two, and the rest of the design rules
 * (validate.ts) are applied here, at load, with the file's position.
 */
function checkDesign(design: Experiment["design"], factors: Experiment["factors"], df: DataFile): void {
  const at = (key?: string) =>
    `${df.file}:${df.locate(key ? ["design", key] : ["design"], Boolean(key))}: design${key ? `.${key}` : ""}`;
  const { kind } = design;
  if (kind === "grid" && design.samples !== undefined)
    throw new UserError(
      `${at("samples")}: grid takes no samples (it runs every combination of the factors' values); remove it, or use random or latin-hypercube`,
    );
  if (kind === "grid" && design.seed !== undefined)
    throw new UserError(`${at("seed")}: grid takes no seed (it draws nothing at random); remove it`);
  if (kind !== "grid" && kind !== "morris" && design.levels !== undefined)
    throw new UserError(
      `${at("levels")}: ${kind} takes no levels (levels apply to grid and morris); remove it`,
    );
  if (kind === "sobol" && design.samples !== undefined) {
    const n = design.samples;
    if (n < 2 || (n & (n - 1)) !== 0 || n > 2 ** 30) {
      const lo = 2 ** Math.max(1, Math.floor(Math.log2(Math.max(n, 2))));
      const hi = lo * 2;
      throw new UserError(
        `${at("samples")}: sobol needs a power of two (Sobol' points are balanced in blocks of 2^m), got ${n}; use ${lo === n ? hi : `${lo} or ${hi}`}`,
      );
    }
  }
  try {
    validateFactors(factors);
    resolveSpec(design, factors.length);
  } catch (e) {
    throw new UserError(`${at()}: ${(e as Error).message}`);
  }
}

/** Load and validate an experiment file. Every error is found here, before any run starts. */
export function loadExperiment(file: string, lookup: ModelLookup): Experiment {
  return toExperiment(readDataFile(file, "experiment file"), lookup);
}

/** Validate experiment text (tests, the lab). */
export function parseExperiment(text: string, file: string, lookup: ModelLookup): Experiment {
  return toExperiment(parseDataText(text, file), lookup);
}
