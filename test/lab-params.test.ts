import { describe, expect, it } from "vitest";
import { describeParams, listModels } from "../src/api.ts";
import { refusal } from "../src/models/refusal/index.ts";
import { controlFor, niceStep, readValue, roundToStep } from "../web/src/params-ui.ts";

// refusal is listed here too in case the registry does not hold it yet.
const models = [...new Map([...listModels(), refusal].map((m) => [m.name, m])).values()];

describe("parameter controls", () => {
  it("niceStep() returns the least of 1, 2, 5 x 10^k at or above its argument", () => {
    expect(niceStep(0.003)).toBe(0.005);
    expect(niceStep(0.005)).toBe(0.005);
    expect(niceStep(0.0051)).toBe(0.01);
    expect(niceStep(1.5)).toBe(2);
    expect(niceStep(30)).toBe(50);
    expect(niceStep(100)).toBe(100);
  });

  it("roundToStep() removes binary noise at the step's decimals", () => {
    expect(roundToStep(0.1 + 0.2, 0.005)).toBe(0.3);
    expect(roundToStep(0.45500000000000007, 0.005)).toBe(0.455);
  });

  for (const model of models) {
    it(`controlFor() offers only values the ${model.name} schema accepts, the default included`, () => {
      const defaults = model.params.parse({}) as Record<string, unknown>;
      for (const info of describeParams(model)) {
        const ok = (v: unknown) => model.params.safeParse({ ...defaults, [info.name]: v }).success;
        const c = controlFor(info, ok);
        if (info.type === "enum") {
          expect(c.kind).toBe("select");
          if (c.kind === "select") for (const o of c.options) expect(ok(o), `${info.name}=${o}`).toBe(true);
        }
        if (c.kind !== "range") continue;
        expect(ok(c.min), `${model.name}.${info.name} min ${c.min}`).toBe(true);
        expect(ok(c.max), `${model.name}.${info.name} max ${c.max}`).toBe(true);
        expect(c.min).toBeLessThan(c.max);
        expect(c.min).toBeLessThanOrEqual(info.default as number);
        expect(c.max).toBeGreaterThanOrEqual(info.default as number);
        if (info.minimum !== undefined) expect(c.min).toBeGreaterThanOrEqual(info.minimum);
        if (info.maximum !== undefined) expect(c.max).toBeLessThanOrEqual(info.maximum);
        if (info.type === "integer") expect(c.step).toBe(1);
        else expect(c.step).toBeLessThanOrEqual((c.max - c.min) / 80); // at least 80 positions
      }
    });
  }

  it("controlFor() keeps the slider off an exclusive bound (refusal's neutralWageShare lies in (0, 1))", () => {
    const info = describeParams(refusal).find((p) => p.name === "neutralWageShare")!;
    const ok = (v: unknown) => refusal.params.safeParse({ neutralWageShare: v }).success;
    const c = controlFor(info, ok);
    expect(c.kind === "range" && c.min > 0 && c.max < 1).toBe(true);
  });

  it("controlFor() widens the range to hold a current value beyond the usual span", () => {
    const info = describeParams(refusal).find((p) => p.name === "workers")!;
    const c = controlFor(info, () => true, 1_500_000);
    expect(c.kind === "range" && c.max).toBe(1_500_000);
  });

  it("readValue() reads numbers, booleans, enums and lists as their type, and rejects blanks", () => {
    const info = (type: string) => ({ name: "x", type, default: 0, description: "" });
    expect(readValue(info("number"), " 0.25 ")).toBe(0.25);
    expect(readValue(info("number"), "")).toBeUndefined();
    expect(readValue(info("integer"), "abc")).toBeUndefined();
    expect(readValue(info("boolean"), true)).toBe(true);
    expect(readValue(info("enum"), "planning")).toBe("planning");
    expect(readValue(info("array"), "[1,2]")).toEqual([1, 2]);
  });
});
