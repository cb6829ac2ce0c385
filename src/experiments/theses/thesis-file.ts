import { z } from "zod";
import type { AnyModel } from "../../engine/model.ts";
import { type DataFile, validateAt } from "../../scenario/datafile.ts";
import { suggestion, UserError } from "../../scenario/errors.ts";
import { horizonProblem, horizonSchema } from "../../scenario/horizon.ts";
import { checkPlannedRuns } from "../../scenario/limits.ts";
import { readDataFile } from "../../scenario/read-file.ts";
import type { ModelLookup } from "../../scenario/scenario.ts";

const overrides = z.record(z.string(), z.unknown());
const metric = z
  .object({
    summary: z.string().min(1),
    direction: z.enum(["increase", "decrease"]),
    threshold: z
      .number()
      .optional()
      .describe("level tests: the value the mean is compared with (default: the test's threshold)"),
  })
  .strict();
const range = z
  .object({ min: z.number(), max: z.number(), integer: z.boolean().optional() })
  .strict()
  .refine((r) => r.min <= r.max, "expected min <= max");

const test = z.discriminatedUnion("kind", [
  z
    .object({
      kind: z.literal("compare"),
      treatment: overrides.describe("parameters of the arm the thesis is about"),
      controls: z.array(overrides).min(1).describe("arms it is compared with (each comparison must hold)"),
      metrics: z.array(metric).min(1),
    })
    .strict(),
  z
    .object({
      kind: z.literal("trend"),
      arm: overrides.default({}),
      factor: z.string().min(1).describe("parameter whose effect is measured"),
      values: z.array(z.number()).min(3),
      metrics: z.array(metric).min(1),
    })
    .strict(),
  z
    .object({
      kind: z.literal("level"),
      arm: overrides.default({}),
      threshold: z.number().default(0),
      metrics: z.array(metric).min(1),
    })
    .strict(),
]);

export const thesisEnvelope = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9_-]+$/),
    title: z.string().min(1),
    paragraph: z.string().min(1).describe("the essay's paragraph(s), e.g. ¶34"),
    claim: z.string().min(1),
    rule: z
      .string()
      .optional()
      .describe("the decision rule in words (the code applies the fixed rule in verdict.ts)"),
    model: z.string().min(1),
    params: overrides.default({}),
    horizon: horizonSchema.optional(),
    seeds: z.number().int().min(2).max(10_000).default(8),
    confidence: z.number().gt(0).lt(1).default(0.95),
    test,
    robustness: z
      .object({
        samples: z.number().int().min(1).max(10_000),
        seeds: z.number().int().min(1).max(1000).default(2),
        seed: z.number().int().min(0).default(0),
        factors: z.record(z.string(), range),
      })
      .strict()
      .optional(),
  })
  .strict();

export type ThesisFile = z.infer<typeof thesisEnvelope>;
export interface Thesis extends ThesisFile {
  source: string;
  horizon: number;
}

function checkOverrides(
  o: Record<string, unknown>,
  model: AnyModel,
  base: Record<string, unknown>,
  df: DataFile,
  path: PropertyKey[],
): void {
  const known = Object.keys(base);
  for (const k of Object.keys(o)) {
    if (!known.includes(k)) {
      throw new UserError(
        `${df.file}:${df.locate([...path, k], true)}: ${[...path, k].join(".")}: the model '${model.name}' has no parameter '${k}'${suggestion(k, known)}`,
      );
    }
  }
  validateAt(model.params, { ...base, ...o }, df, path);
}

/** Load a thesis file: every parameter, override and metric checked against the model before any run. */
export function loadThesis(file: string, lookup: ModelLookup): Thesis {
  const df = readDataFile(file, "thesis file");
  const t = validateAt(thesisEnvelope, df.data ?? {}, df);
  const model = lookup.get(t.model);
  if (!model)
    throw new UserError(
      `${file}:${df.locate(["model"])}: model: unknown model '${t.model}'${suggestion(t.model, lookup.names())}`,
    );
  const base = validateAt(model.params, t.params, df, ["params"]) as Record<string, unknown>;
  const why = t.horizon === undefined ? undefined : horizonProblem(t.horizon, model);
  if (why) throw new UserError(`${file}:${df.locate(["horizon"])}: horizon: ${why}`);
  const arms = t.test.kind === "compare" ? [t.test.treatment, ...t.test.controls] : [t.test.arm];
  for (const [i, a] of arms.entries()) {
    const slot = t.test.kind === "compare" ? (i === 0 ? "treatment" : "controls") : "arm";
    checkOverrides(a, model, base, df, ["test", slot]);
  }
  if (t.test.kind === "trend") {
    for (const v of t.test.values)
      checkOverrides({ [t.test.factor]: v }, model, base, df, ["test", "factor"]);
  }
  for (const [k, r] of Object.entries(t.robustness?.factors ?? {})) {
    checkOverrides({ [k]: r.min }, model, base, df, ["robustness", "factors"]);
    checkOverrides({ [k]: r.max }, model, base, df, ["robustness", "factors"]);
  }
  // Runs planned (plan.ts: every arm, at the base and at each robustness point); ~1 KiB each in memory.
  const armCount = t.test.kind === "trend" ? t.test.values.length : arms.length;
  const runs = armCount * (t.seeds + (t.robustness ? t.robustness.samples * t.robustness.seeds : 0));
  checkPlannedRuns(runs, runs * 1024, `${file}:${df.locate(["seeds"], true)}: seeds`);
  return { ...t, params: base, source: file, horizon: t.horizon ?? model.defaultHorizon };
}
