import { describe, expect, it } from "vitest";
import { registry } from "../models/index.ts";
import { UserError } from "../scenario/errors.ts";
import { parseExperiment } from "./experiment-file.ts";

const errorOf = (text: string): string => {
  try {
    parseExperiment(text, "e.yaml", registry);
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    expect((e as Error).message).not.toContain("\n");
    return (e as Error).message;
  }
  throw new Error("expected a UserError");
};
const exp = (body: string) => `name: x\nmodel: goodwin\n${body}`;

describe("parseExperiment", () => {
  it("parseExperiment() refuses design options the kind does not use", () => {
    expect(errorOf(exp("factors: {nu: {min: 2, max: 4}}\ndesign: {kind: grid, samples: 10}\n"))).toMatch(
      /^e\.yaml:4:\d+: design\.samples: grid takes no samples/,
    );
    expect(
      errorOf(exp("factors: {nu: {min: 2, max: 4}}\ndesign: {kind: random, samples: 4, levels: 3}\n")),
    ).toMatch(/design\.levels: random takes no levels/);
  });

  it("parseExperiment() refuses Sobol samples that are not a power of two, naming the nearest", () => {
    expect(errorOf(exp("factors: {nu: {min: 2, max: 4}}\ndesign: {kind: sobol, samples: 100}\n"))).toMatch(
      /design\.samples: sobol needs a power of two .*got 100; use 64 or 128$/,
    );
  });

  it("parseExperiment() refuses a horizon shorter than one step, and one over the cap", () => {
    expect(errorOf(exp("horizon: 1.0e-300\n"))).toMatch(
      /^e\.yaml:3:10: horizon: expected at least one step of goodwin/,
    );
    expect(errorOf(exp("horizon: 1.0e+12\n"))).toMatch(/horizon: expected a number <= 10000000/);
  });

  it("parseExperiment() refuses a metric listed twice in record.series", () => {
    expect(errorOf(exp("record: {series: [omega, omega]}\n"))).toBe(
      "e.yaml:3:26: record.series[1]: the metric 'omega' is listed twice",
    );
  });

  it("parseExperiment() refuses a real range for an integer parameter", () => {
    expect(errorOf("name: x\nmodel: threshold\nfactors: {N: {min: 10, max: 20}}\n")).toBe(
      "e.yaml:3:11: factors.N: the parameter 'N' takes integers only, and grid gives it 12.5: add 'integer: true' to the range, or give values",
    );
    expect(
      errorOf(
        "name: x\nmodel: threshold\nfactors: {N: {min: 10, max: 20}}\ndesign: {kind: latin-hypercube, samples: 8}\n",
      ),
    ).toMatch(/factors\.N: the parameter 'N' takes integers only, and latin-hypercube gives it 13\.8/);
  });

  it("parseExperiment() accepts a range of an integer parameter whose grid levels all fall on integers", () => {
    const e = parseExperiment(
      "name: x\nmodel: wright\nfactors: {wmax: {min: 60, max: 120}}\ndesign: {kind: grid, levels: 7}\n",
      "e.yaml",
      registry,
    );
    expect(e.factors).toEqual([{ name: "wmax", min: 60, max: 120 }]);
  });

  it("parseExperiment() refuses a plan over the run limit before expanding it, naming the flag", () => {
    expect(errorOf(exp("factors: {nu: {min: 2, max: 4}}\ndesign: {kind: grid, levels: 1000000000}\n"))).toBe(
      "e.yaml:4:9: design: 1,000,000,000 runs planned, more than the limit of 1,000,000 (raise it with --max-runs N)",
    );
    expect(
      errorOf(exp("factors: {nu: {min: 2, max: 4}}\ndesign: {kind: latin-hypercube, samples: 10000000}\n")),
    ).toMatch(/10,000,000 runs planned/);
    expect(errorOf(exp("factors: {nu: {values: [1,2,3,4,5,6,7,8,9,10]}}\nseeds: 1000000\n"))).toMatch(
      /10,000,000 runs planned, more than the limit/,
    );
  });
});
