/**
 * The `refusal` model at scale (issue 5 targets, benchmark, not test): 10^5 workers and 10^3 firms
 * for 100 years (1,200 months) in under 30 s on one core, at most 100 bytes per worker; and 10^6
 * workers practical (a few years timed). Each strategy's rules cost differently, so `none` and
 * `refusal` are both timed. Writes bench/results/refusal.json.
 * Run: node bin/run-ts.mjs bench/refusal.ts [--quick]. The flagship's time (`npm start`) is
 * bench/flagship.ts's, kept in the same file.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { streams } from "../src/engine/rng.ts";
import { refusal } from "../src/models/refusal/index.ts";
import { machineInfo, measureRetained, timeMs } from "./harness.ts";

const quick = process.argv.includes("--quick");
const cases = quick
  ? [{ workers: 1e4, firms: 100, months: 240, strategy: "none" }]
  : [
      { workers: 1e5, firms: 1e3, months: 1200, strategy: "none" },
      { workers: 1e5, firms: 1e3, months: 1200, strategy: "refusal" },
      { workers: 1e6, firms: 1e4, months: 60, strategy: "none" },
    ];

const records = [];
for (const c of cases) {
  const params = refusal.params.parse({
    workers: c.workers,
    firms: c.firms,
    strategy: c.strategy,
    burnInYears: 1,
  });
  let sim!: ReturnType<typeof refusal.create>;
  const constructionMs = timeMs(() => {
    sim = refusal.create(params, streams(1));
  });
  const mem = measureRetained(() => refusal.create(params, streams(2)));
  const row = new Float64Array(refusal.metrics.length);
  const steppingMs = timeMs(() => {
    for (let m = 0; m < c.months; m++) {
      sim.step();
      sim.observe(row);
    }
  });
  const rec = {
    model: "refusal",
    modelVersion: refusal.version,
    strategy: c.strategy,
    N: c.workers,
    firms: c.firms,
    months: c.months,
    constructionMs,
    steppingMs,
    secondsPer100Years: (steppingMs / 1000) * (1200 / c.months),
    workerMonthsPerSecond: (c.workers * c.months) / (steppingMs / 1000),
    measuredBytesPerWorker: mem.bytes / c.workers,
  };
  records.push(rec);
  process.stdout.write(`${JSON.stringify(rec)}\n`);
}

const at = records.find((r) => r.N === 1e5 && r.strategy === "refusal") ?? records[0];
const out = fileURLToPath(new URL(`./results/refusal${quick ? "-quick" : ""}.json`, import.meta.url));
mkdirSync(fileURLToPath(new URL("./results/", import.meta.url)), { recursive: true });
// The flagship's timing is written by bench/flagship.ts into the same file: keep it.
const flagship = existsSync(out) ? JSON.parse(readFileSync(out, "utf8")).flagship : undefined;
writeFileSync(
  out,
  `${JSON.stringify(
    {
      benchmark: "refusal",
      machine: machineInfo(),
      records,
      targets: {
        secondsFor1e5WorkersAnd1e3Firms100Years: { target: 30, measured: at.secondsPer100Years },
        bytesPerWorker: { target: 100, measured: at.measuredBytesPerWorker },
      },
      note: "one core (the main thread), through tsx; one timed run per case on a 2-core machine shared with other jobs (see loadAverage1m)",
      flagship,
    },
    null,
    2,
  )}\n`,
);
process.stdout.write(`-> ${out}\n`);
