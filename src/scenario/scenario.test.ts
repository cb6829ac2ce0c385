import { describe, expect, it } from "vitest";
import { walk } from "../../test/fixtures/walk-model.ts";
import { UserError } from "./errors.ts";
import {
  applyOverrides,
  type ModelLookup,
  modelScenario,
  parseScenario,
  scenarioJsonSchema,
} from "./scenario.ts";

const lookup: ModelLookup = { get: (n) => (n === "walk" ? walk : undefined), names: () => ["walk"] };
const parse = (text: string, file = "s.yaml") => parseScenario(text, file, lookup);
const errorOf = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    const msg = (e as Error).message;
    expect(msg).not.toContain("\n");
    return msg;
  }
  throw new Error("expected a UserError");
};

describe("parseScenario", () => {
  it("parseScenario() fills defaults and keeps given values", () => {
    const sc = parse("model: walk\nseed: 3\nhorizon: 7\nparams:\n  n: 20\n");
    expect(sc).toMatchObject({ model: "walk", seed: 3, horizon: 7 });
    expect(sc.params).toEqual({ n: 20, step: 1, kind: "plain", explodeAt: 0, breakAt: 0, nanAt: 0 });
  });

  it("parseScenario() reads JSON as well as YAML", () => {
    expect(parse('{"model": "walk", "params": {"n": 4}}', "s.json").params.n).toBe(4);
  });

  it("parseScenario() names file, line, column and field of a typo in a parameter key", () => {
    const msg = errorOf(() => parse("model: walk\nparams:\n  n: 20\n  stpe: 2\n"));
    expect(msg).toMatch(/^s\.yaml:4:3: params\.stpe: unknown key 'stpe' \(did you mean 'step'\?\)/);
  });

  it("parseScenario() reports a wrong type as expected …, got …", () => {
    expect(errorOf(() => parse("model: walk\nparams:\n  step: abc\n"))).toBe(
      's.yaml:3:9: params.step: expected number, got string "abc"',
    );
    expect(errorOf(() => parse("model: walk\nparams:\n  n: 2.5\n"))).toMatch(
      /^s\.yaml:3:6: params\.n: expected an integer, got number 2\.5/,
    );
    expect(errorOf(() => parse("model: walk\nhorizon: -5\n"))).toBe(
      "s.yaml:2:10: horizon: expected a number > 0, got number -5",
    );
    expect(errorOf(() => parse("model: walk\nparams:\n  kind: drfit\n"))).toMatch(
      /params\.kind: expected "plain" \| "drift", got string "drfit" \(did you mean 'drift'\?\)/,
    );
  });

  it("parseScenario() suggests the closest model name", () => {
    expect(errorOf(() => parse("model: wlak\n"))).toBe(
      "s.yaml:1:8: model: unknown model 'wlak' (did you mean 'walk'?); expected one of: walk",
    );
  });

  it("parseScenario() rejects unknown top-level keys and tabs in YAML with a position", () => {
    expect(errorOf(() => parse("model: walk\nhorizn: 3\n"))).toMatch(
      /^s\.yaml:2:1: horizn: unknown key 'horizn' \(did you mean 'horizon'\?\)/,
    );
    expect(errorOf(() => parse("model: walk\nparams:\n\tn: 3\n"))).toMatch(/^s\.yaml:3:1: .*tab/i);
  });

  it("parseScenario() rejects syntax errors, empty files and non-mappings with a position", () => {
    expect(errorOf(() => parse('{"model": "walk",,}', "s.json"))).toMatch(/^s\.json:1:\d+: /);
    expect(errorOf(() => parse(""))).toMatch(/^s\.yaml:1:1: \(root\): expected a mapping/);
    expect(errorOf(() => parse("- 1\n- 2\n"))).toMatch(/^s\.yaml:1:1: /);
  });

  it("parseScenario() evaluates nothing: YAML tags are refused", () => {
    expect(errorOf(() => parse("model: !!js/function 'function(){}'\n"))).toMatch(/^s\.yaml:1:\d+: /);
  });
});

describe("applyOverrides", () => {
  const base = modelScenario("walk", lookup);

  it("applyOverrides() reads --set values as YAML scalars", () => {
    const sc = applyOverrides(
      base,
      { set: ["n=5", "step=0.25", "kind=drift"], seed: "9", horizon: "2.5" },
      lookup,
    );
    expect(sc.params).toMatchObject({ n: 5, step: 0.25, kind: "drift" });
    expect(sc.seed).toBe(9);
    expect(sc.horizon).toBe(2.5);
  });

  it("applyOverrides() names the flag and the field of a bad value", () => {
    expect(errorOf(() => applyOverrides(base, { set: ["step=abc"] }, lookup))).toBe(
      '--set step=abc: params.step: expected number, got string "abc"',
    );
    expect(errorOf(() => applyOverrides(base, { set: ["stpe=1"] }, lookup))).toMatch(
      /^--set stpe=1: params\.stpe: unknown key 'stpe' \(did you mean 'step'\?\)/,
    );
    expect(errorOf(() => applyOverrides(base, { set: ["novalue"] }, lookup))).toBe(
      "--set novalue: expected key=value",
    );
    expect(errorOf(() => applyOverrides(base, { horizon: "-5" }, lookup))).toBe(
      '--horizon: expected a number > 0 and <= 10000000, got "-5"',
    );
    expect(errorOf(() => applyOverrides(base, { seed: "x" }, lookup))).toBe(
      '--seed: expected an integer from 0 to 9007199254740991, got "x"',
    );
  });
});

describe("scenarioJsonSchema", () => {
  it("scenarioJsonSchema() describes every parameter with its default and forbids other keys", () => {
    const s = scenarioJsonSchema(walk) as any;
    expect(s.additionalProperties).toBe(false);
    expect(s.properties.model.const).toBe("walk");
    expect(s.properties.params.properties.n).toMatchObject({
      type: "integer",
      default: 10,
      description: "walkers",
    });
    expect(s.properties.params.additionalProperties).toBe(false);
  });
});
