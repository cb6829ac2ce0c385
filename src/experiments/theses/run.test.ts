import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { registry } from "../../models/index.ts";
import { UserError } from "../../scenario/errors.ts";
import { setLimits } from "../../scenario/limits.ts";
import { planMain, planSample, planScreen } from "./plan.ts";
import { quickThesis } from "./quick.ts";
import { checkRobustnessPlan, runRobustness, runThesis, thesisSeeds } from "./run.ts";
import { lookupOf, synthetic } from "./testing/synthetic.ts";
import { loadThesis } from "./thesis-file.ts";

const tmp = mkdtempSync(join(tmpdir(), "refusal-thesis-"));
const db = join(tmp, "t.duckdb");
const models = lookupOf(synthetic);
const inline = { db, workers: 0, models };

function thesisFile(name: string, body: string): string {
  const f = join(tmp, `${name}.yaml`);
  writeFileSync(f, body);
  return f;
}

// Granovetter's crowd (N = 100, mean 25): participation rises with the spread of thresholds; the
// claim in the other direction must fail.
const granovetter = (id: string, claim: string, kind = "trend") =>
  `id: ${id}\ntitle: spread\nparagraph: "¶32"\nclaim: participation rises with the spread of thresholds\nmodel: threshold\nparams: {N: 100, mean: 25}\nhorizon: 300\nseeds: 6\nassumes: {none: "no rule of the threshold model speaks of the spread"}\n` +
  (kind === "trend"
    ? `test:\n  kind: trend\n  factor: sd\n  values: [8, 12, 16, 20]\n  metrics: [{summary: finalParticipation, claim: ${claim}, sesoi: 0.01, sesoiReason: "a point of participation per person of spread"}]\n`
    : `test:\n  kind: compare\n  treatment: {sd: 18}\n  controls: [{sd: 8}]\n  metrics: [{summary: finalParticipation, claim: ${claim}, sesoi: 0.05, sesoiReason: "five points of participation"}]\n`);

/** A thesis on the synthetic model: treatment 1 against 0, `effect` claimed to rise. */
const syntheticThesis = (
  id: string,
  extra: { params?: string; assumes?: string; metric?: string; more?: string } = {},
) =>
  `id: ${id}\ntitle: synthetic\nparagraph: "¶0"\nclaim: the treatment raises the effect\nmodel: synthetic\nparams: {${extra.params ?? ""}}\nseeds: 6\n` +
  `assumes: ${extra.assumes ?? '[{mechanism: R, reason: "the rule makes the treatment raise the effect"}]'}\n` +
  `test:\n  kind: compare\n  treatment: {treat: 1}\n  controls: [{treat: 0}]\n` +
  `  metrics: [${extra.metric ?? '{summary: effect, claim: increase, sesoi: 0.1, sesoiReason: "a tenth of the unit effect"}'}]\n` +
  (extra.more ?? "");

describe("runThesis", () => {
  it("runThesis() decides a true claim 'holds' and its opposite 'fails', from the runs", async () => {
    const up = await runThesis(loadThesis(thesisFile("up", granovetter("up", "increase")), registry), {
      db,
      workers: 0,
    });
    expect(up.verdict).toBe("holds");
    expect(up.effects[0].estimate).toBeGreaterThan(0.01);
    expect(up.effects[0].n).toBe(24);
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
      {
        db,
        workers: 0,
      },
    );
    expect(r.verdict).toBe("holds");
    expect(r.effects[0].label).toBe("finalParticipation: sd=18 − sd=8");
  });

  it("runThesis() calls an effect that comes only from a flagged rule 'holds by assumption'", async () => {
    const r = await runThesis(loadThesis(thesisFile("by-rule", syntheticThesis("by-rule")), models), inline);
    expect(r.full.verdict).toBe("holds");
    expect(r.withoutAssumptions?.verdict).not.toBe("holds");
    expect(r.verdict).toBe("holds-by-assumption");
    // the knock-out of the assumed rule carries the whole effect
    expect(r.knockouts.map((k) => k.mechanism.id)).toEqual(["R"]);
    expect(r.knockouts[0].carried[0]).toBeCloseTo(1, 1);
  });

  it("runThesis() calls an effect that survives without the flagged rule 'holds'", async () => {
    const r = await runThesis(
      loadThesis(thesisFile("survives", syntheticThesis("survives", { params: "otherGain: 1" })), models),
      inline,
    );
    expect(r.withoutAssumptions?.verdict).toBe("holds");
    expect(r.verdict).toBe("holds");
    expect(r.knockouts[0].carried[0]).toBeCloseTo(0.5, 1);
  });

  it("runThesis() leaves out missing outcomes and counts them, or counts them against the claim when the file says so", async () => {
    const metric = (missing: string) =>
      `{summary: outcome, claim: increase, sesoi: 0.1, sesoiReason: "a tenth of the unit effect"${missing}}`;
    const left = await runThesis(
      loadThesis(
        thesisFile(
          "left-out",
          syntheticThesis("left-out", { params: "missingShare: 0.5", metric: metric("") }),
        ),
        models,
      ),
      inline,
    );
    const e = left.effects[0];
    expect(e.nExcluded).toBeGreaterThan(0);
    expect(e.n + e.nExcluded).toBe(6);
    expect(e.nImputed).toBe(0);
    const counted = await runThesis(
      loadThesis(
        thesisFile(
          "counted",
          syntheticThesis("counted", {
            params: "missingShare: 0.5",
            metric: metric(', missing: {counts: fails, value: 0, reason: "no event is no effect"}'),
          }),
        ),
        models,
      ),
      inline,
    );
    const c = counted.effects[0];
    expect(c.n).toBe(6);
    expect(c.nImputed).toBeGreaterThan(0);
    expect(c.estimate).toBeLessThan(e.estimate);
  });

  it("runThesis() names the hash and text of the file that decided it; an edited file is a new experiment", async () => {
    const f = thesisFile("hashed", syntheticThesis("hashed"));
    const a = loadThesis(f, models);
    const r = await runThesis(a, inline);
    expect(r.fileHash).toMatch(/^[0-9a-f]{64}$/);
    expect(r.fileText).toContain("id: hashed");
    writeFileSync(f, `${syntheticThesis("hashed")}# edited\n`);
    const b = loadThesis(f, models);
    expect(b.fileHash).not.toBe(a.fileHash);
    const r2 = await runThesis(b, inline);
    expect(r2.effects[0].estimate).toBe(r.effects[0].estimate);
  });

  it("a quick variant is a smoke test: estimates, no verdict", async () => {
    const t = quickThesis(loadThesis(thesisFile("smoke", syntheticThesis("smoke")), models), {
      horizon: 1,
      seeds: 3,
      params: {},
    });
    const r = await runThesis(t, inline);
    expect(r.smokeTest).toBe(true);
    expect(r.verdict).toBe("not decided");
    expect(Number.isFinite(r.effects[0].estimate)).toBe(true);
    await expect(runRobustness(t, inline)).rejects.toThrow(UserError);
  });

  it("loadThesis() refuses an unknown parameter, an unknown mechanism, and a file with no assumptions declared", async () => {
    const bad = thesisFile("bad", granovetter("bad", "increase").replace("factor: sd", "factor: sdd"));
    expect(() => loadThesis(bad, registry)).toThrow(
      /the model 'threshold' has no parameter 'sdd' \(did you mean 'sd'\?\)/,
    );
    const noMech = thesisFile(
      "nomech",
      syntheticThesis("nomech", { assumes: '[{mechanism: Q, reason: "a rule that is not there"}]' }),
    );
    expect(() => loadThesis(noMech, models)).toThrow(/has no mechanism 'Q'/);
    const noAssumes = thesisFile("noassume", syntheticThesis("noassume").replace(/^assumes:.*\n/m, ""));
    expect(() => loadThesis(noAssumes, models)).toThrow(/assumes/);
    const noSummary = thesisFile(
      "nosum",
      granovetter("nosum", "increase").replace("finalParticipation", "finalParticipaton"),
    );
    await expect(runThesis(loadThesis(noSummary, registry), { db, workers: 0 })).rejects.toThrow(UserError);
  });
});

const fmt = (n: number) => n.toLocaleString("en-US");

describe("planned runs of a thesis, checked before any run (issue 11)", () => {
  it("loadThesis() counts the main ensemble as planMain plans it, and refuses one over --max-runs", () => {
    // Two assumptions: the full model, each one knocked out, and both off at once.
    const body = syntheticThesis("count", {
      assumes:
        '[{mechanism: R, reason: "the rule makes the treatment raise the effect"}, {set: {otherGain: 0}, reason: "nothing else raises it"}]',
    });
    const t = loadThesis(thesisFile("count", body), models);
    const runs = planMain(t).length * thesisSeeds(t).main.length;
    expect(runs).toBe(2 * 4 * 6);
    const before = setLimits({ maxRuns: runs });
    try {
      expect(() => loadThesis(thesisFile("count", body), models)).not.toThrow();
      setLimits({ maxRuns: runs - 1 });
      expect(() => loadThesis(thesisFile("count", body), models)).toThrow(
        /count\.yaml:\d+:\d+: seeds: 48 runs planned, more than the limit of 47 \(raise it with --max-runs N\)$/,
      );
    } finally {
      setLimits(before);
    }
  });

  it("checkRobustnessPlan() counts the screening and the sample as they are planned, and refuses them over --max-runs", () => {
    const t = loadThesis(
      thesisFile("robcount", syntheticThesis("robcount", { more: "robustness: {samples: 64, seeds: 4}\n" })),
      models,
    );
    const model = models.get("synthetic")!;
    const seeds = thesisSeeds(t);
    const runs =
      planScreen(t, model).points.length * seeds.screen.length +
      planSample(t, model, ["x"]).length * seeds.sample.length;
    const before = setLimits({ maxRuns: runs });
    try {
      expect(() => checkRobustnessPlan(t, models)).not.toThrow();
      setLimits({ maxRuns: runs - 1 });
      expect(() => checkRobustnessPlan(t, models)).toThrow(
        new RegExp(
          `robcount\\.yaml: robustness: ${fmt(runs)} runs planned, more than the limit of ${fmt(runs - 1)} `,
        ),
      );
    } finally {
      setLimits(before);
    }
  });
});

describe("runRobustness", () => {
  it("runRobustness() finds the parameter that decides the verdict, and a share of exactly half where the effect holds on half its range", async () => {
    const t = loadThesis(
      thesisFile(
        "half",
        syntheticThesis("half", {
          params: "ruleOn: false, halfGain: 1",
          assumes: '{none: "the sign of the effect is the test"}',
          more: "robustness: {trajectories: 6, top: 1, samples: 64, seeds: 4}\n",
        }),
      ),
      models,
    );
    const { result } = await runRobustness(t, inline);
    expect(result).toBeDefined();
    const r = result!;
    expect(r.screen.ranking[0].name).toBe("x");
    expect(r.screen.top).toEqual(["x"]);
    expect(r.holds.n).toBe(64);
    expect(r.holds.share).toBe(0.5);
    expect(r.holds.low).toBeLessThan(0.5);
    expect(r.holds.high).toBeGreaterThan(0.5);
    expect(r.tree.split?.factor).toBe("x");
    expect(Math.abs(r.tree.split!.threshold - 0.5)).toBeLessThan(1 / 64);
    expect(r.treeWords.join("; ")).toMatch(/x ≥ 0.5\d*: holds at 32 of 32 points/);
    // the other half does not merely fail to hold: it fails
    expect(r.points.filter((p) => p.values.x < 0.5).every((p) => p.verdict === "fails")).toBe(true);
  });
});
