import { describe, expect, it } from "vitest";
import { registry } from "./index.ts";

describe("parameter ranges and mechanism switches of every model", () => {
  for (const m of registry.all()) {
    const defaults = m.params.parse({}) as Record<string, unknown>;
    const numeric = Object.keys(defaults).filter((k) => typeof defaults[k] === "number");

    it(`${m.name}: every numeric parameter declares a plausible range with a source, holding the default`, () => {
      expect(m.ranges, `${m.name} declares no ranges`).toBeDefined();
      const ranges = m.ranges ?? {};
      expect(Object.keys(ranges).sort()).toEqual([...numeric].sort());
      for (const k of numeric) {
        const r = ranges[k];
        expect(r.min, k).toBeLessThanOrEqual(r.max);
        expect(r.source.length, `${k} has no source`).toBeGreaterThan(5);
        const d = defaults[k] as number;
        expect(d >= r.min && d <= r.max, `${k}: default ${d} outside [${r.min}, ${r.max}]`).toBe(true);
        // both ends are valid parameter values
        for (const v of [r.min, r.max])
          expect(m.params.safeParse({ [k]: v }).success, `${k}=${v}`).toBe(true);
        if (r.integer) expect(Number.isInteger(r.min) && Number.isInteger(r.max), k).toBe(true);
      }
    });

    it(`${m.name}: every mechanism's off-switch is a valid setting that differs from the defaults`, () => {
      const ids = new Set<string>();
      for (const mech of m.mechanisms ?? []) {
        expect(ids.has(mech.id), `duplicate ${mech.id}`).toBe(false);
        ids.add(mech.id);
        expect(Object.keys(mech.off).length, mech.id).toBeGreaterThan(0);
        expect(m.params.safeParse(mech.off).success, mech.id).toBe(true);
        expect(
          Object.entries(mech.off).some(([k, v]) => defaults[k] !== v),
          `${mech.id} is on by default`,
        ).toBe(true);
        expect(mech.source.length, mech.id).toBeGreaterThan(1);
        expect(mech.offMeans.length, mech.id).toBeGreaterThan(5);
      }
    });
  }
});
