import { describe, expect, it } from "vitest";
import { registry } from "../models/index.ts";
import { PROTOCOL } from "./result.ts";
import { whyNotServable } from "./servable.ts";

const lookup = (n: string) => registry.get(n);
const wright = registry.get("wright")!;
const reg = {
  model: "wright",
  modelVersion: wright.version,
  protocol: PROTOCOL,
  software: "s",
  coordinator: "c",
};

describe("whyNotServable", () => {
  it("whyNotServable() accepts an experiment of a model this worker has at the same version", () => {
    expect(whyNotServable(reg, lookup)).toBeUndefined();
  });

  it("whyNotServable() refuses another model version, an unknown model, another protocol, an unreadable entry", () => {
    expect(whyNotServable({ ...reg, modelVersion: "0.0.1" }, lookup)).toMatch(
      new RegExp(`runs wright 0.0.1, this worker has ${wright.version}`),
    );
    expect(whyNotServable({ ...reg, model: "nosuch" }, lookup)).toMatch(/has no model 'nosuch'/);
    expect(whyNotServable({ ...reg, protocol: PROTOCOL + 1 }, lookup)).toMatch(/protocol/);
    expect(whyNotServable(undefined, lookup)).toMatch(/unreadable/);
  });
});
