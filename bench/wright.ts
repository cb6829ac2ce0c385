/** wright benchmark: activations per second and memory per actor at the paper's money per actor. */
import { streams } from "../src/engine/rng.ts";
import { wright } from "../src/models/wright/index.ts";
import type { WrightParams } from "../src/models/wright/params.ts";
import { type BenchRecord, measureRetained, median, timeMs } from "./harness.ts";

export interface WrightBenchOptions {
  sizes: number[];
  runs: number;
  /** Activations per timed run for small N (at least 12 months are always timed). */
  activationsPerRun: number;
  log: (line: string) => void;
}

export function benchWright(o: WrightBenchOptions): BenchRecord[] {
  const records: BenchRecord[] = [];
  for (const n of o.sizes) {
    const params: WrightParams = wright.params.parse({ N: n, M: 100 * n, burnInYears: 0 });
    const months = Math.max(12, Math.round(o.activationsPerRun / n));
    const runs = n >= 1e6 ? Math.min(o.runs, 3) : o.runs;
    const construct: number[] = [];
    for (let r = 0; r < runs; r++) construct.push(timeMs(() => wright.create(params, streams(r + 1))));
    const mem = measureRetained(() => wright.create(params, streams(1)));
    // One simulation: a year of warm-up (from "everyone unemployed" to the stationary regime),
    // then `runs` consecutive timed periods of `months` months, each step followed by observe()
    // as in the run loop.
    const sim = wright.create(params, streams(1));
    const row = new Float64Array(wright.metrics.length);
    for (let m = 0; m < 12; m++) {
      sim.step();
      sim.observe(row);
    }
    const stepping: number[] = [];
    for (let r = 0; r < runs; r++)
      stepping.push(
        timeMs(() => {
          for (let m = 0; m < months; m++) {
            sim.step();
            sim.observe(row);
          }
        }),
      );
    const rate = (n * months) / (median(stepping) / 1000);
    const summary = sim.summary?.() ?? {};
    const rec: BenchRecord = {
      model: "wright",
      N: n,
      agentStepsPerSecond: Math.round(rate),
      bytesPerAgent: summary.bytesPerActor,
      measuredBytesPerAgent: +(mem.bytes / n).toFixed(2),
      constructionMs: +median(construct).toFixed(3),
      steppingMs: +median(stepping).toFixed(1),
      stepsPerRun: months,
      runs,
      secondsPerSimulatedYear: +((12 * n) / rate).toFixed(3),
      ratioVsFlocc: null,
      capitalistsShareAtEnd: row[1],
    };
    records.push(rec);
    o.log(
      `wright N=${n}: ${(rate / 1e6).toFixed(2)} M activations/s, ${rec.secondsPerSimulatedYear} s per simulated year, ` +
        `${rec.bytesPerAgent?.toFixed(1)} B/actor declared, ${rec.measuredBytesPerAgent} measured`,
    );
  }
  return records;
}
