import { describe, expect, it } from "vitest";
import { createRng } from "../../engine/rng.ts";
import { morrisDelta, morrisUnit } from "./morris.ts";

const NAMES = ["a", "b", "c", "d", "e"];

describe("morris trajectories", () => {
  it("morrisDelta() is p / (2 (p - 1)): 2/3 on 4 levels, 3/5 on 6", () => {
    expect(morrisDelta(4)).toBe(2 / 3);
    expect(morrisDelta(6)).toBe(3 / 5);
    expect(morrisDelta(2)).toBe(1);
  });

  for (const p of [2, 4, 6, 8]) {
    it(`morrisUnit() moves every factor once per trajectory by ±Δ on the ${p}-level grid`, () => {
      const r = 30;
      const k = NAMES.length;
      const delta = p / (2 * (p - 1));
      const { n, unit, roles } = morrisUnit(r, NAMES, p, createRng(11, "test"));
      expect(n).toBe(r * (k + 1));
      expect(roles!.length).toBe(n);
      for (let x = 0; x < n * k; x++) {
        const level = unit[x] * (p - 1);
        expect(Math.abs(level - Math.round(level))).toBeLessThan(1e-12);
        expect(unit[x] >= 0 && unit[x] <= 1).toBe(true);
      }
      for (let t = 0; t < r; t++) {
        const moved = new Set<number>();
        expect(roles![t * (k + 1)]).toEqual({ design: "morris", trajectory: t, step: 0, delta: 0 });
        for (let s = 1; s <= k; s++) {
          const row = t * (k + 1) + s;
          const role = roles![row];
          if (role.design !== "morris") throw new Error("not a Morris role");
          expect(role.trajectory).toBe(t);
          expect(role.step).toBe(s);
          expect(role.factor).toBe(NAMES[role.i!]);
          expect(Math.abs(role.delta)).toBeCloseTo(delta, 15);
          for (let i = 0; i < k; i++) {
            const change = unit[row * k + i] - unit[(row - 1) * k + i];
            if (i === role.i) expect(change).toBeCloseTo(role.delta, 12);
            else expect(change).toBe(0);
          }
          moved.add(role.i!);
        }
        expect(moved.size).toBe(k);
      }
    });
  }

  it("morrisUnit() visits every level of the grid and moves in both directions", () => {
    const p = 4;
    const { n, unit, roles } = morrisUnit(40, NAMES, p, createRng(5, "test"));
    for (let i = 0; i < NAMES.length; i++) {
      const levels = new Set<number>();
      for (let x = 0; x < n; x++) levels.add(Math.round(unit[x * NAMES.length + i] * (p - 1)));
      expect([...levels].sort()).toEqual([0, 1, 2, 3]);
    }
    const signs = new Set(
      roles!
        .filter((role) => role.design === "morris" && role.step > 0)
        .map((role) => Math.sign((role as { delta: number }).delta)),
    );
    expect([...signs].sort()).toEqual([-1, 1]);
  });
});
