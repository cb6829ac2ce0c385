import { describe, expect, it } from "vitest";
import { buildFactInputs, type ModelFacts } from "./fact-inputs.ts";

const spec: ModelFacts = {
  targets: new URL("file:///nowhere.yaml"),
  burnInMonths: (p) => Number(p.burnIn),
  monthsPerStep: 1,
  series: {
    gdp: { metrics: ["output"], text: "output", value: (c, i) => c.output[i] },
    labourShare: {
      metrics: ["wageShare", "output"],
      text: "wage share",
      value: (c, i) => c.wageShare[i],
      weight: (c, i) => c.output[i],
    },
    firms: { metrics: ["firms"], text: "firms", value: (c, i) => c.firms[i] },
    firmEntries: {
      metrics: ["firms", "exits"],
      text: "entries",
      value: (c, i) => c.firms[i] - c.firms[i - 1] + c.exits[i],
      monthly: true,
    },
  },
  absent: { vacancies: "vacancies" },
};

describe("buildFactInputs()", () => {
  // Sample 0 is the initial state, then months 1..12 of burn-in, then 7 months: two whole quarters.
  const months = 20;
  const output = Float64Array.from({ length: months }, (_, i) => i);
  const wageShare = Float64Array.from({ length: months }, (_, i) => (i % 2 ? 0.6 : 0.7));
  const firms = Float64Array.from({ length: months }, (_, i) => 10 + Math.floor(i / 5));
  const exits = Float64Array.from({ length: months }, (_, i) => (i === 14 ? 1 : 0));
  const cols = { output, wageShare, firms, exits };

  it("forms quarters from the months after the burn-in and drops an incomplete last quarter", () => {
    const inp = buildFactInputs(spec, cols, { monthsPerSample: 1, burnInMonths: 12 });
    expect([...inp.quarterly.gdp!]).toEqual([14, 17]); // months 13-15 and 16-18
    // Weighted by output: (13·0.6 + 14·0.7 + 15·0.6) / 42.
    expect(inp.quarterly.labourShare![0]).toBeCloseTo((13 * 0.6 + 14 * 0.7 + 15 * 0.6) / 42, 14);
    expect(inp.firmsBefore).toBe(12); // firms at month 12
    expect(inp.monthly.firms!.length).toBe(7);
  });

  it("derives monthly entries, and says why a series is missing", () => {
    const inp = buildFactInputs(spec, cols, { monthsPerSample: 1, burnInMonths: 12 });
    // Months 13..19: firms 12, 12, 13 (month 15), 13, 13, 13, 13; one exit at month 14.
    expect([...inp.monthly.firmEntries!]).toEqual([0, 1, 1, 0, 0, 0, 0]);
    expect(inp.missing.vacancies).toBe("the model records no vacancies");
    const stored = buildFactInputs(
      spec,
      { output, firms, exits },
      { monthsPerSample: 1, burnInMonths: 12, storedOnly: true },
    );
    expect(stored.missing.labourShare).toBe("the stored runs hold no wageShare series");
  });

  it("with samples every third month: one sample a quarter, a note, and no monthly counts", () => {
    const thin = Object.fromEntries(
      Object.entries(cols).map(([k, v]) => [k, v.filter((_, i) => i % 3 === 0)]),
    ) as typeof cols;
    const inp = buildFactInputs(spec, thin, { monthsPerSample: 3, burnInMonths: 12 });
    expect([...inp.quarterly.gdp!]).toEqual([15, 18]); // the samples at months 15 and 18
    expect(inp.notes[0]).toMatch(/every third month: each quarter is its last month's value/);
    expect(inp.missing.firmEntries).toMatch(
      /needs every month's values; the series are recorded every 3 months/,
    );
    expect(inp.missing.firms).toMatch(/every 3 months/);
  });
});
