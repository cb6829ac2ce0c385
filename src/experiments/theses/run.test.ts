import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { registry } from "../../models/index.ts";
import { UserError } from "../../scenario/errors.ts";
import { runThesis } from "./run.ts";
import { loadThesis } from "./thesis-file.ts";

const tmp = mkdtempSync(join(tmpdir(), "refusal-thesis-"));
const db = join(tmp, "t.duckdb");

function thesisFile(name: string, body: string): string {
  const f = join(tmp, `${name}.yaml`);
  writeFileSync(f, body);
  return f;
}

// Granovetter's crowd (N = 100, mean 25) as a test bed for the thesis machinery: participation
// rises with the spread of thresholds; the claim in the other direction must fail.
const granovetter = (id: string, direction: string, kind = "trend") =>
  `id: ${id}\ntitle: spread\nparagraph: "¶32"\nclaim: participation rises with the spread of thresholds\nmodel: threshold\nparams: {N: 100, mean: 25}\nhorizon: 300\nseeds: 6\n` +
  (kind === "trend"
    ? `test:\n  kind: trend\n  factor: sd\n  values: [8, 12, 16, 20]\n  metrics: [{summary: finalParticipation, direction: ${direction}}]\n`
    : `test:\n  kind: compare\n  treatment: {sd: 18}\n  controls: [{sd: 8}]\n  metrics: [{summary: finalParticipation, direction: ${direction}}]\n`) +
  `robustness:\n  samples: 4\n  seeds: 2\n  factors: {mean: {min: 20, max: 30}}\n`;

describe("runThesis", () => {
  it("runThesis() decides a true claim 'holds' and its opposite 'fails', from the runs", async () => {
    const up = await runThesis(loadThesis(thesisFile("up", granovetter("up", "increase")), registry), {
      db,
      workers: 0,
    });
    expect(up.verdict).toBe("holds");
    expect(up.effects[0].estimate).toBeGreaterThan(0);
    expect(up.effects[0].n).toBe(24);
    expect(up.robustness?.samples).toBe(4);
    expect(up.robustness?.shareSameSign).toBeGreaterThan(0.5);
    const down = await runThesis(loadThesis(thesisFile("down", granovetter("down", "decrease")), registry), {
      db,
      workers: 0,
    });
    expect(down.verdict).toBe("fails");
    // Same runs (same keys): the second thesis reused the stored runs of the first.
    expect(down.effects[0].estimate).toBe(up.effects[0].estimate);
  });

  it("runThesis() compares paired arms seed by seed", async () => {
    const r = await runThesis(
      loadThesis(thesisFile("cmp", granovetter("cmp", "increase", "compare")), registry),
      { db, workers: 0 },
    );
    expect(r.verdict).toBe("holds");
    expect(r.effects[0].label).toBe("finalParticipation: sd=18 − sd=8");
  });

  it("loadThesis() refuses an arm with an unknown parameter, and runThesis() an unknown summary", async () => {
    const bad = thesisFile("bad", granovetter("bad", "increase").replace("factor: sd", "factor: sdd"));
    expect(() => loadThesis(bad, registry)).toThrow(
      /the model 'threshold' has no parameter 'sdd' \(did you mean 'sd'\?\)/,
    );
    const noSummary = thesisFile(
      "nosum",
      granovetter("nosum", "increase").replace("finalParticipation", "finalParticipaton"),
    );
    await expect(runThesis(loadThesis(noSummary, registry), { db, workers: 0 })).rejects.toThrow(UserError);
  });
});
