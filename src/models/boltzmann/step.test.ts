import { describe, expect, it } from "vitest";
import { createRng, type Rng } from "../../engine/rng.ts";
import { exchangeStep } from "./step.ts";

/** A generator stub: shuffle leaves the order alone, int() replays a script. */
function scripted(draws: number[]): Rng {
  let k = 0;
  return {
    shuffle: <T>(a: T) => a,
    int: () => draws[k++],
  } as unknown as Rng;
}

describe("exchangeStep()", () => {
  it("makes a gift received earlier in the step spendable by its receiver in the same step", () => {
    // Order 0,1,2; 0 gives to 1, who (now rich) gives to 2, who gives to 0.
    const w = new Int32Array([1, 0, 0]);
    exchangeStep(w, new Int32Array([0, 1, 2]), 3, scripted([1, 2, 0]));
    expect(Array.from(w)).toEqual([1, 0, 0]);
  });

  it("skips agents with zero wealth (no draw is consumed for them)", () => {
    const w = new Int32Array([0, 2, 0]);
    exchangeStep(w, new Int32Array([0, 1, 2]), 3, scripted([0]));
    expect(Array.from(w)).toEqual([1, 1, 0]);
  });

  it("lets an agent draw itself (Mesa picks among all agents)", () => {
    const w = new Int32Array([1]);
    exchangeStep(w, new Int32Array([0]), 1, createRng(1, "t"));
    expect(Array.from(w)).toEqual([1]);
  });

  it("conserves total wealth and keeps every wealth non-negative", () => {
    const n = 500;
    const w = new Int32Array(n).fill(1);
    const order = Int32Array.from({ length: n }, (_, i) => i);
    const rng = createRng(3, "t");
    for (let s = 0; s < 200; s++) exchangeStep(w, order, n, rng);
    expect(w.reduce((a, b) => a + b, 0)).toBe(n);
    expect(Math.min(...w)).toBeGreaterThanOrEqual(0);
    expect(Array.from(order).sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
  });

  it("moves exactly one unit out of every agent that is rich at its turn", () => {
    // Everyone starts with 5: nobody can reach 0 before its turn, so each gives exactly once and
    // the number of units received equals N. Check via the sum of decreases.
    const n = 100;
    const w = new Int32Array(n).fill(5);
    const rng = createRng(9, "t");
    let received = 0;
    const counting = {
      shuffle: (a: Int32Array, k: number) => rng.shuffle(a, k),
      int: (k: number) => {
        received++;
        return rng.int(k);
      },
    } as unknown as Rng;
    exchangeStep(
      w,
      Int32Array.from({ length: n }, (_, i) => i),
      n,
      counting,
    );
    expect(received).toBe(n);
    expect(w.reduce((a, b) => a + b, 0)).toBe(5 * n);
  });
});
