import { describe, expect, it } from "vitest";
import { modelFacts } from "../../models/facts.ts";
import { refusal } from "../../models/refusal/index.ts";
import { scoreModel } from "./index.ts";

// The refusal model's scorecard at a moderate size, as issue 13 asks of a test: 4,000 workers and
// 40 firms (the theses' size), strategy none under laissez-faire, 4 seeds x 80 years with the
// default 20-year burn-in. refusal 4.0.0 measured 19 facts inside their ranges here, among them the
// ones named below (18 of 38 at the default size, README §3.15). The test guards what holds, with
// two facts of slack; the named facts that do not hold are listed in README §3.15.
describe("refusal's stylised-facts scorecard at a moderate size", () => {
  const params = refusal.params.parse({ workers: 4000, firms: 40 }) as Record<string, unknown>;
  const card = scoreModel({
    model: refusal,
    spec: modelFacts.refusal,
    params,
    seeds: [0, 1, 2, 3],
    horizon: 80,
  });
  const holds = (id: string) => card.rows.find((r) => r.id === id)?.status === "holds";

  it("scoreModel() finds at least 17 facts inside their ranges, every run scored", () => {
    expect(card.runsLeftOut).toBe(0);
    expect(card.counted.inside).toBeGreaterThanOrEqual(17);
  });

  it("growth is as persistent, as skewed and as fat-tailed as in the data, the labour share is countercyclical, the Goodwin cycle turns counter-clockwise and irregularly, recessions last as long and entrants fail as often", () => {
    for (const id of [
      "gdp_growth_ac1",
      "gdp_growth_skewness",
      "gdp_growth_excess_kurtosis",
      "corr_labour_share",
      "goodwin_ccw_share",
      "goodwin_cycle_length_cv",
      "recession_duration",
      "entrant_failure_2y",
    ])
      expect(holds(id), id).toBe(true);
  });
});
