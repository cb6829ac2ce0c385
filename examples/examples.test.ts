import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";

// Every example is a runnable script; each must run to completion and print something.
describe("examples", () => {
  for (const f of readdirSync("examples").filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))) {
    it(`examples/${f} runs`, () => {
      const r = spawnSync(process.execPath, ["bin/run-ts.mjs", `examples/${f}`], {
        encoding: "utf8",
        timeout: 120_000,
      });
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      expect(r.stdout.length).toBeGreaterThan(0);
    });
  }
});
