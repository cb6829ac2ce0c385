import { getModel, run, scenarioFor } from "../api.ts";
import { fmt } from "./format.ts";
import { sparkline } from "./sparkline.ts";

/** `refusal demo` (npm start until the flagship exists): Goodwin's and Keen's cycles, summarised. */
export function demoCommand(o: { horizon: string }): void {
  const cases: [string, string][] = [
    [
      "goodwin",
      "Goodwin (1967): the wage share and the employment rate chase each other round a closed orbit.",
    ],
    [
      "keen",
      "Keen (1995), after Grasselli & Costa Lima (2012): the same cycle with debt-financed investment.",
    ],
  ];
  for (const [name, blurb] of cases) {
    const sc = scenarioFor(name, { horizon: o.horizon });
    const model = getModel(name);
    const series = model.metrics.map(() => [] as number[]);
    const r = run(sc, {
      onRow: (_t, row) => {
        for (let i = 0; i < row.length; i++) series[i].push(row[i]);
      },
    });
    process.stdout.write(`\n${name} v${r.modelVersion}: ${blurb}\n`);
    process.stdout.write(
      `  ${fmt(sc.horizon)} years, status ${r.status}${r.failure ? ` (${r.failure.message})` : ""}\n`,
    );
    model.metrics.forEach((m, i) => {
      process.stdout.write(
        `  ${m.padEnd(7)} ${sparkline(series[i])}  mean ${fmt(r.summary[`${m}_mean`])} [${fmt(r.summary[`${m}_min`])}, ${fmt(r.summary[`${m}_max`])}]\n`,
      );
    });
    const own = Object.entries(r.summary).filter(([k]) => !/_(mean|min|max)$/.test(k));
    if (own.length) process.stdout.write(`  ${own.map(([k, v]) => `${k} ${fmt(v)}`).join("  ")}\n`);
  }
  process.stdout.write(
    "\nTry: npx refusal run keen --set omega0=0.75 --set lambda0=0.7 --horizon 300 --json\n",
  );
}
