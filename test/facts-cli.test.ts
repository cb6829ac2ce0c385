import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { refusal } from "../src/models/refusal/index.ts";
import { cli } from "./cli.ts";

/** The model version as a title prints it, escaped for a regular expression. */
const VERSION = refusal.version.replaceAll(".", "\\.");

const tmp = mkdtempSync(join(tmpdir(), "refusal-facts-cli-"));
/** A moderate run: 1,000 workers, 20 firms, 30 years of which 5 burn-in, 2 seeds (a few seconds). */
const SMALL = [
  "--seeds",
  "2",
  "--horizon",
  "30",
  "--set",
  "workers=1000",
  "--set",
  "firms=20",
  "--set",
  "burnInYears=5",
];

function expectUserError(r: ReturnType<typeof cli>, pattern: RegExp) {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  const lines = r.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
}

describe("refusal facts", () => {
  it("facts refusal ... prints the scorecard table and the count, and exits 0", () => {
    const r = cli(["facts", "refusal", ...SMALL, "--set", "strategy=none", "--set", "regime=laissez-faire"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe(
      `refusal ${refusal.version} workers=1000 firms=20 burnInYears=5: 2 seeds (0, 1) x 30 years (the first 5 years left out)`,
    );
    expect(lines[1]).toBe("targets: src/models/refusal/stylised-facts.yaml; 2 runs scored");
    expect(lines[2]).toMatch(/^fact +target +source +mean over runs \[95% interval\] +runs +result$/);
    expect(r.stdout).toMatch(
      /\nentrant_failure_2y +\[20, 40\] +Bartelsman et al\. \(2005\) +[-0-9.]+ \[[-0-9.]+, [-0-9.]+\] +2 +(holds|does not hold)/,
    );
    expect(r.stdout).toMatch(
      /\ncorr_employment +\[0\.8, 0\.82\] +McCracken & Ng \(2020\) +[-0-9.]+ \[[-0-9.]+, [-0-9.]+\] +2 +(holds|does not hold)/,
    );
    expect(r.stdout).toMatch(/\nfirm_growth_laplace +\[0, inf\] /);
    expect(r.stdout).toMatch(/\nrelvol_stock_watson_1999 +- +Stock & Watson \(1999\) +- +0 +no target\n/);
    expect(lines).toHaveLength(3 + 51 + 1);
    // 51 rows: 9 without a target and 4 repeats leave 38 facts, each measured or not (which ones
    // cannot be measured in so short a run depends on the run: e.g. a cycle-length CV needs two turns)
    const count = lines[lines.length - 1].match(
      /^(\d+) of (\d+) facts inside their ranges \((\d+) not measured, 9 rows without a target, 4 repeats of another row not counted\)$/,
    );
    expect(count).not.toBeNull();
    const [inside, measured, notMeasured] = count!.slice(1).map(Number);
    expect(measured + notMeasured).toBe(38);
    expect(inside).toBeLessThanOrEqual(measured);
  });

  it("--json prints one object with the scorecard; --report writes it as HTML", () => {
    const report = join(tmp, "facts.html");
    const r = cli(["facts", "refusal", ...SMALL, "--json", "--report", report]);
    expect(r.code).toBe(0);
    const { scorecards } = JSON.parse(r.stdout);
    expect(scorecards).toHaveLength(1);
    expect(scorecards[0].rows).toHaveLength(51);
    expect(scorecards[0].seeds).toEqual([0, 1]);
    const corr = scorecards[0].rows.find((x: { id: string }) => x.id === "corr_employment");
    expect(corr.stats.n).toBe(2);
    const laplace = scorecards[0].rows.find((x: { id: string }) => x.id === "firm_growth_laplace");
    expect(laplace.range).toEqual([0, "Infinity"]);
    expect(existsSync(report)).toBe(true);
    expect(readFileSync(report, "utf8")).toContain("Stylised facts");
  });

  it("scores a stored experiment (--db, --experiment), and names an unknown experiment", () => {
    const file = join(tmp, "facts-exp.yaml");
    const db = join(tmp, "facts.duckdb");
    writeFileSync(
      file,
      "name: facts-exp\nmodel: refusal\nparams: {workers: 1000, firms: 20, burnInYears: 5}\nseeds: 2\nhorizon: 20\n",
    );
    expect(cli(["sweep", file, "--db", db, "--workers", "0"]).code).toBe(0);
    const r = cli(["facts", "--db", db, "--experiment", "facts-exp"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      new RegExp(
        `^experiment facts-exp, point 0: refusal ${VERSION} burnInYears=5 firms=20 workers=1000, 2 seeds \\(0, 1\\)`,
      ),
    );
    expect(r.stdout).toMatch(/\nfirm_size_tail_exponent .* not measured: the stored runs hold no firm sizes/);
    expectUserError(
      cli(["facts", "--db", db, "--experiment", "facts-ex"]),
      /^refusal: --experiment facts-ex: no such experiment in the database \(did you mean 'facts-exp'\?\); expected one of: facts-exp$/,
    );
    const html = join(tmp, "report.html");
    expect(cli(["report", db, "--facts", "--out", html]).code).toBe(0);
    expect(readFileSync(html, "utf8")).toContain("experiment facts-exp, point 0");
  });

  it("facts --help lists its options", () => {
    const r = cli(["facts", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: refusal facts \[options\] \[model\|scenario-file\]/);
    for (const flag of [
      "--set",
      "--seeds",
      "--horizon",
      "--db",
      "--experiment",
      "--point",
      "--json",
      "--report",
    ])
      expect(r.stdout).toContain(flag);
  });

  it("a bad flag, model or parameter is one line on stderr and exit 2", () => {
    expectUserError(
      cli(["facts", "refusal", "--seeds", "0"]),
      /^refusal: --seeds: expected an integer from 1 to 1000, got "0"$/,
    );
    expectUserError(cli(["facts", "refusal", "--seeds", "abc"]), /^refusal: --seeds: expected an integer/);
    expectUserError(
      cli(["facts", "refusl"]),
      /^refusal: unknown model 'refusl' \(did you mean 'refusal'\?\)/,
    );
    expectUserError(
      cli(["facts", "goodwin"]),
      /^refusal: the model 'goodwin' has no stylised-facts targets; models with targets: refusal$/,
    );
    expectUserError(
      cli(["facts", "refusal", "--set", "strategy=nonee"]),
      /^refusal: --set strategy=nonee: params\.strategy: expected /,
    );
  });

  it("a missing or contradictory choice of what to score is one line on stderr and exit 2", () => {
    expectUserError(cli(["facts"]), /^refusal: facts: expected a model name or scenario file/);
    expectUserError(
      cli(["facts", "refusal", "--experiment", "x"]),
      /^refusal: facts: give a model .* not both$/,
    );
    expectUserError(
      cli(["facts", "refusal", "--point", "1"]),
      /^refusal: --point: applies to a stored experiment/,
    );
    expectUserError(
      cli(["facts", "--experiment", "x", "--seeds", "3"]),
      /^refusal: --seeds: applies to a model run/,
    );
    expectUserError(
      cli(["facts", "refusal", "--sedes", "3"]),
      /^refusal: unknown option '--sedes' \(did you mean --seeds\?\)$/,
    );
    expectUserError(
      cli(["facts", "--db", join(tmp, "none.duckdb"), "--experiment", "x"]),
      /^refusal: .*none\.duckdb/,
    );
  });
});
