import { describe, expect, it } from "vitest";
import { createRng } from "../../engine/rng.ts";
import { saltelliUnit } from "./saltelli.ts";
import { sobolSequence } from "./sobol-sequence.ts";

describe("Saltelli scheme", () => {
  it("saltelliUnit() gives N (k + 2) points: A_j, AB_1j..AB_kj, B_j with AB_i = A but column i from B", () => {
    const names = ["a", "b", "c"];
    const k = names.length;
    const N = 16;
    const { n, unit, roles } = saltelliUnit(N, names, createRng(2, "t"));
    expect(n).toBe(N * (k + 2));
    const base = sobolSequence(N, 2 * k, createRng(2, "t"));
    for (let j = 0; j < N; j++) {
      const row0 = j * (k + 2);
      const A = (c: number) => base[j * 2 * k + c];
      const B = (c: number) => base[j * 2 * k + k + c];
      expect(roles![row0]).toEqual({ design: "sobol", block: "A", j });
      expect(roles![row0 + k + 1]).toEqual({ design: "sobol", block: "B", j });
      for (let c = 0; c < k; c++) {
        expect(unit[row0 * k + c]).toBe(A(c));
        expect(unit[(row0 + k + 1) * k + c]).toBe(B(c));
      }
      for (let i = 0; i < k; i++) {
        const row = row0 + 1 + i;
        expect(roles![row]).toEqual({ design: "sobol", block: "AB", j, i, factor: names[i] });
        for (let c = 0; c < k; c++) expect(unit[row * k + c]).toBe(c === i ? B(c) : A(c));
      }
    }
  });

  it("saltelliUnit() draws A and B from different dimensions: no column of A equals a column of B", () => {
    const { unit } = saltelliUnit(8, ["a", "b"], createRng(0, "t"));
    const col = (row: number, c: number) => Array.from({ length: 8 }, (_, j) => unit[(j * 4 + row) * 2 + c]);
    for (let c = 0; c < 2; c++) for (let d = 0; d < 2; d++) expect(col(0, c)).not.toEqual(col(3, d));
  });
});
