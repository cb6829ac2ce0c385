import { registry } from "../../models/index.ts";
import { suggestion, UserError } from "../../scenario/errors.ts";
import { Store } from "../../store/index.ts";
import type { Experiment } from "../experiment-file.ts";
import { buildRunSpecs } from "../specs.ts";
import { type SweepOptions, sweep } from "../sweep.ts";
import { evaluateThesis, type ThesisResult } from "./evaluate.ts";
import { planThesis } from "./plan.ts";
import type { Thesis } from "./thesis-file.ts";

/** Seeds of the main ensemble (0..n-1) and of the robustness sample (offset, so they differ). */
export function thesisSeeds(t: Thesis): { main: number[]; robustness: number[] } {
  return {
    main: Array.from({ length: t.seeds }, (_, i) => i),
    robustness: Array.from({ length: t.robustness?.seeds ?? 0 }, (_, i) => 1000 + i),
  };
}

/** The experiment a thesis is stored as: `thesis-<id>`. */
export function thesisExperiment(t: Thesis): Experiment {
  return {
    source: t.source,
    name: `thesis-${t.id}`,
    description: t.claim,
    model: t.model,
    params: t.params,
    factors: [],
    design: { kind: "grid" },
    seeds: thesisSeeds(t).main,
    horizon: t.horizon,
    record: { series: "none", every: 1 },
    spec: { ...(t as unknown as Record<string, unknown>), source: undefined },
  };
}

/**
 * Run a thesis into the store (resumable like any sweep) and decide it from the stored runs.
 * Runs that did not end ok are left out of every effect and counted.
 */
export async function runThesis(
  t: Thesis,
  opts: Omit<SweepOptions, "onStart">,
): Promise<ThesisResult & { interrupted: boolean }> {
  const model = registry.get(t.model)!;
  const plan = planThesis(t);
  const seeds = thesisSeeds(t);
  const exp = thesisExperiment(t);
  const specs = [
    ...buildRunSpecs({ ...exp, seeds: seeds.main }, model, plan.main),
    ...buildRunSpecs({ ...exp, seeds: seeds.robustness }, model, plan.robustness),
  ];
  const swept = await sweep(exp, opts, specs);
  const store = await Store.open(opts.db, { readOnly: true });
  const values = new Map<string, number>();
  const names = new Set<string>();
  try {
    const wanted = [...new Set(t.test.metrics.map((m) => m.summary))];
    const r = await store.query(
      `SELECT e.point_index, e.seed, s.name, s.value FROM experiment_runs e JOIN runs r USING (run_key) JOIN summaries s USING (run_key)
       WHERE e.experiment = '${exp.name.replace(/'/g, "''")}' AND r.status = 'ok'`,
    );
    for (const [p, seed, name, value] of r.rows) {
      names.add(String(name));
      if (wanted.includes(String(name)))
        values.set(`${p}|${seed}|${name}`, value === null ? Number.NaN : Number(value));
    }
    if (r.rows.length > 0) {
      for (const m of wanted) {
        if (!names.has(m))
          throw new UserError(
            `${t.source}: test.metrics: the model '${t.model}' has no summary '${m}'${suggestion(m, names)}`,
          );
      }
    }
  } finally {
    await store.close();
  }
  const result = evaluateThesis(t, plan, seeds, (p, s, m) => values.get(`${p}|${s}|${m}`) ?? Number.NaN);
  return { ...result, interrupted: swept.interrupted };
}
