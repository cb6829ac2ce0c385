/**
 * The boltzmann rules written with flocc (npm), run in its own process by bench/boltzmann.ts so
 * that its memory is measured alone and a size that takes too long can be abandoned.
 * Usage: node --max-old-space-size=MB bin/run-ts.mjs bench/flocc-boltzmann.ts N STEPS RUNS
 *
 * Same rules as src/models/boltzmann: wealth 1 each; every tick all agents in a fresh random
 * order (flocc's default uniform activation with randomizeOrder); an agent with wealth > 0 gives
 * one unit to an agent drawn uniformly from all agents (itself included), visible at once
 * (agent.set inside the rule, not a returned/enqueued update). flocc draws from its own seeded
 * generator (utils.seed), not ours.
 */
import { Agent, Environment, utils } from "flocc";
import { collectGarbage, heapBytes, median } from "./harness.ts";

const [N, STEPS, RUNS] = process.argv.slice(2).map(Number);

function build(seed: number): Environment {
  utils.seed(seed);
  const env = new Environment();
  const tick = (agent: Agent) => {
    const w = agent.get("wealth") as number;
    if (w > 0) {
      const other = utils.sample(env.getAgents()) as Agent;
      other.set("wealth", (other.get("wealth") as number) + 1);
      agent.set("wealth", (agent.get("wealth") as number) - 1); // re-read: the receiver may be the giver
    }
  };
  for (let i = 0; i < N; i++) {
    const a = new Agent({ wealth: 1 });
    a.set("tick", tick);
    env.addAgent(a, false);
  }
  return env;
}

const constructionMs: number[] = [];
const stepMs: number[] = [];
let bytes = 0;
for (let r = 0; r < RUNS; r++) {
  collectGarbage();
  const before = heapBytes();
  const t0 = performance.now();
  const env = build(r + 1);
  constructionMs.push(performance.now() - t0);
  if (r === 0) {
    collectGarbage();
    bytes = heapBytes() - before;
  }
  env.tick(); // first sweep: lets the JIT settle
  const t1 = performance.now();
  for (let s = 0; s < STEPS; s++) env.tick();
  stepMs.push(performance.now() - t1);
  let total = 0;
  for (const a of env.getAgents()) total += a.get("wealth") as number;
  if (total !== N) throw new Error(`flocc run lost wealth: ${total} != ${N}`);
}
process.stdout.write(
  `${JSON.stringify({
    N,
    steps: STEPS,
    runs: RUNS,
    agentStepsPerSecond: (N * STEPS) / (median(stepMs) / 1000),
    constructionMs: median(constructionMs),
    steppingMs: median(stepMs),
    measuredBytesPerAgent: bytes / N,
  })}\n`,
);
