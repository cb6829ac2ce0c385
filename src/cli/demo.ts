import { getModel, run, scenarioFor } from "../api-node.ts";
import { fmt } from "./format.ts";
import { sparkline } from "./sparkline.ts";

const CASES: [target: string, blurb: string][] = [
  [
    "goodwin",
    "Goodwin (1967): the wage share and the employment rate chase each other round a closed orbit.",
  ],
  [
    "src/models/keen/scenarios/convergent.yaml",
    "Keen (1995), after Grasselli & Costa Lima (2012): debt-financed investment; from (0.75, 0.75, 0.1) the cycle spirals into the good equilibrium.",
  ],
  [
    "src/models/keen/scenarios/divergent.yaml",
    "The same model from lambda0 = 0.70: growing cycles, then a debt explosion (Minsky's crisis).",
  ],
];

/**
 * A series kept for a sparkline in bounded memory: every value up to `cap`, then every second one,
 * every fourth... (halved in place whenever full), so a long horizon costs no more than a short one.
 */
export class Decimated {
  readonly values: number[] = [];
  private stride = 1;
  private seen = 0;

  constructor(private readonly cap = 65_536) {}

  push(v: number): void {
    if (this.seen++ % this.stride !== 0) return;
    this.values.push(v);
    if (this.values.length >= this.cap) {
      let j = 0;
      for (let i = 0; i < this.values.length; i += 2) this.values[j++] = this.values[i];
      this.values.length = j;
      this.stride *= 2;
    }
  }
}

/** `refusal demo` (npm start until the flagship exists): Goodwin's and Keen's cycles, summarised. */
export function demoCommand(o: { horizon?: string }): void {
  for (const [target, blurb] of CASES) {
    const sc = scenarioFor(target, o.horizon ? { horizon: o.horizon } : {});
    const model = getModel(sc.model);
    const series = model.metrics.map(() => new Decimated());
    const r = run(sc, {
      onRow: (_t, row) => {
        for (let i = 0; i < row.length; i++) series[i].push(row[i]);
      },
    });
    process.stdout.write(`\n${model.name} v${r.modelVersion}: ${blurb}\n`);
    const stop = r.failure ? `, stopped at t = ${fmt(r.failure.t)}: ${r.failure.message}` : "";
    process.stdout.write(`  ${fmt(sc.horizon)} years, status ${r.status}${stop}\n`);
    model.metrics.forEach((m, i) => {
      const range = `mean ${fmt(r.summary[`${m}_mean`])} [${fmt(r.summary[`${m}_min`])}, ${fmt(r.summary[`${m}_max`])}]`;
      process.stdout.write(`  ${m.padEnd(7)} ${sparkline(series[i].values)}  ${range}\n`);
    });
    const own = Object.entries(r.summary).filter(([k]) => !/_(mean|min|max)$/.test(k));
    if (own.length) process.stdout.write(`  ${own.map(([k, v]) => `${k} ${fmt(v)}`).join("  ")}\n`);
  }
  process.stdout.write("\nTry: npx refusal run keen --set lambda0=0.7 --horizon 300 --json\n");
}
