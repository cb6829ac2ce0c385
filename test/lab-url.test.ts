import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getModel } from "../src/api.ts";
import { defaultScenario, labModels, scenarioFromQuery, scenarioToUrl } from "../web/src/scenario-state.ts";
import { decodeValue, encodeValue, fromQuery, paramDiff, toQuery } from "../web/src/url-state.ts";

describe("the scenario in the URL", () => {
  it("decodeValue(encodeValue(x)) gives back every double exactly (-0 as 0), and strings, booleans and lists", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(decodeValue(encodeValue(x), "number")).toBe(x === 0 ? 0 : x);
      }),
    );
    expect(decodeValue(encodeValue("general-strike"), "enum")).toBe("general-strike");
    expect(decodeValue(encodeValue(true), "boolean")).toBe(true);
    expect(decodeValue(encodeValue([0, 1, 2]), "array")).toEqual([0, 1, 2]);
    expect(decodeValue("", "number")).toBeNaN();
  });

  it("fromQuery(toQuery(s)) gives back model, seed, horizon, presets and changed parameters", () => {
    const s = {
      model: "refusal",
      seed: 42,
      horizon: 60,
      a: { preset: "refusal/planning", set: { workers: 20000, demandExcess: 0.25, strategy: "refusal" } },
      b: { preset: "bargaining/planning", set: { markup: 0.3 } },
    };
    const types: Record<string, string> = {
      workers: "integer",
      demandExcess: "number",
      markup: "number",
      strategy: "enum",
    };
    const q = fromQuery(toQuery(s), (n) => types[n]);
    expect(q).toEqual({ model: "refusal", seed: 42, horizon: 60, a: s.a, b: s.b });
  });

  it("paramDiff() keeps exactly the parameters whose values differ", () => {
    expect(paramDiff({ a: 1, b: [1, 2], c: "x" }, { a: 1, b: [1, 3], c: "y" })).toEqual({
      b: [1, 2],
      c: "x",
    });
    expect(paramDiff({ a: 1 }, { a: 1 })).toEqual({});
  });

  it("scenarioFromQuery() reproduces a scenario written by scenarioToUrl()", () => {
    const s = defaultScenario("wright");
    s.seed = 9;
    s.horizon = 12.5;
    s.a.params = { ...s.a.params, N: 1234, wmax: 80 };
    s.b = { preset: s.a.preset, params: { ...s.a.params, M: 5000 } };
    const q = toQuery(scenarioToUrl(s));
    expect(q).toContain("p.N=1234");
    expect(q).not.toContain("p.wmin"); // unchanged from the preset: not in the URL
    const back = scenarioFromQuery(`?${q}`);
    expect(back.notices).toEqual([]);
    expect(back.scenario).toEqual(s);
  });

  it("scenarioFromQuery() ignores what the schema rejects and says so", () => {
    const { scenario, notices } = scenarioFromQuery(
      "?model=wright&preset=paper&p.N=1&p.wmin=95&p.wmax=100&p.bogus=3&seed=-2&horizon=0",
    );
    const wright = getModel("wright");
    const defaults = wright.params.parse({});
    expect(scenario.a.params.N).toBe(defaults.N); // N >= 2
    expect(scenario.a.params.wmin).toBe(95); // accepted together with wmax = 100 (wmin <= wmax)
    expect(scenario.a.params.wmax).toBe(100);
    expect(scenario.seed).toBe(0);
    expect(scenario.horizon).toBe(wright.defaultHorizon);
    expect(notices).toEqual(
      expect.arrayContaining([
        "scenario A: unknown parameter 'bogus' ignored",
        "scenario A: invalid value for 'N' ignored",
        "invalid seed in the link",
        "invalid horizon in the link",
      ]),
    );
  });

  it("scenarioFromQuery() falls back to the first model and preset for unknown names", () => {
    const { scenario, notices } = scenarioFromQuery("?model=nope&preset=zzz");
    const first = labModels()[0];
    expect(scenario.model).toBe(first.name);
    expect(scenario.a.params).toEqual(defaultScenario(first.name).a.params);
    expect(notices).toEqual(["unknown model 'nope' in the link", "unknown preset 'zzz' in the link"]);
  });
});
