/**
 * A second process for the store's tests (run with `node bin/run-ts.mjs`):
 *   child.ts hold <db>          open <db> for writing, print READY, hold it until stdin closes
 *   child.ts write <db> <n> <steps>   resume-write synthetic runs 0..n-1, printing "stored k" after each
 *   child.ts open <db>          try to open <db> for writing; print OK or the error message
 */
import { Store } from "../store.ts";
import { SYNTHETIC_EXPERIMENT, syntheticRun } from "./fixtures.ts";

const [mode, db, nArg, stepsArg] = process.argv.slice(2);
const say = (s: string) => process.stdout.write(`${s}\n`);

if (mode === "hold") {
  const store = await Store.open(db);
  say("READY");
  process.stdin.resume();
  process.stdin.on("end", () => {
    void store.close().then(() => process.exit(0));
  });
} else if (mode === "write") {
  const store = await Store.open(db);
  await store.putExperiment({ name: "exp", ...SYNTHETIC_EXPERIMENT });
  const done = await store.storedRunKeys("exp");
  for (let k = 0; k < Number(nArg); k++) {
    const rec = syntheticRun(k, { steps: Number(stepsArg) });
    if (done.has(rec.runKey)) continue;
    await store.putRun(rec);
    say(`stored ${k}`);
  }
  await store.close();
  say("DONE");
} else if (mode === "open") {
  try {
    const store = await Store.open(db);
    await store.close();
    say("OK");
  } catch (e) {
    say((e as Error).message);
  }
} else {
  process.stderr.write(`unknown mode ${mode}\n`);
  process.exit(2);
}
