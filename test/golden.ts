import { readdirSync } from "node:fs";
import { join } from "node:path";
import { listModels, run, validateScenarioFile } from "../src/api-node.ts";

/** Every canonical scenario: src/models/<model>/scenarios/*.yaml. */
export function canonicalScenarios(): { model: string; file: string; golden: string }[] {
  const out: { model: string; file: string; golden: string }[] = [];
  for (const m of listModels()) {
    const dir = join("src/models", m.name, "scenarios");
    let files: string[] = [];
    try {
      files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
    } catch {}
    for (const f of files.sort())
      out.push({
        model: m.name,
        file: join(dir, f),
        golden: join(dir, f.replace(/\.ya?ml$/, ".golden.json")),
      });
  }
  return out;
}

/** The record kept in a golden file: what the scenario's run must keep producing. */
export function goldenRecord(file: string): Record<string, unknown> {
  const sc = validateScenarioFile(file);
  const r = run(sc, { check: true });
  return {
    model: r.model,
    modelVersion: r.modelVersion,
    seed: r.seed,
    horizon: r.horizon,
    status: r.status,
    steps: r.steps,
    final: r.final,
    summary: r.summary,
    hash: r.hash,
  };
}
