import { describe, expect, it } from "vitest";
import { BSM_SECTORS, balanceSheet, book, C, cell, NS, R, TFM_ROWS, TFM_SIZE } from "./accounts.ts";

describe("accounting matrices", () => {
  it("book() records a flow as a use of the payer and a source of the payee in one row", () => {
    const tfm = new Float64Array(TFM_SIZE);
    book(tfm, R.wages, C.firmsCurrent, C.workers, 700);
    expect(cell(tfm, R.wages, C.workers)).toBe(700);
    expect(cell(tfm, R.wages, C.firmsCurrent)).toBe(-700);
    let rowSum = 0;
    for (let c = 0; c < NS; c++) rowSum += tfm[R.wages * NS + c];
    expect(rowSum).toBe(0);
    expect(TFM_ROWS.length * NS).toBe(TFM_SIZE);
  });

  it("balanceSheet() has columns summing to zero and net worths summing to the real assets", () => {
    const st = {
      workersDeposits: 100,
      capitalistsDeposits: 300,
      firmsDeposits: 50,
      firmsLoans: 400,
      stateDeposits: 0,
      stateLoans: 120,
      fund: 10,
      bankDeposits: 460,
      bankLoans: 520,
      bankEquity: 60,
      capitalValue: 1000,
      inventoryValue: 40,
    };
    const b = balanceSheet(st);
    const nc = BSM_SECTORS.length;
    for (let c = 0; c < nc; c++) {
      let s = 0;
      for (let r = 0; r < 5; r++) s += b[r * nc + c];
      expect(s).toBeCloseTo(0, 12);
    }
    let nw = 0;
    for (let c = 0; c < nc; c++) nw += b[4 * nc + c];
    expect(-nw).toBeCloseTo(1040, 12);
    for (let r = 0; r < 2; r++) {
      let s = 0;
      for (let c = 0; c < nc; c++) s += b[r * nc + c];
      expect(s).toBe(0);
    }
  });
});
