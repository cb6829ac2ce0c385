import { describe, expect, it } from "vitest";
import { type DesignSpec, expandDesign, type Factor } from "../experiments/designs/index.ts";
import { legacyDesign } from "./legacy-design.ts";

/** The parameters the runs of a design store: its factor values plus a base parameter. */
function storedParams(factors: Factor[], spec: DesignSpec, keep = (_i: number) => true) {
  const params = new Map<number, Record<string, unknown>>();
  for (const p of expandDesign(factors, spec).points)
    if (keep(p.index)) params.set(p.index, { base: 1, ...p.values });
  return params;
}

const byName = (fs: Factor[]) => [...fs].sort((a, b) => a.name.localeCompare(b.name));

describe("legacyDesign", () => {
  const fileOrder: Factor[] = [
    { name: "r", min: 0.02, max: 0.04 },
    { name: "k2", min: 15, max: 25 },
    { name: "nu", values: [2.5, 3, 3.5] },
  ];

  it("legacyDesign() expands the design in the given order when it gives the stored runs", () => {
    for (const spec of [
      { kind: "grid", levels: 3 },
      { kind: "sobol", samples: 8, seed: 1 },
      { kind: "latin-hypercube", samples: 10, seed: 2 },
    ] as DesignSpec[]) {
      const d = legacyDesign(fileOrder, spec, storedParams(fileOrder, spec));
      expect(d?.factors).toEqual(["r", "k2", "nu"]);
      expect(d?.points).toEqual(expandDesign(fileOrder, spec).points);
    }
  });

  it("legacyDesign() checks a partial sweep's points only", () => {
    const spec: DesignSpec = { kind: "morris", samples: 4, levels: 4, seed: 3 };
    const d = legacyDesign(
      fileOrder,
      spec,
      storedParams(fileOrder, spec, (i) => i % 3 !== 1),
    );
    expect(d?.points).toEqual(expandDesign(fileOrder, spec).points);
  });

  it("legacyDesign() guesses no order: another order than the runs' gives no design", () => {
    const spec: DesignSpec = { kind: "sobol", samples: 8, seed: 1 };
    expect(legacyDesign(byName(fileOrder), spec, storedParams(fileOrder, spec))).toBeNull();
    const grid: DesignSpec = { kind: "grid", levels: 3 };
    expect(legacyDesign(byName(fileOrder), grid, storedParams(fileOrder, grid))).toBeNull();
  });

  it("legacyDesign() gives no design when a stored value matches no point, or a point is out of the design", () => {
    const spec: DesignSpec = { kind: "sobol", samples: 4 };
    const params = storedParams(fileOrder, spec);
    params.set(0, { ...params.get(0), r: 0.5 });
    expect(legacyDesign(fileOrder, spec, params)).toBeNull();
    const beyond = storedParams(fileOrder, spec);
    beyond.set(10_000, { ...beyond.get(0) });
    expect(legacyDesign(fileOrder, spec, beyond)).toBeNull();
  });

  it("legacyDesign() takes the expansion unchecked when no run is stored, and none of a bad design", () => {
    const d = legacyDesign(byName(fileOrder), { kind: "grid", levels: 2 }, new Map());
    expect(d?.factors).toEqual(["k2", "nu", "r"]);
    expect(d?.points).toHaveLength(2 * 3 * 2);
    expect(legacyDesign([{ name: "x", min: 2, max: 1 }], { kind: "grid" }, new Map())).toBeNull();
  });
});
