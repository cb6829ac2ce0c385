import { describe, expect, it } from "vitest";
import { createRng, IntBlock, type Rng } from "../../engine/rng.ts";
import { exchangeStep } from "./step.ts";

/** A generator stub whose shuffle leaves the order alone. */
const noShuffle = { shuffleLemire: <T>(a: T) => a } as unknown as Rng;

/** A block of gift draws that replays a script and counts the draws read. */
function scripted(script: number[]) {
  const chunk = 256;
  const draws = new Int32Array(2 * chunk);
  draws.set(script);
  const fake = {
    draws,
    chunk,
    pos: 0,
    read: -1,
    reserve: () => fake.pos,
    release: () => {
      fake.read = fake.pos;
    },
  };
  return fake;
}

/** The rules written with scalar calls: what exchangeStep must reproduce draw for draw. */
function scalarStep(wealth: Int32Array, order: Int32Array, n: number, rng: Rng): void {
  rng.shuffleLemire(order, n);
  for (let k = 0; k < n; k++) {
    const i = order[k];
    if (wealth[i] > 0) {
      const j = rng.intLemire(n);
      wealth[j]++;
      wealth[i]--;
    }
  }
}

describe("exchangeStep()", () => {
  it("makes a gift received earlier in the step spendable by its receiver in the same step", () => {
    // Order 0,1,2; 0 gives to 1, who (now rich) gives to 2, who gives to 0.
    for (const branchFree of [true, false]) {
      const w = new Int32Array([1, 0, 0]);
      const gifts = scripted([1, 2, 0]);
      exchangeStep(w, new Int32Array([0, 1, 2]), 3, noShuffle, gifts as unknown as IntBlock, branchFree);
      expect(Array.from(w)).toEqual([1, 0, 0]);
      expect(gifts.read).toBe(3);
    }
  });

  it("skips agents with zero wealth (no draw is consumed for them)", () => {
    for (const branchFree of [true, false]) {
      const w = new Int32Array([0, 2, 0]);
      const gifts = scripted([0]);
      exchangeStep(w, new Int32Array([0, 1, 2]), 3, noShuffle, gifts as unknown as IntBlock, branchFree);
      expect(Array.from(w)).toEqual([1, 1, 0]);
      expect(gifts.read).toBe(1);
    }
  });

  it("lets an agent draw itself (Mesa picks among all agents)", () => {
    const w = new Int32Array([1]);
    const rng = createRng(1, "t");
    exchangeStep(w, new Int32Array([0]), 1, rng, new IntBlock(rng, 1, { method: "lemire" }));
    expect(Array.from(w)).toEqual([1]);
  });

  it("conserves total wealth and keeps every wealth non-negative", () => {
    const n = 500;
    const w = new Int32Array(n).fill(1);
    const order = Int32Array.from({ length: n }, (_, i) => i);
    const rng = createRng(3, "t");
    const gifts = new IntBlock(rng, n, { method: "lemire" });
    for (let s = 0; s < 200; s++) exchangeStep(w, order, n, rng, gifts);
    expect(w.reduce((a, b) => a + b, 0)).toBe(n);
    expect(Math.min(...w)).toBeGreaterThanOrEqual(0);
    expect(Array.from(order).sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
  });

  it("moves exactly one unit out of every agent that is rich at its turn", () => {
    // Everyone starts with 5: nobody can reach 0 before its turn, so each gives exactly once and
    // exactly N gift draws are taken: the generator ends where the shuffle and N intLemire(n)
    // calls leave a copy of it.
    const n = 100;
    const w = new Int32Array(n).fill(5);
    const rng = createRng(9, "t");
    const copy = createRng(9, "t");
    exchangeStep(
      w,
      Int32Array.from({ length: n }, (_, i) => i),
      n,
      rng,
      new IntBlock(rng, n, { chunk: 16, method: "lemire" }),
    );
    copy.shuffleLemire(new Int32Array(n), n);
    for (let k = 0; k < n; k++) copy.intLemire(n);
    expect(rng.state()).toEqual(copy.state());
    expect(w.reduce((a, b) => a + b, 0)).toBe(5 * n);
  });

  it("gives exactly the series of the scalar rules (rng.shuffleLemire, then rng.intLemire(n) per gift), with either loop", () => {
    for (const [n, chunk] of [
      [1, 256],
      [2, 256],
      [3, 1],
      [255, 256],
      [256, 256],
      [257, 256],
      [1000, 7],
      [3000, 256],
    ]) {
      const a = { w: new Int32Array(n).fill(1), o: Int32Array.from({ length: n }, (_, i) => i) };
      const b = { w: new Int32Array(n).fill(1), o: Int32Array.from({ length: n }, (_, i) => i) };
      const ra = createRng(n, "exchange");
      const rb = createRng(n, "exchange");
      const gifts = new IntBlock(ra, n, { chunk, method: "lemire" });
      for (let s = 0; s < 60; s++) {
        exchangeStep(a.w, a.o, n, ra, gifts, s % 2 === 0); // the branch-free loop and the other, in turn
        scalarStep(b.w, b.o, n, rb);
        expect(ra.state(), `N=${n} chunk=${chunk} step ${s}`).toEqual(rb.state());
      }
      expect(Array.from(a.w)).toEqual(Array.from(b.w));
      expect(Array.from(a.o)).toEqual(Array.from(b.o));
    }
  });
});
