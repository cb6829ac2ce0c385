// Which starts of the Keen model end in the good equilibrium, and which in a debt explosion?
// Run: node bin/run-ts.mjs examples/keen-basins.ts
import { run, scenarioFor } from "../src/api-node.ts";

const starts: [omega0: number, lambda0: number, d0: number][] = [
  [0.75, 0.75, 0.1],
  [0.75, 0.7, 0.1],
  [0.8, 0.9, 0.5],
  [0.8, 0.8, 20],
];

console.log("omega0 lambda0 d0    status    t_end  final d");
for (const [omega0, lambda0, d0] of starts) {
  const sc = scenarioFor("keen", {
    set: [`omega0=${omega0}`, `lambda0=${lambda0}`, `d0=${d0}`],
    horizon: 300,
  });
  const r = run(sc);
  console.log(
    `${omega0.toFixed(2).padStart(6)} ${lambda0.toFixed(2).padStart(7)} ${d0.toFixed(1).padStart(4)}  ${r.status.padEnd(8)} ${r.t.toFixed(1).padStart(6)}  ${r.final.d.toPrecision(4)}`,
  );
}
