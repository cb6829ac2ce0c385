import {
  describeParams,
  getModel,
  listModels,
  looksLikeFile,
  run,
  scenarioFor,
  scenarioSchema,
  validateScenarioFile,
} from "../api-node.ts";
import { checkOutputs } from "../io/output-path.ts";
import { UserError } from "../scenario/errors.ts";
import { fmt, formatRun, table } from "./format.ts";
import { runProgress } from "./progress.ts";
import { openSeriesWriter, type SeriesWriter } from "./series-writer.ts";

const out = (s: string) => process.stdout.write(s.endsWith("\n") ? s : `${s}\n`);

export function modelsCommand(o: { json?: boolean }): void {
  const models = listModels();
  if (o.json) {
    out(
      JSON.stringify(
        models.map((m) => ({
          name: m.name,
          version: m.version,
          description: m.description,
          timeUnit: m.timeUnit,
          stochastic: m.stochastic,
          metrics: m.metrics,
          params: describeParams(m),
        })),
      ),
    );
    return;
  }
  const blocks = models.map((m) => {
    const params = describeParams(m).map((p) => {
      const range = p.options
        ? `one of ${p.options.join("|")}`
        : [p.minimum !== undefined ? `>= ${p.minimum}` : "", p.maximum !== undefined ? `<= ${p.maximum}` : ""]
            .filter(Boolean)
            .join(", ");
      return [p.name, `= ${JSON.stringify(p.default)}`, p.description + (range ? ` [${range}]` : "")];
    });
    return `${m.name} (v${m.version}, time in ${m.timeUnit}s${m.stochastic ? ", stochastic" : ""}): ${m.description}\n  metrics: ${m.metrics.join(", ")}\n${table(params, "    ")}`;
  });
  out(blocks.join("\n\n"));
}

export interface RunFlags {
  set: string[];
  seed?: string;
  horizon?: string;
  out?: string;
  json?: boolean;
  check?: boolean;
}

export function runCommand(target: string, o: RunFlags): void {
  const sc = scenarioFor(target, { set: o.set, seed: o.seed, horizon: o.horizon });
  const model = getModel(sc.model);
  let writer: SeriesWriter | undefined;
  if (o.out)
    checkOutputs(
      [{ path: o.out, flag: "--out" }],
      looksLikeFile(target) ? [{ path: target, what: "the scenario file" }] : [],
    );
  if (o.out)
    writer = openSeriesWriter(o.out, model.metrics, {
      model: model.name,
      modelVersion: model.version,
      params: sc.params,
      seed: sc.seed,
      horizon: sc.horizon,
    });
  const progress = runProgress(`${model.name} (${fmt(sc.horizon)} ${model.timeUnit}s)`);
  let result: ReturnType<typeof run>;
  try {
    result = run(sc, {
      check: o.check,
      onRow: writer ? (t, r) => writer.row(t, r) : undefined,
      onProgress: (d, n) => progress.update(d, n),
    });
  } catch (e) {
    writer?.abort();
    throw e;
  } finally {
    progress.end();
  }
  const rows = writer?.close();
  if (o.json) {
    // The documented --json object: RunResult as it is (`failure` only when the run failed).
    out(JSON.stringify(result));
  } else {
    const note = o.out
      ? `${rows} rows written to ${o.out}`
      : `${result.steps + 1} rows (write them with --out FILE.csv)`;
    out(formatRun(result, model.timeUnit, model.metrics, note));
  }
  // A diverged run is a result of the model (exit 0); a broken invariant or an exception is a fault (exit 1).
  if (result.status === "invariant-failed" || result.status === "error") process.exitCode = 1;
}

export function validateCommand(file: string): void {
  const sc = validateScenarioFile(file);
  const m = getModel(sc.model);
  out(
    `${file}: ok (model ${m.name} v${m.version}, seed ${sc.seed}, horizon ${fmt(sc.horizon)} ${m.timeUnit}s)`,
  );
}

export function schemaCommand(name: string): void {
  out(JSON.stringify(scenarioSchema(name), null, 2));
}

export { UserError };
