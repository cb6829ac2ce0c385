// Regenerates the golden summary of every canonical scenario (src/models/*/scenarios/*.golden.json).
// Run after a deliberate change of a model (and bump its version): node bin/run-ts.mjs scripts/update-golden.ts
import { writeFileSync } from "node:fs";
import { canonicalScenarios, goldenRecord } from "../test/golden.ts";

for (const s of canonicalScenarios()) {
  const rec = goldenRecord(s.file);
  writeFileSync(s.golden, `${JSON.stringify(rec, null, 2)}\n`);
  process.stdout.write(`${s.golden}: ${rec.status} ${rec.hash}\n`);
}
