/**
 * What a month of the `refusal` model spends its time on (issue 16, item 3): run under V8's CPU
 * profiler, e.g.
 *
 *   node --cpu-prof --cpu-prof-dir=bench/results/tmp/prof --cpu-prof-interval 250 \
 *     bin/run-ts.mjs bench/refusal-profile.ts [--strategy refusal] [--months 120] [--workers 100000] [--firms 1000]
 *   node bin/run-ts.mjs bench/refusal-profile.ts --summarise bench/results/tmp/prof/<file>.cpuprofile
 *
 * (the run writes its parameters and ms per month to bench/results/tmp/refusal-profile.run.json,
 * which --summarise reads; --run FILE to read another, --out FILE to write elsewhere, --flags TEXT
 * to record the node flags of the profiled run, e.g. --no-turbo-inlining, which gives each
 * function its own samples at the price of speed)
 *
 * The first form runs the months (after one year of warm-up); the second attributes every sample
 * taken inside the simulation's step() to the phase of stepRefusal (src/models/refusal/step.ts) it
 * falls in, or to the recorder, and writes bench/results/refusal-profile.json.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { streams } from "../src/engine/rng.ts";
import { refusal } from "../src/models/refusal/index.ts";
import { loadAverage, machineInfo } from "./harness.ts";

const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : dflt;
};

/** The phases of stepRefusal, in order, and the recorder that runs after each month. */
const PHASES = [
  "startMonth",
  "innovate",
  "planAndInvest",
  "labourMarket",
  "bargainAndStruggle",
  "produce",
  "pay",
  "goodsMarket",
  "finance",
  "organise",
  "statePolicy",
  "closeBooks",
  "record",
];

interface Profile {
  nodes: { id: number; callFrame: { functionName: string; url: string }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

function summarise(file: string) {
  const prof = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const parent = new Map<number, number>();
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const phaseOf = new Map<number, string | null>();
  const classify = (id: number): string | null => {
    const known = phaseOf.get(id);
    if (known !== undefined) return known;
    const name = byId.get(id)?.callFrame.functionName ?? "";
    let r: string | null;
    if (PHASES.includes(name)) r = name;
    else if (name === "stepRefusal") r = "stepRefusal (own code)";
    else if (name === "step") r = "step (own code)";
    else {
      const up = parent.get(id);
      r = up === undefined ? null : classify(up);
    }
    phaseOf.set(id, r);
    return r;
  };
  const ms = new Map<string, number>();
  const selfMs = new Map<string, Map<string, number>>();
  let total = 0;
  for (let k = 0; k < prof.samples.length; k++) {
    const id = prof.samples[k];
    const dt = (prof.timeDeltas[k + 1] ?? prof.timeDeltas[k]) / 1000;
    const phase = classify(id);
    if (phase === null) continue;
    total += dt;
    ms.set(phase, (ms.get(phase) ?? 0) + dt);
    const fn = byId.get(id)?.callFrame;
    const where = `${fn?.functionName || "(anonymous)"} ${fn?.url.split("/").slice(-2).join("/") ?? ""}`;
    const m = selfMs.get(phase) ?? new Map<string, number>();
    m.set(where, (m.get(where) ?? 0) + dt);
    selfMs.set(phase, m);
  }
  const phases = [...ms.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([phase, t]) => ({
      phase,
      ms: +t.toFixed(1),
      share: +(t / total).toFixed(3),
      topFunctions: [...(selfMs.get(phase) ?? new Map()).entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 4)
        .map(([f, v]) => ({ function: f, share: +(v / total).toFixed(3) })),
    }));
  return { profile: file.split("/").pop(), sampledMsInStep: +total.toFixed(1), phases };
}

if (process.argv.includes("--summarise")) {
  const file = arg("--summarise", "");
  const run = JSON.parse(readFileSync(arg("--run", "bench/results/tmp/refusal-profile.run.json"), "utf8"));
  const s = summarise(file);
  const out = {
    benchmark: "refusal-profile",
    machine: machineInfo(),
    note:
      "V8 CPU profile (node --cpu-prof) of the months of the run below; every sample inside the simulation's step() " +
      "is attributed to the stepRefusal phase it falls in (its nearest phase ancestor), or to the recorder " +
      "(Recorder.record, the metrics of the month). topFunctions: where the samples of a phase stop (self time, " +
      "inlined callees counted in their caller). Shares are of the sampled time inside step().",
    nodeFlags: arg("--flags", "--cpu-prof --cpu-prof-interval 250"),
    run,
    ...s,
  };
  const dest = arg("--out", fileURLToPath(new URL("./results/refusal-profile.json", import.meta.url)));
  writeFileSync(dest, `${JSON.stringify(out, null, 2)}\n`);
  for (const p of s.phases)
    process.stdout.write(
      `${p.phase.padEnd(24)} ${(p.share * 100).toFixed(1).padStart(5)}%  ${p.topFunctions
        .map((f) => `${f.function} ${(f.share * 100).toFixed(1)}%`)
        .join(", ")}\n`,
    );
  process.stdout.write(`written ${dest}\n`);
} else {
  const workers = Number(arg("--workers", "100000"));
  const firms = Number(arg("--firms", "1000"));
  const months = Number(arg("--months", "120"));
  const strategy = arg("--strategy", "refusal");
  const p = refusal.params.parse({ workers, firms, strategy, burnInYears: 1 });
  const sim = refusal.create(p, streams(1));
  const row = new Float64Array(refusal.metrics.length);
  for (let m = 0; m < 12; m++) {
    sim.step();
    sim.observe(row);
  }
  const t0 = performance.now();
  for (let m = 0; m < months; m++) {
    sim.step();
    sim.observe(row);
  }
  const ms = performance.now() - t0;
  const run = {
    model: "refusal",
    modelVersion: refusal.version,
    workers,
    firms,
    strategy,
    warmUpMonths: 12,
    months,
    msPerMonth: +(ms / months).toFixed(2),
    loadAverage: loadAverage(),
  };
  process.stdout.write(`${JSON.stringify(run)}\n`);
  writeFileSync(arg("--run-out", "bench/results/tmp/refusal-profile.run.json"), `${JSON.stringify(run)}\n`);
}
