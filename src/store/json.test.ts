import { describe, expect, it } from "vitest";
import { canonicalJson, toPlain } from "./json.ts";

describe("canonicalJson", () => {
  it("canonicalJson() gives equal text for objects that differ only in key order", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: "s" } })).toBe(
      canonicalJson({ a: { c: "s", d: [1, { x: 1, y: 2 }] }, b: 1 }),
    );
    expect(canonicalJson({ b: 1, a: undefined, c: null })).toBe('{"b":1,"c":null}');
  });
});

describe("toPlain", () => {
  it("toPlain() keeps 64-bit integers exact: numbers up to 2^53 - 1, strings beyond", () => {
    expect(toPlain(9007199254740991n)).toBe(9007199254740991);
    expect(toPlain(-9007199254740991n)).toBe(-9007199254740991);
    expect(toPlain(9007199254740992n)).toBe("9007199254740992");
    expect(toPlain(-(2n ** 63n))).toBe("-9223372036854775808");
  });

  it("toPlain() writes dates as ISO 8601, non-finite doubles and bytes as strings, and recurses", () => {
    expect(toPlain(new Date(Date.UTC(2024, 0, 15, 12, 34, 56, 789)))).toBe("2024-01-15T12:34:56.789Z");
    expect(toPlain([Number.NaN, Number.POSITIVE_INFINITY, -Infinity, 1.5])).toEqual([
      "NaN",
      "Infinity",
      "-Infinity",
      1.5,
    ]);
    expect(toPlain(new Uint8Array([0, 15, 255]))).toBe("000fff");
    expect(toPlain({ a: [1n, { b: undefined }], c: null })).toEqual({ a: [1, { b: null }], c: null });
    expect(JSON.parse(JSON.stringify(toPlain({ x: Number.NaN })))).toEqual({ x: "NaN" });
  });
});
