/**
 * wright with the engine's generator of an earlier commit against today's, in alternating child
 * processes (issue 16: does the generator work speed up wright?). Both give the same series:
 * the child prints the observed row, and the parent checks that the two agree.
 *
 *   node bin/run-ts.mjs bench/wright-ab.ts [--before REV] [--pairs K] [--n N]
 *
 * Writes bench/results/wright-ab.json. The earlier Rng is taken from git (`git show
 * REV:src/engine/rng.ts`) into bench/results/tmp/, with its imports pointed at today's files.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadAverage, machineInfo, median } from "./harness.ts";

const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : dflt;
};
const root = fileURLToPath(new URL("..", import.meta.url));

if (process.argv[2] === "--child") {
  // child: one run, with the generator module given as argv[3]
  const [, , , rngModule, nText] = process.argv;
  const { createRng } = (await import(rngModule)) as typeof import("../src/engine/rng.ts");
  const { wright } = await import("../src/models/wright/index.ts");
  const n = Number(nText);
  const cache = new Map<string, ReturnType<typeof createRng>>();
  const rs = {
    seed: 1,
    stream(p: string) {
      let r = cache.get(p);
      if (!r) {
        r = createRng(1, p);
        cache.set(p, r);
      }
      return r;
    },
  };
  const sim = wright.create(wright.params.parse({ N: n, M: 100 * n, burnInYears: 0 }), rs);
  const row = new Float64Array(wright.metrics.length);
  for (let m = 0; m < 12; m++) {
    sim.step();
    sim.observe(row);
  }
  const c = process.cpuUsage();
  const t = performance.now();
  for (let m = 0; m < 12; m++) {
    sim.step();
    sim.observe(row);
  }
  const wall = (performance.now() - t) / 1000;
  const d = process.cpuUsage(c);
  process.stdout.write(
    `${JSON.stringify({ cpu: (d.user + d.system) / 1e6, wall, row: Array.from(row), load: loadAverage() })}\n`,
  );
} else {
  const before = arg("--before", "75c3bb2");
  const pairs = Number(arg("--pairs", "5"));
  const n = Number(arg("--n", "1000000"));
  const tmp = `${root}bench/results/tmp/`;
  mkdirSync(tmp, { recursive: true });
  const src = execFileSync("git", ["show", `${before}:src/engine/rng.ts`], { cwd: root, encoding: "utf8" })
    .replaceAll('"./math.ts"', '"../../../src/engine/math.ts"')
    .replaceAll('"./splitmix64.ts"', '"../../../src/engine/splitmix64.ts"');
  const oldModule = `${tmp}rng-${before}.ts`;
  writeFileSync(oldModule, src);
  const modules = { before: oldModule, after: `${root}src/engine/rng.ts` };
  type Run = { cpu: number; wall: number; row: number[]; load: number[] };
  const runs: Record<"before" | "after", Run[]> = { before: [], after: [] };
  const started = machineInfo();
  for (let p = 0; p < pairs; p++) {
    for (const which of p % 2 === 0 ? (["before", "after"] as const) : (["after", "before"] as const)) {
      const out = execFileSync(
        process.execPath,
        ["bin/run-ts.mjs", "bench/wright-ab.ts", "--child", modules[which], String(n)],
        { cwd: root, encoding: "utf8" },
      );
      const r = JSON.parse(out.trim().split("\n").pop() as string) as Run;
      runs[which].push(r);
      process.stdout.write(
        `${which}: ${r.cpu.toFixed(2)} s CPU (${r.wall.toFixed(2)} s wall) per simulated year, load ${r.load.join(" ")}\n`,
      );
    }
  }
  const same = runs.before.every((r, i) => JSON.stringify(r.row) === JSON.stringify(runs.after[i].row));
  const ratios = runs.before.map((r, i) => r.cpu / runs.after[i].cpu);
  const rec = {
    benchmark: "wright-ab",
    machine: { ...started, loadAverage1mAtEnd: machineInfo().loadAverage1m },
    note:
      "wright at M = 100 N: one year of warm-up, then 12 months of step() + observe() timed, in a child process per " +
      "run; the generator module alternates between the engine of `before` and today's. Same seed: the series must agree.",
    before,
    N: n,
    sameSeries: same,
    cpuSecondsPerSimulatedYear: {
      before: +median(runs.before.map((r) => r.cpu)).toFixed(3),
      after: +median(runs.after.map((r) => r.cpu)).toFixed(3),
    },
    wallSecondsPerSimulatedYear: {
      before: +median(runs.before.map((r) => r.wall)).toFixed(3),
      after: +median(runs.after.map((r) => r.wall)).toFixed(3),
    },
    speedup: { median: +median(ratios).toFixed(3), all: ratios.map((x) => +x.toFixed(3)) },
    runs,
  };
  const file = `${root}bench/results/wright-ab.json`;
  writeFileSync(file, `${JSON.stringify(rec, null, 2)}\n`);
  process.stdout.write(
    `wright N=${n}: ${rec.cpuSecondsPerSimulatedYear.before} s -> ${rec.cpuSecondsPerSimulatedYear.after} s CPU per simulated year (median speedup ${rec.speedup.median}); same series: ${same}; written ${file}\n`,
  );
}
