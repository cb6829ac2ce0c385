import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { buildFactInputs, type FactInputs, type ModelFacts } from "../../analysis/fact-inputs.ts";
import { measureFacts } from "../../analysis/stylised-facts.ts";
import type { AnyModel, Simulation } from "../../engine/model.ts";
import { type RunResult, runModel } from "../../engine/run.ts";
import { buildScorecard, type Scorecard } from "./scorecard.ts";
import { loadTargets, type Target } from "./targets.ts";

/** The targets file of a model's facts, as a path for people (relative to the working directory). */
export function targetsPath(spec: ModelFacts): string {
  const abs = fileURLToPath(spec.targets);
  const rel = relative(process.cwd(), abs);
  return rel.startsWith("..") ? abs : rel;
}

/** The model's targets, read and validated. */
export function modelTargets(spec: ModelFacts): Target[] {
  return loadTargets(targetsPath(spec));
}

/**
 * Firm sizes from a simulation's workplace cells: the workforce of each active firm at the end of
 * each year after the burn-in, and the log growth of the firms alive through the whole year (a slot
 * whose workforce was 0 in any month of the year, an exit or a new entrant, does not count).
 */
export class FirmPanel {
  readonly sizes: Float64Array[] = [];
  readonly growth: Float64Array[] = [];
  private last: Float64Array | null = null;
  private alive: Uint8Array | null = null;

  constructor(
    private readonly burnInSteps: number,
    private readonly stepsPerYear: number,
  ) {}

  step(sim: Simulation, step: number): void {
    if (step < this.burnInSteps || !sim.cells) return;
    const size = sim.cells().size;
    if (!this.alive || this.alive.length !== size.length) this.alive = new Uint8Array(size.length).fill(1);
    for (let j = 0; j < size.length; j++) if (!(size[j] > 0)) this.alive[j] = 0;
    if ((step - this.burnInSteps) % this.stepsPerYear !== 0) return;
    this.sizes.push(Float64Array.from(size).filter((v) => v > 0));
    if (this.last) {
      const g: number[] = [];
      for (let j = 0; j < size.length; j++)
        if (this.alive[j] && this.last[j] > 0 && size[j] > 0) g.push(Math.log(size[j] / this.last[j]));
      this.growth.push(Float64Array.from(g));
    }
    this.last = Float64Array.from(size);
    this.alive.fill(1);
  }
}

export interface ModelRunFacts {
  run: RunResult;
  inputs: FactInputs;
}

/**
 * One run of a model with everything the facts need: every recorded row kept as columns, and, when
 * the model's facts read them, the firm sizes from its cells. The run is the same as `refusal run`
 * gives (same hash): nothing here changes it.
 */
export function runForFacts(
  model: AnyModel,
  spec: ModelFacts,
  params: Record<string, unknown>,
  seed: number,
  horizon: number,
  onProgress?: (done: number, total: number) => void,
): ModelRunFacts {
  const total = Math.round(horizon * model.stepsPerUnit) + 1;
  const cols: Record<string, Float64Array> = {};
  for (const m of model.metrics) cols[m] = new Float64Array(total);
  let rows = 0;
  const burnInSteps = Math.round(spec.burnInMonths(params) / spec.monthsPerStep);
  const stepsPerYear = Math.round(12 / spec.monthsPerStep);
  const panel = spec.firmSizesFromCells ? new FirmPanel(burnInSteps, stepsPerYear) : null;
  const run = runModel(model, params, {
    seed,
    horizon,
    onRow: (_t, row) => {
      for (let i = 0; i < model.metrics.length; i++) cols[model.metrics[i]][rows] = row[i];
      rows++;
    },
    onStep: panel ? (sim, step) => panel.step(sim, step) : undefined,
    onProgress,
  });
  const kept: Record<string, Float64Array> = {};
  for (const m of model.metrics) kept[m] = cols[m].subarray(0, rows);
  const inputs = buildFactInputs(spec, kept, {
    monthsPerSample: spec.monthsPerStep,
    burnInMonths: spec.burnInMonths(params),
  });
  if (panel) {
    inputs.firmSizes = panel.sizes;
    inputs.firmGrowth = panel.growth;
  } else inputs.missing.firmSizes ??= "the model has no firm cross-section";
  return { run, inputs };
}

/** Parameters that differ from the model's defaults, as `key=value` words. */
export function paramWords(model: AnyModel, params: Readonly<Record<string, unknown>>): string[] {
  const defaults = model.params.parse({}) as Record<string, unknown>;
  return Object.entries(params)
    .filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(defaults[k]))
    .map(([k, v]) => `${k}=${typeof v === "string" ? v : JSON.stringify(v)}`);
}

/** "8 seeds (0-7)", "1 seed (3)", "3 seeds (1, 5, 9)". */
export function seedsText(seeds: readonly (number | string)[]): string {
  const n = seeds.length;
  const nums = seeds.map(Number);
  const consecutive = n > 2 && nums.every((v, i) => i === 0 || v === nums[i - 1] + 1);
  const list = consecutive ? `${seeds[0]}-${seeds[n - 1]}` : seeds.join(", ");
  return `${n} seed${n === 1 ? "" : "s"} (${list})`;
}

export interface ScoreModelOptions {
  model: AnyModel;
  spec: ModelFacts;
  params: Record<string, unknown>;
  seeds: readonly number[];
  horizon: number;
  /** Called after each run with the runs done and in all. */
  onRun?: (done: number, total: number) => void;
  /** Progress within a run (steps done, steps in all). */
  onProgress?: (done: number, total: number) => void;
}

/** The stylised-facts scorecard of a model: one run per seed, each scored, then the ensemble. */
export function scoreModel(o: ScoreModelOptions): Scorecard {
  const targets = modelTargets(o.spec);
  const ids = targets.map((t) => t.id);
  const perRun = [];
  const notes = new Set<string>();
  let leftOut = 0;
  for (const [k, seed] of o.seeds.entries()) {
    const { run, inputs } = runForFacts(o.model, o.spec, o.params, seed, o.horizon, o.onProgress);
    o.onRun?.(k + 1, o.seeds.length);
    if (run.status !== "ok") {
      leftOut++;
      notes.add(`seed ${seed}: ${run.status}${run.failure ? ` (${run.failure.message})` : ""}; left out`);
      continue;
    }
    for (const n of inputs.notes) notes.add(n);
    perRun.push(measureFacts(inputs, ids));
  }
  const burnIn = o.spec.burnInMonths(o.params);
  const words = paramWords(o.model, o.params);
  return buildScorecard(targets, perRun, {
    title: `${o.model.name} ${o.model.version}${words.length ? ` ${words.join(" ")}` : ""}: ${seedsText(o.seeds)} x ${o.horizon} ${o.model.timeUnit}s (the first ${burnIn / 12} years left out)`,
    model: o.model.name,
    modelVersion: o.model.version,
    targetsFile: targetsPath(o.spec),
    runsLeftOut: leftOut,
    seeds: [...o.seeds],
    notes: [...notes],
  });
}
