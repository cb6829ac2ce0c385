import { describe, expect, it } from "vitest";
import { checkPrefix, epochKey, lockKey, parseRegistration, queuePrefix, registryKey } from "./keys.ts";

describe("keys", () => {
  it("keys of an experiment all start with <prefix>:<experiment>: and the registry is <prefix>:experiments", () => {
    expect(queuePrefix("refusal", "grid-1")).toBe("refusal:grid-1");
    expect(lockKey("refusal", "grid-1")).toBe("refusal:grid-1:coordinator");
    expect(epochKey("refusal", "grid-1")).toBe("refusal:grid-1:epoch");
    expect(registryKey("team.a")).toBe("team.a:experiments");
  });

  it("checkPrefix() refuses ':' and empty prefixes, which would break the layout", () => {
    expect(checkPrefix("team-a_1.x")).toBe("team-a_1.x");
    expect(() => checkPrefix("a:b")).toThrow(/--prefix: expected letters, digits/);
    expect(() => checkPrefix("")).toThrow(/--prefix/);
  });

  it("parseRegistration() reads what a coordinator registers and rejects anything else", () => {
    const reg = {
      model: "wright",
      modelVersion: "1.0.0",
      protocol: 1,
      software: "refusal 0.1.0",
      coordinator: "h:1",
    };
    expect(parseRegistration(JSON.stringify(reg))).toEqual(reg);
    expect(parseRegistration("{not json")).toBeUndefined();
    expect(parseRegistration(JSON.stringify({ model: "wright" }))).toBeUndefined();
  });

  it("parseRegistration() reads the deadline per job, and drops one that is not a positive number", () => {
    const reg = { model: "wright", modelVersion: "1.0.0", protocol: 1, software: "s", coordinator: "c" };
    expect(parseRegistration(JSON.stringify({ ...reg, jobTimeoutMs: 5000, jobAttempts: 2 }))).toEqual({
      ...reg,
      jobTimeoutMs: 5000,
      jobAttempts: 2,
    });
    expect(parseRegistration(JSON.stringify({ ...reg, jobAttempts: 0.5 }))).toEqual(reg);
    expect(parseRegistration(JSON.stringify({ ...reg, jobTimeoutMs: "5000" }))).toEqual(reg);
    expect(parseRegistration(JSON.stringify({ ...reg, jobTimeoutMs: -1 }))).toEqual(reg);
  });
});
