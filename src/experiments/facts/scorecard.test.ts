import { describe, expect, it } from "vitest";
import type { MeasureResult } from "../../analysis/stylised-facts.ts";
import { buildScorecard, countLine } from "./scorecard.ts";
import type { Target } from "./targets.ts";

const target = (id: string, range: [number, number] | null, over: Partial<Target> = {}): Target => ({
  id,
  fact: `fact ${id}`,
  statistic: "s",
  filter: "none",
  frequency: "quarterly",
  range,
  point: null,
  source: "Axtell (2001), Zipf",
  where: "w",
  data: "d",
  note: "",
  range_rule: "r",
  verified: range ? "computed" : "none",
  ...over,
});

const meta = {
  title: "t",
  model: "m",
  modelVersion: "1",
  targetsFile: "f.yaml",
  runsLeftOut: 0,
  seeds: [0, 1, 2],
  notes: [],
};

describe("buildScorecard()", () => {
  const targets = [
    target("a", [0, 1]),
    target("b", [0, 1]),
    target("a2", [0, 1], { same_fact_as: "a" }),
    target("c", [1, 2]),
    target("d", null),
    target("e", [0, 1]),
  ];
  const runs: Record<string, MeasureResult>[] = [0.2, 0.4, 1.0].map((v, i) => ({
    a: { value: v },
    b: { value: 1 + v },
    a2: { value: v },
    c: i === 0 ? { value: Number.NaN, note: "no turn" } : { value: 1.5 },
    d: { value: 7 },
    e: { notMeasured: "the model records no vacancies" },
  }));
  const s = buildScorecard(targets, runs, meta);
  const row = (id: string) => s.rows.find((r) => r.id === id)!;

  it("holds when the mean over runs is inside the range (bounds included), else does not", () => {
    expect(row("a").status).toBe("holds");
    expect(row("a").stats!.mean).toBeCloseTo(0.5333, 4);
    expect(row("a").stats!.ciLow).toBeLessThan(row("a").stats!.mean);
    expect(row("b").status).toBe("does not hold");
    expect(row("a").sourceShort).toBe("Axtell (2001)");
  });

  it("averages over the runs that define a fact and says how many do not", () => {
    expect(row("c").status).toBe("holds");
    expect(row("c").stats!.n).toBe(2);
    expect(row("c").reason).toBe("undefined in 1 of 3 runs (no turn)");
  });

  it("no target is shown with its value; not measured with the reason", () => {
    expect(row("d").status).toBe("no target");
    expect(row("d").stats!.mean).toBe(7);
    expect(row("e").status).toBe("not measured");
    expect(row("e").reason).toBe("the model records no vacancies");
  });

  it("counts independent facts only: a row repeating another is shown but not counted", () => {
    expect(s.counted).toEqual({ inside: 2, measured: 3, notMeasured: 1, noTarget: 1, repeats: 1 });
    expect(countLine(s)).toBe(
      "2 of 3 facts inside their ranges (1 not measured, 1 row without a target, 1 repeat of another row not counted)",
    );
    expect(s.runs).toBe(3);
  });
});
