/**
 * boltzmann benchmark: the model (src/models/boltzmann), a hand-written reference loop over
 * plain typed arrays with the same generator, and the same rules in flocc (child process).
 */
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createRng, type Rng, streams } from "../src/engine/rng.ts";
import { boltzmann } from "../src/models/boltzmann/index.ts";
import { bytesPerAgent, initialState } from "../src/models/boltzmann/state.ts";
import { type BenchRecord, measureRetained, median, timeMs } from "./harness.ts";

export interface BoltzmannBenchOptions {
  sizes: number[];
  runs: number;
  /** Agent-steps per timed run of the model and of the reference (sets the step count). */
  agentStepsPerRun: number;
  /** Agent-steps per timed flocc run. */
  floccAgentStepsPerRun: number;
  floccRuns: number;
  /** Wall-clock budget of one flocc size (ms); beyond it the size is recorded as not measured. */
  floccBudgetMs: number;
  log: (line: string) => void;
}

/**
 * The reference: Mesa's rules written by hand over an Int32Array, with the engine's generator
 * (xoshiro128** `Rng`: Fisher-Yates with Rng.int, then Rng.int(N) per gift).
 */
export function referenceSteps(
  wealth: Int32Array,
  order: Int32Array,
  n: number,
  steps: number,
  rng: Rng,
): void {
  for (let s = 0; s < steps; s++) {
    for (let i = n - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      const t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    for (let k = 0; k < n; k++) {
      const i = order[k];
      if (wealth[i] > 0) {
        const j = rng.int(n);
        wealth[j]++;
        wealth[i]--;
      }
    }
  }
}

interface FloccResult {
  agentStepsPerSecond: number;
  constructionMs: number;
  steppingMs: number;
  measuredBytesPerAgent: number;
  steps: number;
  runs: number;
}

function runFlocc(n: number, steps: number, runs: number, budgetMs: number): Promise<FloccResult | string> {
  const root = fileURLToPath(new URL("..", import.meta.url));
  const heapMb = Math.max(2048, Math.ceil((n * 3000) / 2 ** 20) + 1024);
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [
        `--max-old-space-size=${heapMb}`,
        "bin/run-ts.mjs",
        "bench/flocc-boltzmann.ts",
        String(n),
        String(steps),
        String(runs),
      ],
      { cwd: root, timeout: budgetMs, maxBuffer: 1 << 20 },
      (err, stdout, stderr) => {
        if (err) {
          const why = err.killed
            ? `exceeded the ${Math.round(budgetMs / 1000)} s budget`
            : stderr.split("\n")[0] || err.message;
          resolve(`not measured: ${why}`);
        } else resolve(JSON.parse(stdout.trim().split("\n").pop() as string) as FloccResult);
      },
    );
  });
}

export async function benchBoltzmann(o: BoltzmannBenchOptions): Promise<BenchRecord[]> {
  const records: BenchRecord[] = [];
  // JIT warm-up of both loops on a small population.
  {
    const sim = boltzmann.create({ N: 1000 }, streams(999));
    for (let s = 0; s < 2000; s++) sim.step();
    const st = initialState(1000);
    referenceSteps(st.agents.cols.wealth, st.order, 1000, 2000, createRng(999, "exchange"));
  }
  for (const n of o.sizes) {
    const steps = Math.max(5, Math.round(o.agentStepsPerRun / n));
    const construct: number[] = [];
    const model: number[] = [];
    const reference: number[] = [];
    for (let r = 0; r < o.runs; r++) {
      // model and reference alternate so that load changes on the shared machine hit both alike
      let sim = boltzmann.create({ N: 1 }, streams(0));
      construct.push(timeMs(() => (sim = boltzmann.create({ N: n }, streams(r + 1)))));
      sim.step();
      model.push(
        timeMs(() => {
          for (let s = 0; s < steps; s++) sim.step();
        }),
      );
      const st = initialState(n);
      const w = st.agents.cols.wealth;
      const rng = createRng(r + 1, "exchange");
      referenceSteps(w, st.order, n, 1, rng);
      reference.push(timeMs(() => referenceSteps(w, st.order, n, steps, rng)));
    }
    const mem = measureRetained(() => boltzmann.create({ N: n }, streams(1)));
    const rate = (n * steps) / (median(model) / 1000);
    const refRate = (n * steps) / (median(reference) / 1000);
    const floccSteps = Math.max(3, Math.round(o.floccAgentStepsPerRun / n));
    const flocc = await runFlocc(n, floccSteps, o.floccRuns, o.floccBudgetMs);
    const rec: BenchRecord = {
      model: "boltzmann",
      N: n,
      agentStepsPerSecond: Math.round(rate),
      bytesPerAgent: bytesPerAgent(initialState(1)),
      measuredBytesPerAgent: +(mem.bytes / n).toFixed(2),
      constructionMs: +median(construct).toFixed(3),
      steppingMs: +median(model).toFixed(2),
      stepsPerRun: steps,
      runs: o.runs,
      referenceAgentStepsPerSecond: Math.round(refRate),
      ratioVsReference: +(rate / refRate).toFixed(3),
      ratioVsFlocc: typeof flocc === "string" ? null : +(rate / flocc.agentStepsPerSecond).toFixed(1),
      flocc:
        typeof flocc === "string"
          ? flocc
          : {
              agentStepsPerSecond: Math.round(flocc.agentStepsPerSecond),
              measuredBytesPerAgent: +flocc.measuredBytesPerAgent.toFixed(1),
              constructionMs: +flocc.constructionMs.toFixed(1),
              steppingMs: +flocc.steppingMs.toFixed(1),
              stepsPerRun: flocc.steps,
              runs: flocc.runs,
            },
    };
    records.push(rec);
    o.log(
      `boltzmann N=${n}: ${(rate / 1e6).toFixed(1)} M agent-steps/s (reference ${(refRate / 1e6).toFixed(1)} M, ratio ${rec.ratioVsReference}), ` +
        `${rec.bytesPerAgent} B/agent declared, ${rec.measuredBytesPerAgent} measured; flocc: ${
          typeof flocc === "string"
            ? flocc
            : `${(flocc.agentStepsPerSecond / 1e6).toFixed(2)} M/s, ${flocc.measuredBytesPerAgent.toFixed(0)} B/agent, x${rec.ratioVsFlocc}`
        }`,
    );
  }
  return records;
}
