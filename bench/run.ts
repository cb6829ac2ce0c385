/**
 * Entry point of `npm run bench`: the agent-core benchmark (boltzmann vs a hand-written loop and
 * flocc; wright) at N = 10^3 .. 10^6, written to bench/results/agent-core.json.
 * `--quick` runs small sizes and fewer repetitions (bench/results/agent-core-quick.json).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { benchBoltzmann } from "./boltzmann.ts";
import { generatorCost } from "./generator.ts";
import { machineInfo } from "./harness.ts";
import { benchWright } from "./wright.ts";

const quick = process.argv.includes("--quick");
const log = (line: string) => process.stdout.write(`${line}\n`);
const sizes = quick ? [1e3, 1e4, 1e5] : [1e3, 1e4, 1e5, 1e6];
const started = machineInfo();
log(
  `agent-core benchmark${quick ? " (quick)" : ""} on ${started.cpu}, ${started.logicalCores} cores, Node ${started.node}`,
);

const boltzmannRecords = await benchBoltzmann({
  sizes,
  runs: quick ? 3 : 5,
  agentStepsPerRun: quick ? 5e6 : 3e7,
  floccAgentStepsPerRun: quick ? 3e5 : 3e6,
  floccRuns: quick ? 1 : 3,
  floccBudgetMs: quick ? 30_000 : 180_000,
  log,
});
const wrightRecords = benchWright({ sizes, runs: quick ? 3 : 5, activationsPerRun: quick ? 2e6 : 1e7, log });
const records = [...boltzmannRecords, ...wrightRecords];
const generator = generatorCost(quick ? 3 : 5, quick ? 5e6 : 2e7);
log(
  `generator: ${(generator.nextU32PerSecond / 1e6).toFixed(0)} M nextU32/s; Rng.int(n) per second: ${JSON.stringify(generator.intPerSecond)}`,
);

const at = (model: string, n: number) => records.find((r) => r.model === model && r.N === n);
const largest = sizes[sizes.length - 1];
const b = at("boltzmann", largest);
const floccLargest = boltzmannRecords.filter((r) => r.ratioVsFlocc !== null).pop();
const w = at("wright", largest);
const targets = {
  [`boltzmann N=${largest} within 10% of the reference loop`]: b ? b.ratioVsReference : null,
  "boltzmann bytes per agent <= 16": b ? b.bytesPerAgent : null,
  [`boltzmann >= 100x flocc at the largest size flocc completes (N=${floccLargest?.N ?? "none"})`]:
    floccLargest?.ratioVsFlocc ?? null,
  [`wright N=${largest}: seconds per simulated year (target < 10 at N=1e6)`]: w
    ? w.secondsPerSimulatedYear
    : null,
};

const out = {
  benchmark: "agent-core",
  quick,
  machine: { ...started, loadAverage1mAtEnd: machineInfo().loadAverage1m },
  note:
    "Medians of several runs; construction and stepping timed apart. The machine has 2 logical cores shared with " +
    "other engineers' jobs, so absolute rates move by 10-30% between runs; the model and the reference loop alternate " +
    "run by run so that their ratio is less affected. boltzmann times step() only (one sweep of N activations); wright " +
    "times step() + observe() per month (N activations), after one simulated year of warm-up, at M = 100 N as in the " +
    "paper. flocc runs the same boltzmann rules in a child process with its own heap, timed the same way.",
  targets,
  generator,
  records,
};
const dir = fileURLToPath(new URL("./results/", import.meta.url));
mkdirSync(dir, { recursive: true });
const file = `${dir}agent-core${quick ? "-quick" : ""}.json`;
writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
log(`targets: ${JSON.stringify(targets)}`);
log(`written ${file}`);
