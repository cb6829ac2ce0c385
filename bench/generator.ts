/**
 * Cost of the engine's generator (xoshiro128** `Rng`), to say what bounds the boltzmann loop:
 * a sweep needs one Rng.int per agent for the shuffle and one per gift (about 0.54 N at the
 * stationary state, where ~46% of agents hold nothing).
 */
import { createRng } from "../src/engine/rng.ts";
import { median, timeMs } from "./harness.ts";

export interface GeneratorCost {
  nextU32PerSecond: number;
  /** Rng.int(n) calls per second (exact: bitmask with rejection, so ~1.2-1.6 outputs per call). */
  intPerSecond: Record<string, number>;
}

export function generatorCost(runs = 5, calls = 2e7): GeneratorCost {
  const rng = createRng(1, "bench");
  let sink = 0;
  const u32: number[] = [];
  for (let r = 0; r < runs; r++)
    u32.push(
      timeMs(() => {
        for (let i = 0; i < calls; i++) sink ^= rng.nextU32();
      }),
    );
  const intPerSecond: Record<string, number> = {};
  for (const n of [1e3, 1e4, 1e5, 1e6]) {
    const t: number[] = [];
    for (let r = 0; r < runs; r++)
      t.push(
        timeMs(() => {
          for (let i = 0; i < calls; i++) sink += rng.int(n);
        }),
      );
    intPerSecond[String(n)] = Math.round(calls / (median(t) / 1000));
  }
  if (sink === 0.5) console.log(sink); // keep the loops alive
  return { nextU32PerSecond: Math.round(calls / (median(u32) / 1000)), intPerSecond };
}
