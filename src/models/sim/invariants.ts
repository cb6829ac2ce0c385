import { InvariantError } from "../../engine/model.ts";
import { ExactSum } from "../../engine/sum.ts";
import { BSM_ROWS, bsmIndex, SECTORS, TFM_ROWS, tfmIndex } from "./matrices.ts";

/**
 * Tolerance of every accounting identity, relative to the size of the economy:
 * |exact sum| <= 1e-9 · scale, where scale is the largest absolute value among the entries checked
 * and the `scale` passed in (the simulation passes the largest flow or stock seen so far in the
 * run). The sums themselves are exact (Shewchuk), so the only slack is the rounding of the entries:
 * a few ulps of the largest quantity they were computed from (the money-change row is a difference
 * of stocks, and Hh, Hs are running sums, so their rounding errors are relative to the stocks they
 * went through, not to the change). A leak of a billionth of the economy fails.
 */
export const RELATIVE_TOLERANCE = 1e-9;

/**
 * Check that labelled entries sum to zero within {@link RELATIVE_TOLERANCE} of
 * max(scale, max |entry|); throw InvariantError(step, variable, {entries..., sum}) otherwise.
 */
export function assertSumsToZero(
  step: number,
  variable: string,
  entries: Record<string, number>,
  scale = 0,
): void {
  const s = new ExactSum();
  for (const v of Object.values(entries)) {
    s.add(v);
    const a = Math.abs(v);
    if (a > scale || Number.isNaN(a)) scale = a;
  }
  const sum = s.value();
  if (!(Math.abs(sum) <= RELATIVE_TOLERANCE * scale))
    throw new InvariantError(
      step,
      variable,
      { ...entries, sum },
      `must sum to zero within ${RELATIVE_TOLERANCE} of the economy's scale ${scale}`,
    );
}

/** The largest absolute value in `xs` (NaN if any is NaN), a scale for {@link assertSumsToZero}. */
export function largestMagnitude(...xs: ArrayLike<number>[]): number {
  let m = 0;
  for (const a of xs)
    for (let i = 0; i < a.length; i++) {
      const v = Math.abs(a[i]);
      if (v > m || Number.isNaN(v)) m = v;
    }
  return m;
}

/**
 * Every transaction row and every sector column of the transactions-flow matrix sums to zero
 * (the memo row `output` is left out of the columns), and the memo item equals the production
 * column's sales: Y = Cs + Gs (eq. 3.10, which the model solves in closed form rather than
 * imposes, so this checks the solution). Variables: `tfm.row.<row>`, `tfm.col.<sector>`,
 * `tfm.memo.output`. `scale` defaults to the largest entry; pass the largest flow or stock of
 * the period, since the money-change row is a difference of stocks.
 */
export function checkTransactionFlowMatrix(
  tfm: Float64Array,
  step: number,
  scale = largestMagnitude(tfm),
): void {
  for (const row of TFM_ROWS) {
    if (row === "output") continue;
    const entries: Record<string, number> = {};
    for (const sector of SECTORS) entries[sector] = tfm[tfmIndex(row, sector)];
    assertSumsToZero(step, `tfm.row.${row}`, entries, scale);
  }
  for (const sector of SECTORS) {
    const entries: Record<string, number> = {};
    for (const row of TFM_ROWS) if (row !== "output") entries[row] = tfm[tfmIndex(row, sector)];
    assertSumsToZero(step, `tfm.col.${sector}`, entries, scale);
  }
  assertSumsToZero(
    step,
    "tfm.memo.output",
    {
      output: tfm[tfmIndex("output", "production")],
      consumption: -tfm[tfmIndex("consumption", "production")],
      governmentExpenditure: -tfm[tfmIndex("governmentExpenditure", "production")],
    },
    scale,
  );
}

/** Every row and column of the balance-sheet matrix sums to zero. Variables `bsm.row.<row>`, `bsm.col.<sector>`. */
export function checkBalanceSheetMatrix(
  bsm: Float64Array,
  step: number,
  scale = largestMagnitude(bsm),
): void {
  for (const row of BSM_ROWS) {
    const entries: Record<string, number> = {};
    for (const sector of SECTORS) entries[sector] = bsm[bsmIndex(row, sector)];
    assertSumsToZero(step, `bsm.row.${row}`, entries, scale);
  }
  for (const sector of SECTORS) {
    const entries: Record<string, number> = {};
    for (const row of BSM_ROWS) entries[row] = bsm[bsmIndex(row, sector)];
    assertSumsToZero(step, `bsm.col.${sector}`, entries, scale);
  }
}

/**
 * The redundant equation of model SIM: the money households hold (eq. 3.9, their budget) equals
 * the money the government has issued (eq. 3.8, its budget). The model never imposes it; it holds
 * only if every other equation and the accounting are right. Variable `Hh=Hs`.
 */
export function checkRedundantEquation(Hh: number, Hs: number, step: number, scale = 0): void {
  assertSumsToZero(step, "Hh=Hs", { Hh, minusHs: -Hs }, scale);
}
