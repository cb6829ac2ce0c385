import { createHash } from "node:crypto";
import { z } from "zod";
import type { AnyModel, Mechanism, ParamValue } from "../../engine/model.ts";
import { type DataFile, validateAt } from "../../scenario/datafile.ts";
import { suggestion, UserError } from "../../scenario/errors.ts";
import { horizonProblem, horizonSchema } from "../../scenario/horizon.ts";
import { checkPlannedRuns } from "../../scenario/limits.ts";
import { readDataFile } from "../../scenario/read-file.ts";
import type { ModelLookup } from "../../scenario/scenario.ts";

const overrides = z.record(z.string(), z.union([z.number(), z.string(), z.boolean()]));
const reason = z.string().min(10).describe("why, in a sentence");

const missing = z
  .object({
    counts: z.literal("fails").describe("a missing value counts against the claim"),
    value: z.number().describe("the value a missing outcome stands for (e.g. 0 recoveries)"),
    reason,
  })
  .strict()
  .describe(
    "what an undefined outcome (the claimed event never happened) means; absent: such runs are left out and counted",
  );

const metric = z
  .object({
    summary: z.string().min(1),
    claim: z.enum(["increase", "decrease", "equivalent"]),
    sesoi: z.number().positive().describe("smallest effect size of interest, in the effect's own units"),
    sesoiReason: reason,
    threshold: z
      .number()
      .optional()
      .describe("level tests: the value the mean is compared with (default: the test's threshold)"),
    missing: missing.optional(),
  })
  .strict();

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

const assumption = z.union([
  z.object({ mechanism: z.string().min(1), reason }).strict(),
  z
    .object({ set: overrides.refine((o) => Object.keys(o).length > 0, "at least one parameter"), reason })
    .strict(),
]);

const robustness = z
  .object({
    trajectories: z.number().int().min(2).max(100).default(4).describe("Morris trajectories r"),
    levels: z.number().int().min(2).max(20).default(4).describe("Morris grid levels p (even)"),
    top: z.number().int().min(1).max(20).default(6).describe("parameters sampled after screening"),
    samples: z.number().int().min(64).max(10_000).default(64).describe("Latin-hypercube points"),
    seeds: z.number().int().min(4).max(100).default(4).describe("seeds at each sampled point"),
    seed: z.number().int().min(0).default(0).describe("seed of the designs' own random streams"),
  })
  .strict();

export const thesisEnvelope = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9_-]+$/),
    title: z.string().min(1),
    paragraph: z.string().min(1).describe("the essay's paragraph(s), e.g. ¶34"),
    claim: z.string().min(1),
    rule: z.string().optional().describe("the decision rule in words (the code applies the fixed rule)"),
    model: z.string().min(1),
    params: z.record(z.string(), z.unknown()).default({}),
    horizon: horizonSchema.optional(),
    seeds: z.number().int().min(2).max(10_000).default(8),
    confidence: z.number().gt(0).lt(1).default(0.95),
    test,
    assumes: z
      .union([z.array(assumption).min(1), z.object({ none: reason }).strict()])
      .describe("the mechanisms whose rule restates the claim, each with a reason; or none, with a reason"),
    knockouts: z
      .array(z.string().min(1))
      .default([])
      .describe("mechanisms of the model switched off one at a time (attribution)"),
    robustness: robustness.default({
      trajectories: 4,
      levels: 4,
      top: 6,
      samples: 64,
      seeds: 4,
      seed: 0,
    }),
  })
  .strict();

export type ThesisFile = z.infer<typeof thesisEnvelope>;
export type ThesisMetric = ThesisFile["test"]["metrics"][number];

/** A mechanism as a thesis uses it: switched off by `off`; `reason` when the thesis assumes it. */
export interface ThesisMechanism {
  id: string;
  title: string;
  source: string;
  off: Record<string, ParamValue>;
  reason?: string;
}

export interface Thesis extends Omit<ThesisFile, "assumes" | "knockouts"> {
  source: string;
  horizon: number;
  /** SHA-256 of the file's bytes, and the text itself (pre-registration: stored with the runs). */
  fileHash: string;
  fileText: string;
  /** Mechanisms whose rule restates the claim (empty: none, with `assumesNothing` saying why). */
  assumes: ThesisMechanism[];
  assumesNothing?: string;
  /** Mechanisms knocked out one at a time: the assumed ones and the file's `knockouts`. */
  knockouts: ThesisMechanism[];
  /** Set by the quick variant: a smoke test, which shows estimates and never verdicts. */
  smokeTest?: boolean;
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

function findMechanism(model: AnyModel, id: string, df: DataFile, path: PropertyKey[]): Mechanism {
  const all = model.mechanisms ?? [];
  const m = all.find((x) => x.id === id);
  if (!m)
    throw new UserError(
      `${df.file}:${df.locate(path)}: ${path.join(".")}: the model '${model.name}' has no mechanism '${id}'${suggestion(
        id,
        all.map((x) => x.id),
      )}${all.length ? "" : " (it declares none)"}`,
    );
  return m;
}

/** The parameter overrides of every arm of a test. */
export function testArms(t: Pick<ThesisFile, "test">): Record<string, ParamValue>[] {
  switch (t.test.kind) {
    case "compare":
      return [t.test.treatment, ...t.test.controls];
    case "trend": {
      const { arm, factor } = t.test;
      return t.test.values.map((v) => ({ ...arm, [factor]: v }));
    }
    case "level":
      return [t.test.arm];
  }
}

/** Load a thesis file: every parameter, arm, mechanism and metric checked against the model before any run. */
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
  const arms = testArms(t);
  for (const [i, a] of arms.entries()) {
    const slot = t.test.kind === "compare" ? (i === 0 ? ["treatment"] : ["controls", i - 1]) : ["arm"];
    if (t.test.kind === "trend") checkOverrides(a, model, base, df, ["test", "factor"]);
    else checkOverrides(a, model, base, df, ["test", ...slot]);
  }
  const assumes: ThesisMechanism[] = [];
  if (Array.isArray(t.assumes)) {
    t.assumes.forEach((a, i) => {
      const path = ["assumes", i];
      if ("mechanism" in a) {
        const m = findMechanism(model, a.mechanism, df, [...path, "mechanism"]);
        assumes.push({ id: m.id, title: m.title, source: m.source, off: { ...m.off }, reason: a.reason });
      } else {
        checkOverrides(a.set, model, base, df, [...path, "set"]);
        const id = Object.entries(a.set)
          .map(([k, v]) => `${k}=${v}`)
          .join(",");
        assumes.push({
          id,
          title: `parameters ${id}`,
          source: "this thesis file",
          off: a.set,
          reason: a.reason,
        });
      }
    });
  }
  const knockouts: ThesisMechanism[] = [...assumes];
  t.knockouts.forEach((id, i) => {
    if (knockouts.some((k) => k.id === id)) return;
    const m = findMechanism(model, id, df, ["knockouts", i]);
    knockouts.push({ id: m.id, title: m.title, source: m.source, off: { ...m.off } });
  });
  // Every arm with every mechanism off (and with all assumed ones off) must be a valid setting,
  // and a mechanism may not switch off a parameter the test itself varies.
  const varied = new Set(arms.flatMap((a) => Object.keys(a)));
  for (const k of knockouts) {
    for (const p of Object.keys(k.off))
      if (varied.has(p))
        throw new UserError(
          `${file}:${df.locate(["knockouts"])}: mechanism '${k.id}' switches off '${p}', which the test varies`,
        );
    checkOverrides(k.off, model, base, df, ["knockouts"]);
  }
  // Runs of the main ensemble (plan.ts, mainVariants: every arm under the full model, each
  // knock-out, and every assumed mechanism off at once when there are several); ~1 KiB each in
  // memory. The robustness analysis is checked when it is run (runRobustness).
  const variants = 1 + knockouts.length + (assumes.length > 1 ? 1 : 0);
  const runs = arms.length * variants * t.seeds;
  checkPlannedRuns(runs, runs * 1024, `${file}:${df.locate(["seeds"], true)}: seeds`);
  const text = df.text;
  return {
    ...t,
    params: base,
    source: file,
    horizon: t.horizon ?? model.defaultHorizon,
    fileHash: createHash("sha256").update(text).digest("hex"),
    fileText: text,
    assumes,
    assumesNothing: Array.isArray(t.assumes) ? undefined : t.assumes.none,
    knockouts,
  };
}
