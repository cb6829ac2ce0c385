import { describe, expect, it } from "vitest";
import { InvariantError } from "../../engine/model.ts";
import {
  assertSumsToZero,
  checkBalanceSheetMatrix,
  checkRedundantEquation,
  checkTransactionFlowMatrix,
} from "./invariants.ts";
import { balanceSheetMatrix, type SimFlows, tfmIndex, transactionFlowMatrix } from "./matrices.ts";

/** Period 1 of the book's Table 3.4, rounded to one decimal as printed (these round figures add up). */
const bookPeriod1: SimFlows = {
  Cd: 18.5,
  Cs: 18.5,
  Gd: 20,
  Gs: 20,
  Y: 38.5,
  W: 1,
  Ns: 38.5,
  Nd: 38.5,
  Ts: 7.7,
  Td: 7.7,
  Hh: 12.3,
  HhPrev: 0,
  Hs: 12.3,
  HsPrev: 0,
};

function thrown(f: () => void): InvariantError {
  try {
    f();
  } catch (e) {
    if (e instanceof InvariantError) return e;
    throw e;
  }
  throw new Error("expected an InvariantError");
}

describe("model SIM invariants", () => {
  it("checkTransactionFlowMatrix() accepts the book's period-1 matrix", () => {
    expect(() => checkTransactionFlowMatrix(transactionFlowMatrix(bookPeriod1), 1)).not.toThrow();
  });

  it("checkTransactionFlowMatrix() names the row when taxes paid and taxes received differ", () => {
    const tfm = transactionFlowMatrix({ ...bookPeriod1, Td: 7.8 });
    const e = thrown(() => checkTransactionFlowMatrix(tfm, 7));
    expect(e.step).toBe(7);
    expect(e.variable).toBe("tfm.row.taxes");
    expect(e.values.households).toBe(-7.7);
    expect(e.values.government).toBe(7.8);
    expect(e.values.sum).toBeCloseTo(0.1, 12);
  });

  it("checkTransactionFlowMatrix() names the column when a sector's budget does not close", () => {
    // Households pay their taxes twice in their own books: row taxes is fixed up, column breaks.
    const tfm = transactionFlowMatrix(bookPeriod1);
    tfm[tfmIndex("taxes", "households")] -= 1;
    tfm[tfmIndex("taxes", "government")] += 1;
    expect(thrown(() => checkTransactionFlowMatrix(tfm, 2)).variable).toBe("tfm.col.households");
  });

  it("checkTransactionFlowMatrix() checks the output memo against sales (Y = Cs + Gs)", () => {
    const tfm = transactionFlowMatrix({ ...bookPeriod1, Y: 40 });
    expect(thrown(() => checkTransactionFlowMatrix(tfm, 3)).variable).toBe("tfm.memo.output");
  });

  it("checkRedundantEquation() passes when Hh = Hs and fails on a billionth-scale leak", () => {
    expect(() => checkRedundantEquation(80, 80, 1)).not.toThrow();
    const e = thrown(() => checkRedundantEquation(80, 80 * (1 + 1e-8), 4));
    expect(e.variable).toBe("Hh=Hs");
    expect(e.step).toBe(4);
  });

  it("checkBalanceSheetMatrix() fails when money held and money issued differ", () => {
    expect(() => checkBalanceSheetMatrix(balanceSheetMatrix(12.3, 12.3), 1)).not.toThrow();
    expect(thrown(() => checkBalanceSheetMatrix(balanceSheetMatrix(12.3, 12.4), 1)).variable).toBe(
      "bsm.row.money",
    );
  });

  it("assertSumsToZero() tolerates rounding of the entries but not a NaN", () => {
    expect(() => assertSumsToZero(0, "x", { a: 0.1, b: 0.2, c: -0.3 })).not.toThrow();
    expect(() => assertSumsToZero(0, "x", { a: Number.NaN, b: 1 })).toThrow(InvariantError);
  });
});
