import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { base64ToFloat64, float64ToBase64, fromWire, toWire } from "./wire.ts";

/** The bytes of a double: equal bytes, equal double, whatever its value (NaN payloads, -0). */
const bits = (a: Float64Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString("hex");
const roundTrip = (v: unknown) => fromWire(JSON.parse(JSON.stringify(toWire(v))));

describe("wire", () => {
  it("float64ToBase64() then base64ToFloat64() keeps every bit of any double, NaN payloads included", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 8 * 40 }), (raw) => {
        const bytes = raw.slice(0, raw.length - (raw.length % 8));
        const a = new Float64Array(bytes.buffer, 0, bytes.length / 8);
        expect(bits(base64ToFloat64(float64ToBase64(a)))).toBe(bits(a));
      }),
    );
  });

  it("float64ToBase64() writes little-endian bytes: 1.0 is 00 00 00 00 00 00 f0 3f", () => {
    // IEEE 754: 1.0 = sign 0, exponent 1023 (0x3ff), mantissa 0 -> 0x3ff0000000000000.
    expect(Buffer.from(float64ToBase64(Float64Array.of(1)), "base64").toString("hex")).toBe(
      "000000000000f03f",
    );
  });

  it("float64ToBase64() reads only the view, not the whole buffer behind it", () => {
    const whole = Float64Array.of(1, 2, 3, 4);
    const view = whole.subarray(1, 3);
    expect([...base64ToFloat64(float64ToBase64(view))]).toEqual([2, 3]);
  });

  it("toWire() through JSON and fromWire() give back NaN, the infinities and -0, which JSON alone loses", () => {
    const v = { a: Number.NaN, b: Number.POSITIVE_INFINITY, c: Number.NEGATIVE_INFINITY, d: -0, e: 0 };
    expect(JSON.parse(JSON.stringify(v))).toEqual({ a: null, b: null, c: null, d: 0, e: 0 });
    const back = roundTrip(v) as typeof v;
    expect(back.a).toBeNaN();
    expect(back.b).toBe(Number.POSITIVE_INFINITY);
    expect(back.c).toBe(Number.NEGATIVE_INFINITY);
    expect(Object.is(back.d, -0)).toBe(true);
    expect(Object.is(back.e, 0)).toBe(true);
  });

  it("toWire() through JSON and fromWire() give back any nested value of doubles exactly", () => {
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: "small" },
        fc.double(),
        fc.string(),
        fc.boolean(),
        fc.constant(null),
        fc.array(fc.double()).map((a) => Float64Array.from(a)),
        fc.array(tie("node"), { maxLength: 4 }),
        fc.dictionary(
          fc.string().filter((k) => !k.startsWith("$")),
          tie("node"),
          { maxKeys: 4, noNullPrototype: true },
        ),
      ),
    })).node;
    fc.assert(
      fc.property(value, (v) => {
        expect(roundTrip(v)).toStrictEqual(v);
      }),
    );
  });

  it("toWire() refuses typed arrays other than Float64Array and functions", () => {
    expect(() => toWire(new Float32Array(2))).toThrow(/only Float64Array/);
    expect(() => toWire({ f: () => 1 })).toThrow(/cannot send a function/);
  });

  it("fromWire() refuses an unknown number tag", () => {
    expect(() => fromWire({ $num: "nan" })).toThrow(/unknown number tag/);
  });
});
