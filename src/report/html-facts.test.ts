import { describe, expect, it } from "vitest";
import { buildScorecard } from "../experiments/facts/scorecard.ts";
import type { Target } from "../experiments/facts/targets.ts";
import { renderReport } from "./html.ts";

const target = (id: string, range: [number, number] | null, fact: string, source: string): Target => ({
  id,
  fact,
  statistic: "s",
  filter: "none",
  frequency: "quarterly",
  range,
  point: null,
  source,
  where: "w",
  data: "d",
  note: "",
  range_rule: "r",
  verified: range ? "computed" : "none",
});

const card = buildScorecard(
  [
    target("a", [0, 1], "a <script>alert(1)</script> fact", "Evil & Co (2020), <b>bold</b>"),
    target("b", [2, 3], "b fact", "Axtell (2001), Zipf"),
    target("c", [0, 1], "c fact", "US Census Bureau, BDS"),
    target("d", null, "d fact", "Stock & Watson (1999), Handbook"),
  ],
  [0.5, 0.7].map((v) => ({
    a: { value: v },
    b: { value: v },
    c: { notMeasured: "the model records no <vacancies>" },
    d: { notMeasured: "no measure of this row is implemented" },
  })),
  {
    title: "refusal 1.0.0 <i>x</i>: 2 seeds",
    model: "refusal",
    modelVersion: "1.0.0",
    targetsFile: "src/models/refusal/stylised-facts.yaml",
    runsLeftOut: 0,
    seeds: [0, 1],
    notes: ["a note <with> markup"],
  },
);

describe("the stylised-facts section", () => {
  const html = renderReport([], { db: "x.duckdb" }, undefined, [card]);

  it("shows every row with its target, source, mean and interval, result, and the count", () => {
    expect(html).toContain("<h1>refusal: stylised facts</h1>");
    expect(html).toMatch(/<h2 id="[^"]+">Stylised facts<\/h2>/);
    expect(html).toContain("1 of 2 facts inside their ranges (1 not measured, 1 row without a target");
    expect(html).toContain('<span class="verdict holds">holds</span>');
    expect(html).toContain('<span class="verdict fails">does not hold</span>');
    expect(html).toContain("not measured</span>: the model records no &lt;vacancies&gt;</span>");
    expect(html).toContain("<td>no target</td>");
    expect(html).toContain("0.6 [-0.6706, 1.871]");
    expect(html).toContain("src/models/refusal/stylised-facts.yaml");
    expect(html).not.toContain("The database holds no experiment");
  });

  it("escapes everything taken from the targets file and the runs", () => {
    expect(html).not.toMatch(/<script|<b>|<i>|<with>/);
    expect(html).toContain("a &lt;script&gt;alert(1)&lt;/script&gt; fact");
    expect(html).toContain("refusal 1.0.0 &lt;i&gt;x&lt;/i&gt;: 2 seeds");
    expect(html).toContain('title="Evil &amp; Co (2020), &lt;b&gt;bold&lt;/b&gt;"');
  });

  it("is deterministic and absent when no scorecard is given", () => {
    expect(renderReport([], { db: "x.duckdb" }, undefined, [card])).toBe(html);
    expect(renderReport([], { db: "x.duckdb" })).not.toContain("Stylised facts");
  });
});
