import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { REGIMES, regimeNamed } from "./regimes/index.ts";
import { rulesFor } from "./rules.ts";
import { STRATEGIES, strategyNamed } from "./strategies/index.ts";

const MODEL = "src/models/refusal";
const NAMES = [...STRATEGIES, ...REGIMES];

/** Every non-test TypeScript source under `dir`, as [path, text]. */
function sources(dir: string): [string, string][] {
  const out: [string, string][] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...sources(path));
    else if (/\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
      out.push([path, readFileSync(path, "utf8")]);
  }
  return out;
}

/** A value named strategy or regime compared or switched on (`p.strategy === ...`, `=== regime`). */
const COMPARES_RULE =
  /\b\w*(strategy|regime)\b['"\]]?\s*[!=]==?|[!=]==?\s*[\w.[\]'"]*\b\w*(strategy|regime)\b|switch\s*\([^)]*\b\w*(strategy|regime)\b/i;
/** A strategy's or regime's name compared or switched on (`=== "refusal"`, `case "planning":`). */
const COMPARES_NAME = new RegExp(
  `[!=]==?\\s*["'\`](${NAMES.join("|")})["'\`]|["'\`](${NAMES.join("|")})["'\`]\\s*[!=]==?|case\\s+["'\`](${NAMES.join("|")})["'\`]`,
);
/** The `strategy` or `regime` parameter read. */
const READS_PARAMETER = /\b(p|params)\.(strategy|regime)\b/;

/** What is wrong with a model source file, line by line, by the rules above (none when nothing is). */
function offences(path: string, text: string): string[] {
  const out: string[] = [];
  const file = relative(MODEL, path);
  text.split("\n").forEach((line, k) => {
    const at = `${path}:${k + 1}: ${line.trim()}`;
    if (COMPARES_RULE.test(line)) out.push(`compares a strategy or regime: ${at}`);
    if (COMPARES_NAME.test(line)) out.push(`compares a strategy's or regime's name: ${at}`);
    if (READS_PARAMETER.test(line) && file !== "rules.ts")
      out.push(`reads the parameter outside rules.ts: ${at}`);
  });
  return out;
}

describe("rules chosen once", () => {
  it("rulesFor() returns the strategy and the regime the parameters name", () => {
    for (const strategy of STRATEGIES)
      for (const regime of REGIMES) {
        const rules = rulesFor({ strategy, regime });
        expect(rules.strategy).toBe(strategyNamed(strategy));
        expect(rules.regime).toBe(regimeNamed(regime));
      }
  });

  it("offences() catches each way of testing a strategy or regime by its name", () => {
    const bad = [
      `if (p.strategy === "refusal") x();`,
      `const on = "planning" !== p.regime;`,
      `if (ctx.strategy === refusal) x();`,
      `switch (strategy) {`,
      `case "general-strike":`,
      `const aid = table[p.strategy];`,
    ];
    for (const line of bad) expect(offences(`${MODEL}/phases/x.ts`, line), line).not.toEqual([]);
    const good = [`if (strategy.organises) x();`, `adopt = strategy.adoption(ctx, j, newOffer);`];
    for (const line of good) expect(offences(`${MODEL}/phases/x.ts`, line), line).toEqual([]);
  });

  it("no model source file tests a strategy or regime by its name; only rules.ts reads the parameters", () => {
    const files = sources(MODEL);
    expect(files.length).toBeGreaterThan(40);
    expect(files.flatMap(([path, text]) => offences(path, text))).toEqual([]);
  });

  it("no source file of the engine, experiments, CLI or lab compares a strategy or regime", () => {
    const files = [...sources("src"), ...sources("web/src")].filter(([path]) => !path.startsWith(MODEL));
    expect(files.length).toBeGreaterThan(40);
    const found = files.flatMap(([path, text]) =>
      text
        .split("\n")
        .map((line, k) => [line, k] as const)
        .filter(([line]) => COMPARES_RULE.test(line))
        .map(([line, k]) => `${path}:${k + 1}: ${line.trim()}`),
    );
    expect(found).toEqual([]);
  });
});
