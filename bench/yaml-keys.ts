/**
 * Parse time of a YAML mapping with 10^4 and 10^5 keys (scenario/datafile.ts: duplicate keys found
 * with a set per mapping, so the time grows linearly: the ratio stays near 10). Written to
 * bench/results/yaml-keys.json; never asserted as a time. `node bin/run-ts.mjs bench/yaml-keys.ts`
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { parseDataText } from "../src/scenario/datafile.ts";
import { machineInfo } from "./harness.ts";

/** A flat mapping of `n` distinct keys. */
function mappingText(n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) s += `key${i}: ${i}\n`;
  return s;
}

/** Median of `runs` parse times of a mapping of `n` keys, in milliseconds. */
function parseMs(n: number, runs = 5): number {
  const text = mappingText(n);
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    parseDataText(text, "bench.yaml");
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)];
}

{
  parseMs(1e4, 2); // warm-up
  const small = parseMs(1e4);
  const large = parseMs(1e5);
  const record = {
    benchmark: "yaml-keys",
    machine: machineInfo(),
    records: [
      { keys: 1e4, bytes: mappingText(1e4).length, parseMs: Number(small.toFixed(2)) },
      { keys: 1e5, bytes: mappingText(1e5).length, parseMs: Number(large.toFixed(2)) },
    ],
    ratio: Number((large / small).toFixed(2)),
    target: "ratio near 10 (linear); the quadratic check it replaced took 14 s for 40,000 keys",
  };
  mkdirSync(new URL("./results/", import.meta.url), { recursive: true });
  writeFileSync(new URL("./results/yaml-keys.json", import.meta.url), `${JSON.stringify(record, null, 2)}\n`);
  process.stdout.write(
    `yaml-keys: 10^4 keys ${small.toFixed(1)} ms, 10^5 keys ${large.toFixed(1)} ms, ratio ${record.ratio}\n`,
  );
}
