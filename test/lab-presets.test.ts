import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { listModels, scenarioFromText } from "../src/api.ts";
import { REGIMES, refusal, STRATEGIES } from "../src/models/refusal/index.ts";
import { canonicalPresets, presetsFor } from "../web/src/canonical.ts";
import { ESSAY_PARAGRAPHS } from "../web/src/essay-parse.ts";
import { MECHANISMS, MECHANISMS_OF } from "../web/src/mechanisms.ts";
import {
  REGIMES as LAB_REGIMES,
  STRATEGIES as LAB_STRATEGIES,
  MAIN_METRICS,
  MAIN_PARAMS,
  refusalPresets,
} from "../web/src/presets.ts";

/** The essay's numbering, ¶1–¶40 (the project cites it by number and keeps no copy of its text). */
const isParagraph = (n: number) => Number.isInteger(n) && n >= 1 && n <= ESSAY_PARAGRAPHS;

describe("the lab's presets and texts", () => {
  it("the essay is numbered ¶1 to ¶40", () => {
    expect(ESSAY_PARAGRAPHS).toBe(40);
  });

  it("refusalPresets() gives one preset per strategy and regime of the model, each valid", () => {
    expect([...LAB_STRATEGIES]).toEqual([...STRATEGIES]);
    expect([...LAB_REGIMES]).toEqual([...REGIMES]);
    const presets = refusalPresets();
    expect(presets).toHaveLength(STRATEGIES.length * REGIMES.length);
    expect(new Set(presets.map((p) => p.id)).size).toBe(presets.length);
    const pairs = presets.map((p) => `${p.params.strategy}|${p.params.regime}`);
    for (const s of STRATEGIES) for (const r of REGIMES) expect(pairs).toContain(`${s}|${r}`);
    for (const p of presets) expect(refusal.params.safeParse(p.params).success).toBe(true);
  });

  it("each refusal preset says what it means in one sentence, citing paragraphs of the essay", () => {
    for (const p of refusalPresets()) {
      expect(p.sentence, p.id).toMatch(/^[A-Z].*[.]$/);
      expect(p.sentence!.match(/[.!?](\s|$)/g), p.id).toHaveLength(1); // one sentence
      expect(p.paragraphs!.length, p.id).toBeGreaterThan(0);
      for (const n of p.paragraphs!) expect(isParagraph(n), `${p.id} ¶${n}`).toBe(true);
    }
  });

  it("MECHANISMS lists M1 to M13, each citing paragraphs in ¶1–¶40", () => {
    expect(MECHANISMS.map((m) => m.id)).toEqual(Array.from({ length: 13 }, (_, i) => `M${i + 1}`));
    for (const m of MECHANISMS)
      for (const n of m.paragraphs) expect(isParagraph(n), `${m.id} ¶${n}`).toBe(true);
    const ids = new Set(MECHANISMS.map((m) => m.id));
    for (const key of [...STRATEGIES, ...REGIMES]) {
      expect(MECHANISMS_OF[key], key).toBeDefined();
      for (const id of MECHANISMS_OF[key]) expect(ids.has(id)).toBe(true);
    }
  });

  it("the main parameters and metrics named for a model exist in it", () => {
    const models = new Map([...listModels(), refusal].map((m) => [m.name, m]));
    for (const [name, list] of Object.entries(MAIN_PARAMS)) {
      const keys = Object.keys(models.get(name)!.params.parse({}) as object);
      for (const p of list) expect(keys, `${name}.${p}`).toContain(p);
    }
    for (const [name, list] of Object.entries(MAIN_METRICS))
      for (const m of list) expect(models.get(name)!.metrics, `${name}.${m}`).toContain(m);
  });

  it("canonicalPresets() mirrors each scenario file of a model: same params, seed and horizon", () => {
    const presets = canonicalPresets("wright");
    expect(presets.map((p) => p.id)).toEqual(["long-run", "paper"]);
    const file = "src/models/wright/scenarios/paper.yaml";
    const sc = scenarioFromText(readFileSync(file, "utf8"), file);
    const paper = presets.find((p) => p.id === "paper")!;
    expect(paper).toMatchObject({ source: file, params: sc.params, seed: sc.seed, horizon: sc.horizon });
  });

  it("presetsFor() puts strategy x regime first for refusal and has at least one preset for every model", () => {
    for (const m of listModels()) expect(presetsFor(m.name).length).toBeGreaterThan(0);
    if (listModels().some((m) => m.name === "refusal"))
      expect(
        presetsFor("refusal")
          .slice(0, 15)
          .map((p) => p.id),
      ).toEqual(refusalPresets().map((p) => p.id));
  });
});
