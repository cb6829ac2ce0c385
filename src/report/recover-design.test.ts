import { describe, expect, it } from "vitest";
import { type DesignSpec, expandDesign, type Factor } from "../experiments/designs/index.ts";
import { recoverDesign } from "./recover-design.ts";

/** The parameters the runs of a design store: its factor values plus a base parameter. */
function storedParams(factors: Factor[], spec: DesignSpec, keep = (_i: number) => true) {
  const params = new Map<number, Record<string, unknown>>();
  for (const p of expandDesign(factors, spec).points)
    if (keep(p.index)) params.set(p.index, { base: 1, ...p.values });
  return params;
}

const byName = (fs: Factor[]) => [...fs].sort((a, b) => a.name.localeCompare(b.name));
const names = (fs: Factor[]) => fs.map((f) => f.name);

describe("recoverDesign", () => {
  const fileOrder: Factor[] = [
    { name: "r", min: 0.02, max: 0.04 },
    { name: "k2", min: 15, max: 25 },
    { name: "nu", values: [2.5, 3, 3.5] },
  ];

  it("recoverDesign() finds a grid's file order from sorted factors (slowest-varying first)", () => {
    const spec: DesignSpec = { kind: "grid", levels: 3 };
    const r = recoverDesign(byName(fileOrder), spec, storedParams(fileOrder, spec));
    expect(names(r.factors)).toEqual(["r", "k2", "nu"]);
    expect(r.design?.points).toEqual(expandDesign(fileOrder, spec).points);
  });

  it("recoverDesign() finds a Sobol' design's file order and gives the roles of the sweep", () => {
    const spec: DesignSpec = { kind: "sobol", samples: 8, seed: 1 };
    const r = recoverDesign(byName(fileOrder), spec, storedParams(fileOrder, spec));
    expect(names(r.factors)).toEqual(["r", "k2", "nu"]);
    const expected = expandDesign(fileOrder, spec).points;
    expect(r.design?.points.map((p) => p.role)).toEqual(expected.map((p) => p.role));
    // the sorted order gives other points: the recovery is needed
    expect(expandDesign(byName(fileOrder), spec).points[0].values).not.toEqual(expected[0].values);
  });

  it("recoverDesign() finds a Morris design's order from a partial sweep", () => {
    const spec: DesignSpec = { kind: "morris", samples: 4, levels: 4, seed: 3 };
    const r = recoverDesign(
      byName(fileOrder),
      spec,
      storedParams(fileOrder, spec, (i) => i % 3 !== 1),
    );
    expect(names(r.factors)).toEqual(["r", "k2", "nu"]);
    expect(r.design?.points).toEqual(expandDesign(fileOrder, spec).points);
  });

  it("recoverDesign() reads the order of eight factors from the runs (too many to try every order)", () => {
    const eight: Factor[] = "hgfedcba".split("").map((name, i) => ({ name, min: i, max: i + 1 + i * 0.5 }));
    for (const spec of [
      { kind: "sobol", samples: 8, seed: 5 },
      { kind: "random", samples: 12, seed: 5 },
      { kind: "grid", levels: 2 },
    ] as DesignSpec[]) {
      const r = recoverDesign(byName(eight), spec, storedParams(eight, spec));
      expect(names(r.factors)).toEqual(names(eight));
    }
  });

  it("recoverDesign() keeps the stored order when it already matches", () => {
    const spec: DesignSpec = { kind: "latin-hypercube", samples: 10, seed: 2 };
    const sorted = byName(fileOrder);
    const r = recoverDesign(sorted, spec, storedParams(sorted, spec));
    expect(names(r.factors)).toEqual(["k2", "nu", "r"]);
  });

  it("recoverDesign() gives no design when no order matches the stored runs", () => {
    const spec: DesignSpec = { kind: "sobol", samples: 4 };
    const params = storedParams(fileOrder, spec);
    params.set(0, { ...params.get(0), r: 0.5 });
    const r = recoverDesign(byName(fileOrder), spec, params);
    expect(r.design).toBeNull();
    expect(names(r.factors)).toEqual(["k2", "nu", "r"]);
  });

  it("recoverDesign() takes the stored order unchecked when no run is stored", () => {
    const spec: DesignSpec = { kind: "grid", levels: 2 };
    const r = recoverDesign(byName(fileOrder), spec, new Map());
    expect(names(r.factors)).toEqual(["k2", "nu", "r"]);
    expect(r.design?.points).toHaveLength(2 * 3 * 2);
  });
});
