/**
 * The flagship: every strategy under every regime (experiments/compare.yaml), the theses
 * (experiments/theses/T*.yaml), a terminal table and one HTML report with the verdicts. Sits at the
 * API layer because it joins experiments, the store and the report.
 */
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Experiment, loadExperiment } from "./experiments/experiment-file.ts";
import { type RunPlan, streamPlan } from "./experiments/plan.ts";
import type { ThesisResult } from "./experiments/theses/evaluate.ts";
import { quickThesis } from "./experiments/theses/quick.ts";
import {
  checkRobustnessPlan,
  runRobustness,
  runThesis,
  type ThesisRunOptions,
} from "./experiments/theses/run.ts";
import { loadThesis, type Thesis } from "./experiments/theses/thesis-file.ts";
import { SOFTWARE_VERSION } from "./experiments/version.ts";
import { registry } from "./models/index.ts";
import { writeReport } from "./report/write.ts";
import { summaryMeansBy } from "./store/summaries.ts";

/** The files of the flagship, found beside the package whatever the working directory. */
export const COMPARE_FILE = fileURLToPath(new URL("../experiments/compare.yaml", import.meta.url));
export const THESES_DIR = fileURLToPath(new URL("../experiments/theses/", import.meta.url));

/** The decision rule every thesis is judged by (applied in experiments/theses/verdict.ts). */
export const THESIS_RULE =
  "Each effect has a smallest effect size of interest (sesoi) declared with its reason. An effect holds when its 95% interval excludes zero on the claimed side and its estimate reaches the sesoi; it is negligible when the interval lies within ± sesoi (two one-sided tests); it fails when the interval excludes zero on the other side; otherwise it is inconclusive. The one-sided tests are Holm-corrected across the effects of a thesis. A thesis that claims no effect (equivalence) holds when it is negligible. A thesis holds when every effect holds, fails when any fails, is negligible when any is. It holds by assumption when it holds only while the mechanisms whose rule restates the claim (its declared assumptions) are on. Comparisons are paired seed by seed; runs that did not end ok are left out and counted; a missing outcome is left out, or counted against the claim where the thesis file says so.";

/** `--quick`: a small population, a short horizon and few seeds (a smoke test, weak evidence). */
export const QUICK = {
  horizon: 15,
  seeds: 2,
  thesisSeeds: 3,
  params: { workers: 1000, firms: 10, burnInYears: 5 },
};

/** The compare experiment, or its quick variant (stored as `compare-quick`). */
export function compareExperiment(quick: boolean, file = COMPARE_FILE): Experiment {
  const exp = loadExperiment(file, registry);
  if (!quick) return exp;
  const model = registry.get(exp.model)!;
  return {
    ...exp,
    name: `${exp.name}-quick`,
    params: model.params.parse({ ...exp.params, ...QUICK.params }) as Record<string, unknown>,
    horizon: Math.min(exp.horizon, QUICK.horizon),
    seeds: exp.seeds.slice(0, QUICK.seeds),
    spec: {
      ...exp.spec,
      name: `${exp.name}-quick`,
      params: { ...(exp.spec.params as object), ...QUICK.params },
      horizon: Math.min(exp.horizon, QUICK.horizon),
      seeds: QUICK.seeds,
    },
  };
}

/** The thesis files of a directory (T1.yaml, T2.yaml, ... in numeric order), quick variants when asked. */
export function loadTheses(quick: boolean, dir = THESES_DIR, only?: readonly string[]): Thesis[] {
  const files = readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
  let theses = files.map((f) => loadThesis(`${dir.replace(/\/$/, "")}/${f}`, registry));
  if (only?.length) theses = theses.filter((t) => only.includes(t.id));
  return quick
    ? theses.map((t) =>
        quickThesis(t, { horizon: QUICK.horizon, seeds: QUICK.thesisSeeds, params: QUICK.params }),
      )
    : theses;
}

/** The streamed plan of the compare experiment, with its design (any backend runs it). */
export function planCompare(exp: Experiment): RunPlan {
  return streamPlan(exp);
}

/**
 * Robustness with the theses: `run` runs the global analysis (long: a command, not part of
 * `npm start`); `stored` shows it where it is stored complete for the same thesis file; `none`.
 */
export type RobustnessMode = "run" | "stored" | "none";

/** Run theses one after another into the store; each result is handed over as it is decided. */
export async function runTheses(
  theses: readonly Thesis[],
  opts: ThesisRunOptions,
  onResult?: (r: ThesisResult & { interrupted: boolean }) => void,
  robustness: RobustnessMode = "stored",
): Promise<(ThesisResult & { interrupted: boolean })[]> {
  // Every robustness analysis to run is checked against the limits before any run.
  if (robustness === "run") for (const t of theses) checkRobustnessPlan(t, opts.models);
  const out: (ThesisResult & { interrupted: boolean })[] = [];
  for (const t of theses) {
    if (opts.signal?.aborted) break;
    const r = await runThesis(t, opts);
    if (!r.interrupted && !t.smokeTest && robustness !== "none") {
      const rob = await runRobustness(t, { ...opts, storedOnly: robustness === "stored" });
      r.robustness = rob.result;
      if (robustness === "run") r.interrupted = rob.interrupted;
    }
    out.push(r);
    onResult?.(r);
  }
  return out;
}

/** The columns of the compare table: summary name and heading. */
export const COMPARE_COLUMNS: readonly [summary: string, heading: string][] = [
  ["outputGrowth", "growth/yr"],
  ["wageShare", "wage share"],
  ["unemploymentRate", "unemployment"],
  ["crises", "crises"],
  ["strikeMonthsPerYear", "strike-months/yr"],
  ["organisationDensity", "organisation"],
  ["productivityGrowth", "productivity/yr"],
  ["dominationIndex", "domination"],
];

export interface CompareRow {
  strategy: string;
  regime: string;
  runs: number;
  means: Record<string, number>;
}

/** Mean of each compare column per strategy x regime, over the runs that ended ok. */
export async function compareTable(db: string, experiment: string): Promise<CompareRow[]> {
  const means = await summaryMeansBy(
    db,
    experiment,
    ["strategy", "regime"],
    COMPARE_COLUMNS.map(([s]) => s),
  );
  const rows = new Map<string, CompareRow>();
  for (const { group, summary, mean, runs } of means) {
    const [strategy, regime] = group.map(String);
    const key = `${strategy}|${regime}`;
    let row = rows.get(key);
    if (!row) {
      row = { strategy, regime, runs, means: {} };
      rows.set(key, row);
    }
    row.means[summary] = mean;
  }
  return [...rows.values()];
}

/** The flagship report: the theses' verdicts, then the compare experiment. */
export function writeFlagshipReport(
  db: string,
  out: string,
  experiment: string,
  theses: readonly ThesisResult[],
) {
  return writeReport({
    db,
    out,
    experiment,
    generator: SOFTWARE_VERSION,
    theses: { results: theses, rule: THESIS_RULE },
  });
}
