import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { registry } from "../models/index.ts";
import { UserError } from "./errors.ts";
import { parseScenario } from "./scenario.ts";

/** Parsing must end in a scenario or a one-line UserError, never in any other exception. */
function parsesOrRefuses(text: string): boolean {
  try {
    parseScenario(text, "fuzz.yaml", registry);
    return true;
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    expect(e.message).not.toContain("\n");
    expect(e.message.startsWith("fuzz.yaml:")).toBe(true);
    return true;
  }
}

describe("scenario fuzzing", () => {
  it("parseScenario() never crashes on arbitrary text", () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), parsesOrRefuses), { numRuns: 500 });
  });

  it("parseScenario() never crashes on arbitrary YAML-ish structures for real models", () => {
    const value = fc.letrec((tie) => ({
      leaf: fc.oneof(fc.double(), fc.integer(), fc.string({ maxLength: 8 }), fc.boolean(), fc.constant(null)),
      node: fc.oneof(
        { depthSize: "small" },
        tie("leaf"),
        fc.array(tie("node"), { maxLength: 3 }),
        fc.dictionary(fc.string({ maxLength: 6 }), tie("node"), { maxKeys: 3 }),
      ),
    })).node;
    const keys = fc.constantFrom(
      "nu",
      "alpha",
      "omega0",
      "lambda0",
      "G",
      "theta",
      "N",
      "sd",
      "distribution",
      "thresholds",
      "bogus",
    );
    const scenario = fc.record({
      model: fc.oneof(fc.constantFrom(...registry.names()), fc.string({ maxLength: 8 })),
      seed: fc.oneof(fc.integer(), fc.double(), fc.string({ maxLength: 4 })),
      horizon: fc.oneof(fc.double(), fc.integer({ min: -5, max: 50 })),
      params: fc.dictionary(keys, value, { maxKeys: 4 }),
    });
    fc.assert(
      fc.property(scenario, (s) => parsesOrRefuses(JSON.stringify(s))),
      { numRuns: 500 },
    );
  });
});
