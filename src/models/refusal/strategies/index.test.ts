import { describe, expect, it } from "vitest";
import { refusalParams } from "../params.ts";
import { STRATEGIES, STRATEGY_LIST, strategyNamed } from "./index.ts";

describe("the workers' strategies as values", () => {
  it("STRATEGIES lists each strategy once, in the order scenario files and the lab use", () => {
    expect([...STRATEGIES]).toEqual(["none", "bargaining", "passivity", "general-strike", "refusal"]);
    expect(new Set(STRATEGIES).size).toBe(STRATEGY_LIST.length);
  });

  it("strategyNamed() returns the value whose name it is given, and refuses an unknown name", () => {
    for (const x of STRATEGY_LIST) expect(strategyNamed(x.name)).toBe(x);
    expect(() => strategyNamed("luddism" as never)).toThrow(/unknown strategy 'luddism'/);
  });

  it("strategyNamed() returns strategies that organise exactly for bargaining, general-strike and refusal", () => {
    expect(strategyNamed("bargaining").organises).toBe(true);
    expect(strategyNamed("general-strike").organises).toBe(true);
    expect(strategyNamed("refusal").organises).toBe(true);
    expect(strategyNamed("none").organises).toBe(false);
    expect(strategyNamed("passivity").organises).toBe(false);
  });

  it("strategyNamed() returns one strategy for each of the other traits", () => {
    const only = (trait: "unionSetsWages" | "passive" | "blocksAdoption" | "paysMutualAid") =>
      STRATEGY_LIST.filter((x) => x[trait]).map((x) => x.name);
    expect(only("unionSetsWages")).toEqual(["bargaining"]);
    expect(only("passive")).toEqual(["passivity"]);
    expect(only("blocksAdoption")).toEqual(["refusal"]);
    expect(only("paysMutualAid")).toEqual(["refusal"]);
  });

  it("the strategy parameter accepts exactly the listed names", () => {
    for (const name of STRATEGIES) expect(refusalParams.parse({ strategy: name }).strategy).toBe(name);
    expect(() => refusalParams.parse({ strategy: "luddism" })).toThrow();
  });
});
