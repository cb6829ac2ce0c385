import { describe, expect, it } from "vitest";
import {
  AT_ENTRY,
  AT_EXIT,
  AT_EXIT_AND_ENTRY,
  allocateTable,
  bytesPerRow,
  column,
  resetBy,
  resetRow,
} from "./columns.ts";

const SPEC = {
  a: column("f64", 0, AT_EXIT),
  b: column("i32", -1, AT_ENTRY),
  c: column("u8", 1, AT_EXIT_AND_ENTRY),
  d: column("f32"),
};

describe("actor tables declared once", () => {
  it("allocateTable() makes one typed array per column, every row at the column's initial value", () => {
    const t = allocateTable(SPEC, 3);
    expect(t.a).toBeInstanceOf(Float64Array);
    expect(t.b).toBeInstanceOf(Int32Array);
    expect(t.c).toBeInstanceOf(Uint8Array);
    expect(t.d).toBeInstanceOf(Float32Array);
    expect(Array.from(t.b)).toEqual([-1, -1, -1]);
    expect(Array.from(t.c)).toEqual([1, 1, 1]);
    expect(Array.from(t.a)).toEqual([0, 0, 0]);
  });

  it("resetBy() lists the columns an exit or an entry resets, in declaration order", () => {
    expect(resetBy(SPEC, "exit")).toEqual(["a", "c"]);
    expect(resetBy(SPEC, "entry")).toEqual(["b", "c"]);
  });

  it("resetRow() puts one row of the named columns back to their initial values, and nothing else", () => {
    const t = allocateTable(SPEC, 2);
    for (const x of [t.a, t.b, t.c, t.d]) x.fill(7);
    resetRow(t, SPEC, resetBy(SPEC, "exit"), 1);
    expect([t.a[1], t.b[1], t.c[1], t.d[1]]).toEqual([0, 7, 1, 7]);
    expect([t.a[0], t.b[0], t.c[0], t.d[0]]).toEqual([7, 7, 7, 7]);
  });

  it("bytesPerRow() adds up the columns' element sizes", () => {
    expect(bytesPerRow(SPEC)).toBe(8 + 4 + 1 + 4);
  });
});
