/**
 * The engine at the limit (issue 16, item 1): boltzmann stepped through its own step() against
 * hand-written loops with the generator inlined, at N = 10^4, 10^6 and 10^7, alternating run by
 * run; then wright at 10^5 and 10^6 (seconds per simulated year) and the generator's share of it. Writes bench/results/engine-limit.json
 * (`--quick`: fewer rounds, smaller sizes, engine-limit-quick.json).
 *
 *   node bin/run-ts.mjs bench/limit.ts [--quick] [--no-wright]
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Rng, streams } from "../src/engine/rng.ts";
import { wright as wrightModel } from "../src/models/wright/index.ts";
import { benchLimit } from "./boltzmann.ts";
import { generatorCost } from "./generator.ts";
import { loadAverage, machineInfo } from "./harness.ts";
import { benchWright } from "./wright.ts";

const quick = process.argv.includes("--quick");
const log = (line: string) => process.stdout.write(`${line}\n`);
const started = machineInfo();
const commit = (() => {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
})();
log(
  `engine-limit benchmark${quick ? " (quick)" : ""} at ${commit} on ${started.cpu}, load ${loadAverage().join(" ")}`,
);

const boltzmann = benchLimit({
  sizes: quick ? [1e4, 1e5] : [1e4, 1e6, 1e7],
  rounds: quick ? 5 : 15,
  agentStepsPerRun: quick ? 3e6 : 1e7,
  log,
});
const generator = { ...generatorCost(quick ? 3 : 5, quick ? 5e6 : 2e7), loadAverage: loadAverage() };
log(`generator: ${JSON.stringify(generator)}`);
/**
 * Rng.int() calls per wright activation (counted over 6 months after 2 years at N = 10^5) and
 * what they cost at the measured int() rate: the generator's share of a simulated year.
 */
function wrightDraws(intPerSecond: number) {
  const n = 1e5;
  const sim = wrightModel.create(wrightModel.params.parse({ N: n, M: 100 * n, burnInYears: 0 }), streams(1));
  for (let m = 0; m < 24; m++) sim.step();
  const int = Rng.prototype.int;
  let calls = 0;
  Rng.prototype.int = function (this: Rng, k: number) {
    calls++;
    return int.call(this, k);
  };
  try {
    for (let m = 0; m < 6; m++) sim.step();
  } finally {
    Rng.prototype.int = int;
  }
  const perActivation = calls / (6 * n);
  return {
    intCallsPerActivation: +perActivation.toFixed(2),
    generatorSecondsPerSimulatedYearAt1e6: +((perActivation * 12 * 1e6) / intPerSecond).toFixed(2),
  };
}

const wright = process.argv.includes("--no-wright")
  ? []
  : benchWright({ sizes: quick ? [1e5] : [1e5, 1e6], runs: quick ? 2 : 3, activationsPerRun: 1e7, log }).map(
      (r) => ({
        ...r,
        nanosecondsPerActivation: +(1e9 / r.agentStepsPerSecond).toFixed(1),
        loadAverage: loadAverage(),
      }),
    );
const draws = process.argv.includes("--no-wright") ? null : wrightDraws(generator.intPerSecond["1000000"]);
if (draws) log(`wright: ${JSON.stringify(draws)}`);

const out = {
  benchmark: "engine-limit",
  quick,
  commit,
  machine: { ...started, loadAverage1mAtEnd: machineInfo().loadAverage1m },
  note:
    "boltzmann through its own Simulation.step() against three hand-written loops over the same typed arrays, with " +
    "xoshiro128** inlined in local variables and no calls. lemireReference draws bounded integers by Lemire's nearly " +
    "divisionless method inline, one draw per gift (the issue's reference, the target). blockReference is the " +
    "model's own algorithm by hand: Lemire draws made a block before each chunk of agents and read by a branch-free " +
    "loop, leftover draws kept rather than given back. bitmaskReference draws inline by the engine's bitmask " +
    "rejection (the stream of Rng.int, which boltzmann 1.x used). Each round runs all of them from a fresh state " +
    "(one untimed step, then stepsPerRun timed steps) in an order that rotates; ratios are reference time / model " +
    "time per round, summarised by median, min and max; rates and ratios use CPU time of the process (wall time " +
    "alongside), because the 2 cores are shared with other jobs. wright times step() + observe() per month after a " +
    "year of warm-up at M = 100 N; wrightDraws counts its Rng.int() calls per activation and prices them at the " +
    "measured Rng.int(10^6) rate.",
  boltzmann,
  generator,
  wright,
  wrightDraws: draws,
};
const dir = fileURLToPath(new URL("./results/", import.meta.url));
mkdirSync(dir, { recursive: true });
const file = `${dir}engine-limit${quick ? "-quick" : ""}.json`;
writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
log(`written ${file}`);
