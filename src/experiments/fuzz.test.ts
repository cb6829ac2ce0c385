import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { registry } from "../models/index.ts";
import { UserError } from "../scenario/errors.ts";
import { parseExperiment } from "./experiment-file.ts";
import { planSize } from "./plan-size.ts";
import { planExperiment } from "./sweep.ts";
import { loadThesis } from "./theses/thesis-file.ts";

const dir = mkdtempSync(join(tmpdir(), "refusal-fuzz-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Parsing must end in a value or a one-line UserError naming the file, never another exception. */
function parsesOrRefuses(f: () => unknown, file: string): boolean {
  try {
    f();
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    expect(e.message).not.toContain("\n");
    expect(e.message.startsWith(file)).toBe(true);
  }
  return true;
}

const leaf = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.string({ maxLength: 8 }),
  fc.boolean(),
  fc.constant(null),
);
const value = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: "small" },
    leaf,
    fc.array(tie("node"), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 6 }), tie("node"), { maxKeys: 3 }),
  ),
})).node;
const kinds = fc.constantFrom("grid", "random", "latin-hypercube", "morris", "sobol", "bogus");

describe("experiment and thesis fuzzing", () => {
  it("parseExperiment() never crashes on arbitrary experiment-like structures", () => {
    const factor = fc.oneof(
      fc.record({ min: fc.double(), max: fc.double() }, { requiredKeys: [] }),
      fc.record({ values: fc.array(leaf, { maxLength: 4 }) }),
      value,
    );
    const experiment = fc.record(
      {
        name: fc.oneof(fc.constant("x"), fc.string({ maxLength: 6 })),
        model: fc.oneof(fc.constantFrom(...registry.names()), fc.string({ maxLength: 6 })),
        factors: fc.dictionary(
          fc.constantFrom("nu", "alpha", "omega0", "N", "sd", "bogus", "__proto__"),
          factor,
          {
            maxKeys: 3,
          },
        ),
        design: fc.oneof(
          kinds,
          fc.record(
            {
              kind: kinds,
              samples: fc.oneof(fc.integer({ min: -2, max: 5000 }), fc.double()),
              levels: fc.integer({ min: -1, max: 1e6 }),
              seed: fc.integer(),
            },
            { requiredKeys: ["kind"] },
          ),
        ),
        seeds: fc.oneof(fc.integer({ min: -1, max: 2e6 }), fc.array(fc.integer(), { maxLength: 3 })),
        horizon: fc.oneof(fc.double(), fc.integer({ min: -5, max: 50 })),
        record: value,
      },
      { requiredKeys: ["name", "model"] },
    );
    fc.assert(
      fc.property(experiment, (e) =>
        parsesOrRefuses(() => parseExperiment(JSON.stringify(e), "fuzz.json", registry), "fuzz.json"),
      ),
      { numRuns: 400 },
    );
  });

  it("loadThesis() never crashes on arbitrary thesis-like files", () => {
    const range = fc.record(
      { min: fc.double(), max: fc.double(), integer: fc.boolean() },
      { requiredKeys: ["min", "max"] },
    );
    const thesis = fc.record(
      {
        id: fc.oneof(fc.constant("T1"), fc.string({ maxLength: 4 })),
        title: fc.string({ maxLength: 5 }),
        paragraph: fc.constant("¶1"),
        claim: fc.string({ maxLength: 5 }),
        model: fc.oneof(fc.constantFrom("threshold", "goodwin"), fc.string({ maxLength: 5 })),
        horizon: fc.oneof(fc.double(), fc.integer({ min: -1, max: 100 })),
        seeds: fc.integer({ min: -1, max: 20_000 }),
        test: fc.oneof(
          fc.record({
            kind: fc.constant("level"),
            arm: fc.dictionary(fc.constantFrom("N", "sd", "nu", "x"), leaf, { maxKeys: 2 }),
            metrics: fc.constant([{ summary: "final", direction: "increase" }]),
          }),
          value,
        ),
        robustness: fc.record({
          samples: fc.integer({ min: 0, max: 20_000 }),
          seeds: fc.integer({ min: 0, max: 2000 }),
          factors: fc.dictionary(fc.constantFrom("sd", "mean", "bogus"), range, { maxKeys: 2 }),
        }),
      },
      { requiredKeys: ["id", "model"] },
    );
    let i = 0;
    fc.assert(
      fc.property(thesis, (t) => {
        const file = join(dir, `t${i++}.json`);
        writeFileSync(file, JSON.stringify(t));
        return parsesOrRefuses(() => loadThesis(file, registry), file);
      }),
      { numRuns: 200 },
    );
  });

  it("no generated experiment of at most 10^5 planned runs and a horizon of at most 10^3 plans past 1 GB", () => {
    const gen = fc.record({
      kind: fc.constantFrom("grid", "random", "latin-hypercube", "morris", "sobol"),
      k: fc.integer({ min: 1, max: 8 }),
      runs: fc.integer({ min: 1, max: 100_000 }),
      horizon: fc.integer({ min: 1, max: 1000 }),
    });
    const names = ["nu", "alpha", "beta", "delta", "gamma", "rho", "omega0", "lambda0"];
    fc.assert(
      fc.property(gen, ({ kind, k, runs, horizon }) => {
        const per = kind === "morris" ? k + 1 : kind === "sobol" ? k + 2 : 1;
        let samples = Math.max(1, Math.floor(runs / per));
        if (kind === "sobol") samples = 2 ** Math.max(1, Math.floor(Math.log2(Math.max(2, samples))));
        const levels = Math.max(2, Math.floor(runs ** (1 / k)));
        const factors = names
          .slice(0, k)
          .map((n) => `  ${n}: {min: 0.5, max: 0.9}`)
          .join("\n");
        const design =
          kind === "grid" ? `{kind: grid, levels: ${levels}}` : `{kind: ${kind}, samples: ${samples}}`;
        const text = `name: p\nmodel: goodwin\nfactors:\n${factors}\ndesign: ${design}\nhorizon: ${horizon}\n`;
        const exp = parseExperiment(text, "p.yaml", registry);
        const size = planSize(exp.factors, exp.design, exp.seeds.length);
        expect(size.runs).toBeLessThanOrEqual(100_000);
        expect(size.bytes).toBeLessThan(1024 ** 3);
        const before = process.memoryUsage().rss;
        const specs = planExperiment(exp);
        expect(specs.length).toBe(size.runs);
        expect(process.memoryUsage().rss - before).toBeLessThan(1024 ** 3);
        return true;
      }),
      { numRuns: 12 },
    );
  });
});
