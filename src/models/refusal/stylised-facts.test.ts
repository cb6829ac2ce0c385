import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { MEASURES } from "../../analysis/stylised-facts.ts";
import { loadTargets } from "../../experiments/facts/targets.ts";
import { refusalFacts } from "./facts.ts";
import { REFUSAL_METRICS } from "./metrics.ts";

const targets = loadTargets(fileURLToPath(refusalFacts.targets));

describe("the refusal model's stylised-facts targets (stylised-facts.yaml)", () => {
  it("parse as data: 51 rows, 42 with a range, 9 without", () => {
    expect(targets).toHaveLength(51);
    expect(targets.filter((t) => t.range !== null)).toHaveLength(42);
  });

  it("every row with a range has a source, where in it, the data and how the range was chosen", () => {
    for (const t of targets.filter((r) => r.range)) {
      expect(t.source.trim().length, t.id).toBeGreaterThan(10);
      expect(t.where.trim().length, t.id).toBeGreaterThan(0);
      expect(t.data.trim().length, t.id).toBeGreaterThan(0);
      expect(t.range_rule.trim().length, t.id).toBeGreaterThan(0);
      expect(t.verified, t.id).not.toBe("none");
    }
  });

  it("every row with a range has a measure, and what it needs is recorded or declared absent", () => {
    for (const t of targets.filter((r) => r.range)) {
      const m = MEASURES[t.id];
      expect(m, t.id).toBeDefined();
      for (const need of m.needs) {
        const offered =
          need in refusalFacts.series ||
          need in refusalFacts.absent ||
          (need === "firmSizes" && refusalFacts.firmSizesFromCells !== undefined);
        expect(offered, `${t.id} needs ${need}`).toBe(true);
      }
    }
  });

  it("each series recipe uses metrics the model records", () => {
    for (const r of Object.values(refusalFacts.series))
      for (const m of r!.metrics) expect(REFUSAL_METRICS as readonly string[]).toContain(m);
  });
});
