import { describe, expect, it } from "vitest";
import { walk } from "../../test/fixtures/walk-model.ts";
import { registry } from "../models/index.ts";
import { UserError } from "./errors.ts";
import { modelLookup, withModels } from "./model-lookup.ts";

describe("modelLookup", () => {
  it("modelLookup() finds the models of a list by name, in their order", () => {
    const l = modelLookup([walk]);
    expect(l.get("walk")).toBe(walk);
    expect(l.get("goodwin")).toBeUndefined();
    expect(l.names()).toEqual(["walk"]);
    expect(l.all()).toEqual([walk]);
  });

  it("withModels() adds models given by value to the default list", () => {
    const l = withModels(registry, [walk]);
    expect(l.names()).toEqual([...registry.names(), "walk"]);
    expect(l.get("goodwin")).toBe(registry.get("goodwin"));
    expect(l.get("walk")).toBe(walk);
    expect(registry.get("walk")).toBeUndefined();
  });

  it("modelLookup() refuses two models of one name", () => {
    const other = { ...walk };
    expect(() => withModels(modelLookup([walk]), [other])).toThrow(UserError);
    expect(() => withModels(modelLookup([walk]), [other])).toThrow(
      "two models are named 'walk': give each model its own name",
    );
    expect(withModels(modelLookup([walk]), [walk]).all()).toEqual([walk]);
  });
});
