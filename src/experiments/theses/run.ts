import type { AnyModel } from "../../engine/model.ts";
import { registry } from "../../models/index.ts";
import { suggestion, UserError } from "../../scenario/errors.ts";
import { checkPlannedRuns } from "../../scenario/limits.ts";
import type { ModelLookup } from "../../scenario/scenario.ts";
import { readSummaries, storedRunCount } from "../../store/summaries.ts";
import type { Experiment } from "../experiment-file.ts";
import type { RunPlan } from "../plan.ts";
import type { SweepResult } from "../prologue.ts";
import { buildRunSpecs, type RunSpec } from "../specs.ts";
import { type SweepOptions, sweep } from "../sweep.ts";
import { evaluateThesis, type SummaryLookup, type ThesisResult } from "./evaluate.ts";
import { planMain, planSample, planScreen, type ThesisPoint } from "./plan.ts";
import { type RobustnessResult, sampleThesis, screenThesis } from "./robustness.ts";
import { type Thesis, testArms } from "./thesis-file.ts";

/** Runs a sweep of given run specs (or a plan) into the store: the thread pool by default, or the Redis queue. */
export type ExecuteSweep = (exp: Experiment, specs: RunSpec[] | RunPlan) => Promise<SweepResult>;

export interface ThesisRunOptions extends Omit<SweepOptions, "onStart"> {
  /** How the runs are executed and stored (default: `sweep` with these options). */
  execute?: ExecuteSweep;
  /** Run nothing: use what is stored, and report a stage as not done unless all its runs are. */
  storedOnly?: boolean;
}

/** The seeds of each stage: the main ensemble, the screening (one seed a point), the sample. */
export function thesisSeeds(t: Thesis): { main: number[]; screen: number[]; sample: number[] } {
  return {
    main: Array.from({ length: t.seeds }, (_, i) => i),
    screen: [2000],
    sample: Array.from({ length: t.robustness.seeds }, (_, i) => 3000 + i),
  };
}

/** The stages of a thesis, each stored as its own experiment. */
export type ThesisStage = "main" | "screen" | "sample";

/**
 * The experiment a stage of a thesis is stored as: `thesis-<id>-<first 8 hex of the file's hash>`
 * (with `-screen` or `-sample`). The name and the stored spec carry the file's hash and its text,
 * so every stored verdict names the file that decided it, and an edited file is a new experiment
 * (its runs, where they coincide, are shared with the old one).
 */
export function thesisExperiment(
  t: Thesis,
  stage: ThesisStage = "main",
  extra: Record<string, unknown> = {},
): Experiment {
  const suffix = stage === "main" ? "" : `-${stage}`;
  const seeds = thesisSeeds(t)[stage];
  const { fileText: _text, source: _source, ...rest } = t;
  return {
    source: t.source,
    name: `thesis-${t.id}-${t.fileHash.slice(0, 8)}${suffix}`,
    description: t.claim,
    model: t.model,
    params: t.params,
    factors: [],
    design: { kind: "grid" },
    seeds,
    horizon: t.horizon,
    record: { series: "none", every: 1 },
    spec: { ...rest, stage, fileText: t.fileText, ...extra },
  };
}

function modelOf(t: Thesis, models: ModelLookup): AnyModel {
  const model = models.get(t.model);
  if (!model) throw new UserError(`${t.source}: model: unknown model '${t.model}'`);
  return model;
}

/** Sweep the points of one stage and read back the summaries the thesis needs. */
async function runStage(
  t: Thesis,
  stage: ThesisStage,
  points: readonly ThesisPoint[],
  opts: ThesisRunOptions,
  extra: Record<string, unknown> = {},
): Promise<{ get: SummaryLookup; swept: Pick<SweepResult, "interrupted"> }> {
  const models = opts.models ?? registry;
  const model = modelOf(t, models);
  const exp = thesisExperiment(t, stage, extra);
  const specs = buildRunSpecs(exp, model, points);
  let swept: Pick<SweepResult, "interrupted">;
  if (opts.storedOnly) swept = { interrupted: (await storedRunCount(opts.db, exp.name)) < specs.length };
  else swept = await (opts.execute ?? ((e, s) => sweep(e, opts, s)))(exp, specs);
  const wanted = [...new Set(t.test.metrics.map((m) => m.summary))];
  const stored = await readSummaries(opts.db, exp.name, wanted);
  if (stored.rows > 0)
    for (const m of wanted)
      if (!stored.names.has(m))
        throw new UserError(
          `${t.source}: test.metrics: the model '${t.model}' has no summary '${m}'${suggestion(m, stored.names)}`,
        );
  return { get: (p, s, m) => stored.values.get(`${p}|${s}|${m}`), swept };
}

/**
 * Run a thesis into the store (resumable like any sweep: every run committed on its own) and decide
 * it from the stored runs: the full model, each knock-out in turn, and the assumed mechanisms off.
 * Runs that did not end ok are left out of every effect and counted.
 */
export async function runThesis(
  t: Thesis,
  opts: ThesisRunOptions,
): Promise<ThesisResult & { interrupted: boolean }> {
  const points = planMain(t);
  const { get, swept } = await runStage(t, "main", points, opts);
  return { ...evaluateThesis(t, points, thesisSeeds(t).main, get), interrupted: swept.interrupted };
}

/**
 * Refuse a robustness analysis that plans more runs than the limits allow, before any of its runs
 * (and, from `runTheses`, before any run of any thesis): the screening (every arm at each Morris
 * point) and the sample (every arm under the full model, and with the assumed mechanisms off, at
 * each of `samples` points, `robustness.seeds` seeds each); ~1 KiB a run in memory.
 */
export function checkRobustnessPlan(t: Thesis, models: ModelLookup = registry): void {
  const model = modelOf(t, models);
  if (!model.ranges || t.smokeTest) return; // runRobustness refuses these with their own message
  const seeds = thesisSeeds(t);
  const screen = planScreen(t, model).points.length * seeds.screen.length;
  const sample =
    t.robustness.samples * testArms(t).length * (t.assumes.length > 0 ? 2 : 1) * seeds.sample.length;
  const runs = screen + sample;
  checkPlannedRuns(runs, runs * 1024, `${t.source}: robustness`);
}

/**
 * The global robustness of a thesis: Morris screening over every screened parameter of the model,
 * then a Latin hypercube over the most influential ones, each point decided by the full rule. Both
 * stages are sweeps (threads or Redis) and resume like any sweep; the sample's design follows from
 * the stored screening, so a resumed analysis plans the same runs.
 */
export async function runRobustness(
  t: Thesis,
  opts: ThesisRunOptions,
): Promise<{ result?: RobustnessResult; interrupted: boolean }> {
  if (t.smokeTest) throw new UserError(`${t.source}: a smoke test (--quick) has no robustness analysis`);
  const model = modelOf(t, opts.models ?? registry);
  if (!model.ranges)
    throw new UserError(`${t.source}: the model '${model.name}' declares no parameter ranges`);
  if (!opts.storedOnly) checkRobustnessPlan(t, opts.models);
  const seeds = thesisSeeds(t);
  const screen = planScreen(t, model);
  const s1 = await runStage(t, "screen", screen.points, opts);
  if (s1.swept.interrupted) return { interrupted: true };
  const screened = screenThesis(t, screen.points, screen.roles, seeds.screen, s1.get);
  const sample = planSample(t, model, screened.top);
  const s2 = await runStage(t, "sample", sample, opts, { top: screened.top });
  if (s2.swept.interrupted) return { interrupted: true };
  return { result: sampleThesis(t, screened, sample, seeds.sample, s2.get), interrupted: false };
}
