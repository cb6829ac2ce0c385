import { buildFactInputs, type ModelFacts } from "../../analysis/fact-inputs.ts";
import { measureFacts } from "../../analysis/stylised-facts.ts";
import type { AnyModel } from "../../engine/model.ts";
import { suggestion, UserError } from "../../scenario/errors.ts";
import {
  experimentModelOf,
  experimentNamesByName,
  experimentRuns,
  runSeries,
} from "../../store/experiment-reads.ts";
import type { Store } from "../../store/index.ts";
import { modelTargets, paramWords, seedsText, targetsPath } from "./run-facts.ts";
import { buildScorecard, type Scorecard } from "./scorecard.ts";

export interface ScoreExperimentOptions {
  /** The model and its facts, by model name (undefined: the model has no stylised facts). */
  lookup(name: string): { model: AnyModel; spec: ModelFacts | undefined } | undefined;
  /** Only this design point (default: every point with runs, one scorecard each). */
  point?: number;
}

/**
 * The stylised-facts scorecards of a stored experiment, one per design point: each run's stored
 * series (the runs that ended ok) are scored like a model run's, except that the firm sizes are not
 * stored (those rows say so) and the series hold only the metrics the experiment recorded, as often
 * as it recorded them (`record.series`, `record.every`).
 */
export async function scoreExperiment(
  store: Store,
  experiment: string,
  o: ScoreExperimentOptions,
): Promise<Scorecard[]> {
  const names = await experimentNamesByName(store);
  if (!names.includes(experiment))
    throw new UserError(
      `--experiment ${experiment}: no such experiment in the database${suggestion(experiment, names)}; expected one of: ${names.join(", ") || "(none)"}`,
    );
  const { model: modelName, modelVersion } = (await experimentModelOf(store, experiment))!;
  const found = o.lookup(String(modelName));
  if (!found)
    throw new UserError(`--experiment ${experiment}: its model '${modelName}' is not known to this refusal`);
  const { model, spec } = found;
  if (!spec)
    throw new UserError(
      `--experiment ${experiment}: the model '${model.name}' has no stylised-facts targets`,
    );
  const targets = modelTargets(spec);
  const ids = targets.map((t) => t.id);
  const runs = await experimentRuns(store, experiment);
  const points = [...new Set(runs.map((r) => r.point))];
  if (o.point !== undefined && !points.includes(o.point))
    throw new UserError(
      `--point ${o.point}: the experiment ${experiment} has no runs at that design point; expected one of: ${points.join(", ") || "(none)"}`,
    );
  const cards: Scorecard[] = [];
  for (const point of o.point !== undefined ? [o.point] : points) {
    const mine = runs.filter((r) => r.point === point);
    const perRun = [];
    const notes = new Set<string>();
    if (String(modelVersion) !== model.version)
      notes.add(`stored with ${model.name} ${modelVersion}; this refusal has ${model.version}`);
    let leftOut = 0;
    for (const r of mine) {
      if (r.status !== "ok") {
        leftOut++;
        continue;
      }
      const byMetric = await runSeries(store, r.key);
      const first = byMetric.values().next().value;
      const steps =
        first && first.t.length > 1 ? Math.round((first.t[1] - first.t[0]) * model.stepsPerUnit) : 1;
      const cols: Record<string, Float64Array> = {};
      for (const [m, s] of byMetric) cols[m] = Float64Array.from(s.v);
      const inputs = buildFactInputs(spec, cols, {
        monthsPerSample: steps * spec.monthsPerStep,
        burnInMonths: spec.burnInMonths(r.params),
        storedOnly: true,
      });
      inputs.missing.firmSizes = "the stored runs hold no firm sizes (score a model run for them)";
      if (byMetric.size === 0) notes.add("the experiment stored no series");
      for (const n of inputs.notes) notes.add(n);
      perRun.push(measureFacts(inputs, ids));
    }
    if (leftOut > 0) notes.add(`${leftOut} run${leftOut === 1 ? "" : "s"} that did not end ok left out`);
    const params = mine[0]?.params ?? {};
    const words = paramWords(model, params);
    const burnIn = spec.burnInMonths(params);
    cards.push(
      buildScorecard(targets, perRun, {
        title: `experiment ${experiment}, point ${point}: ${model.name} ${modelVersion}${words.length ? ` ${words.join(" ")}` : ""}, ${seedsText(mine.map((r) => r.seed))} (the first ${burnIn / 12} years left out)`,
        model: model.name,
        modelVersion: String(modelVersion),
        targetsFile: targetsPath(spec),
        runsLeftOut: leftOut,
        seeds: mine.map((r) => r.seed),
        notes: [...notes],
      }),
    );
  }
  return cards;
}
