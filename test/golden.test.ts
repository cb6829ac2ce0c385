import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { canonicalScenarios, goldenRecord } from "./golden.ts";

// Each canonical scenario must keep giving the summary and the series digest recorded in its
// golden file (regenerate with scripts/update-golden.ts only for a deliberate, versioned change).
describe("canonical scenarios", () => {
  const all = canonicalScenarios();

  it("every model has at least one canonical scenario with a golden file", () => {
    expect(all.length).toBeGreaterThan(0);
    for (const s of all) expect(existsSync(s.golden), `${s.golden} missing`).toBe(true);
  });

  for (const s of all) {
    it(`${s.file} reproduces its golden summary and hash, with every invariant checked`, () => {
      const golden = JSON.parse(readFileSync(s.golden, "utf8"));
      const now = goldenRecord(s.file);
      expect(now.status).toBe(golden.status);
      expect(now.modelVersion).toBe(golden.modelVersion);
      for (const [k, v] of Object.entries(golden.summary as Record<string, number>)) {
        const got = (now.summary as Record<string, number>)[k];
        if (typeof v === "number" && Number.isFinite(v)) expect(got, k).toBeCloseTo(v, 9);
        else if (v === null)
          expect(got === null || !Number.isFinite(got), k).toBe(true); // NaN/Infinity are stored as null
        else expect(got, k).toEqual(v);
      }
      expect(now.hash).toBe(golden.hash);
    });
  }
});
