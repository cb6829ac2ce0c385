import { describe, expect, it } from "vitest";
import { stateDigest } from "./hash.ts";

const state = () => ({
  month: 12,
  money: Float64Array.from([1, 2, 3]),
  organised: Uint8Array.from([0, 1, 0]),
  flows: { wages: 10, output: 2.5 },
  ring: [1, 2],
  label: "x",
  on: true,
});

describe("digests", () => {
  it("stateDigest() gives equal states equal digests, whatever the order of their keys", () => {
    const a = state();
    const { label, on, ...rest } = state();
    expect(stateDigest(a)).toBe(stateDigest({ on, label, ...rest }));
    expect(stateDigest(a)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("stateDigest() changes with any field, element, nested value or array kind", () => {
    const base = stateDigest(state());
    type S = ReturnType<typeof state>;
    const changed: ((s: S) => void)[] = [
      (s) => {
        s.month = 13;
      },
      (s) => {
        s.money[2] = 3 + 2 ** -40;
      },
      (s) => {
        s.organised[0] = 1;
      },
      (s) => {
        s.flows.output = -2.5;
      },
      (s) => {
        s.ring.push(3);
      },
      (s) => {
        s.on = false;
      },
      (s) => {
        Object.assign(s, { extra: 0 });
      },
      (s) => {
        Object.assign(s, { money: Float32Array.from([1, 2, 3]) });
      },
    ];
    const seen = new Set([base]);
    for (const change of changed) {
      const s = state();
      change(s);
      const d = stateDigest(s);
      expect(seen.has(d), String(change)).toBe(false);
      seen.add(d);
    }
    expect(stateDigest({ x: 0 })).not.toBe(stateDigest({ x: -0 }));
    expect(stateDigest({ x: 0 })).not.toBe(stateDigest({ x: Number.NaN }));
  });

  it("stateDigest() refuses a function", () => {
    expect(() => stateDigest({ f: () => 0 })).toThrow(TypeError);
  });
});
