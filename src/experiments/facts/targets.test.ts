import { describe, expect, it } from "vitest";
import { UserError } from "../../scenario/errors.ts";
import { parseTargets, shortSource } from "./targets.ts";

const row = (over: Record<string, string> = {}) => {
  const fields: Record<string, string> = {
    id: '"gdp_growth_ac1"',
    fact: '"growth is persistent"',
    statistic: '"AR(1) coefficient"',
    filter: '"none"',
    frequency: '"quarterly"',
    range: "[0.1, 0.41]",
    point: "0.29",
    source: '"McCracken & Ng (2020), FRED-QD"',
    where: '"GDPC1"',
    data: '"US"',
    note: '""',
    range_rule: '"bootstrap"',
    verified: "computed",
    ...over,
  };
  return `- ${Object.entries(fields)
    .map(([k, v]) => `${k}: ${v}`)
    .join("\n  ")}\n`;
};

/** The one-line message of the UserError that `f` throws. */
function message(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    const m = (e as Error).message;
    expect(m.split("\n")).toHaveLength(1);
    return m;
  }
  throw new Error("expected a UserError");
}

describe("parseTargets()", () => {
  it("reads a row, with .inf for a one-sided range and null for no target", () => {
    const rows = parseTargets(
      row() +
        row({ id: '"firm_growth"', range: "[0.0, .inf]" }) +
        row({ id: '"x"', range: "null", verified: "none" }),
      "t.yaml",
    );
    expect(rows.map((r) => r.range)).toEqual([[0.1, 0.41], [0, Number.POSITIVE_INFINITY], null]);
  });

  it("names file:line:col, the field and what was expected for a bad field, an unknown key, a bad enum", () => {
    expect(message(() => parseTargets(row({ range: '"wide"' }), "t.yaml"))).toMatch(
      /^t\.yaml:6:10: \[0\]\.range: expected tuple, got string "wide"$/,
    );
    expect(message(() => parseTargets(row({ sorce: '"x"' }), "t.yaml"))).toMatch(
      /^t\.yaml:\d+:\d+: \[0\]\.sorce: unknown key 'sorce' \(did you mean 'source'\?\)/,
    );
    expect(message(() => parseTargets(row({ verified: "maybe" }), "t.yaml"))).toMatch(
      /\[0\]\.verified: expected "primary" \| "computed" \| "secondary" \| "none", got string "maybe"/,
    );
  });

  it("refuses lo > hi, a duplicate id, a range marked verified: none, and same_fact_as naming no row", () => {
    expect(message(() => parseTargets(row({ range: "[2, 1]" }), "t.yaml"))).toMatch(
      /^t\.yaml:6:10: \[0\]\.range: expected \[lo, hi\] with lo <= hi, got \[2, 1\]$/,
    );
    expect(message(() => parseTargets(row() + row(), "t.yaml"))).toMatch(
      /\[1\]\.id: expected a unique id, got 'gdp_growth_ac1' again \(first at \[0\]\)/,
    );
    expect(message(() => parseTargets(row({ verified: "none" }), "t.yaml"))).toMatch(
      /\[0\]\.verified: expected primary, computed or secondary for a row with a range/,
    );
    expect(message(() => parseTargets(row({ same_fact_as: '"okun"' }), "t.yaml"))).toMatch(
      /\[0\]\.same_fact_as: expected the id of another row, got 'okun'/,
    );
  });

  it("is data: a YAML tag is refused, nothing is evaluated", () => {
    expect(message(() => parseTargets(`- !!js/function "() => 1"\n`, "t.yaml"))).toMatch(/^t\.yaml:1:\d+: /);
  });
});

describe("shortSource()", () => {
  it("keeps authors and year, shortens three or more authors, else the text before the first comma", () => {
    expect(shortSource("McCracken & Ng (2020), FRED-QD: A Quarterly Database")).toBe("McCracken & Ng (2020)");
    expect(shortSource("Dosi, Fagiolo & Roventini (2010), Schumpeter meeting Keynes")).toBe(
      "Dosi et al. (2010)",
    );
    expect(shortSource("Axtell (2001), Zipf distribution of U.S. firm sizes")).toBe("Axtell (2001)");
    expect(shortSource("US Census Bureau, Business Dynamics Statistics (BDS), 2018 release")).toBe(
      "US Census Bureau",
    );
  });
});
