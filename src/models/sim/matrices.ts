/**
 * The accounting matrices of model SIM (Godley & Lavoie 2007, ch. 3, Tables 3.1–3.3): the
 * balance sheet and the transactions-flow matrix, with the supply/demand subscripts of the book's
 * accounting matrix (each cell filled by the sector that records it). Sources of funds are
 * positive, uses negative. Both are flat Float64Arrays, row-major, one column per sector.
 */

/** Columns of both matrices. Production firms hold no stocks in SIM (no inventories, no capital). */
export const SECTORS = ["households", "production", "government"] as const;
export type Sector = (typeof SECTORS)[number];

/**
 * Rows of the transaction-flow matrix, in the book's order. `output` is the bracketed memo item
 * [Y] of the production column: it is not a transaction and is left out of the column sums.
 */
export const TFM_ROWS = [
  "consumption",
  "governmentExpenditure",
  "output",
  "wages",
  "taxes",
  "changeInMoney",
] as const;
export type TfmRow = (typeof TFM_ROWS)[number];

/** Rows of the balance-sheet matrix. */
export const BSM_ROWS = ["money", "netWorth"] as const;
export type BsmRow = (typeof BSM_ROWS)[number];

const NS = SECTORS.length;

/** Flat index of the cell (row, sector) of the transaction-flow matrix. */
export function tfmIndex(row: TfmRow, sector: Sector): number {
  return TFM_ROWS.indexOf(row) * NS + SECTORS.indexOf(sector);
}

/** Flat index of the cell (row, sector) of the balance-sheet matrix. */
export function bsmIndex(row: BsmRow, sector: Sector): number {
  return BSM_ROWS.indexOf(row) * NS + SECTORS.indexOf(sector);
}

/** The flows of one period as each sector records them (demand side and supply side kept apart). */
export interface SimFlows {
  /** Consumption demanded (paid) by households, eq. 3.7, and supplied (sold) by firms, eq. 3.1. */
  Cd: number;
  Cs: number;
  /** Government expenditure paid by the government, and sold by firms, eq. 3.2. */
  Gd: number;
  Gs: number;
  /** Output, the memo item, eq. 3.10 as solved in closed form. */
  Y: number;
  /** Wage rate, labour supplied by households (eq. 3.4) and hired by firms (eq. 3.11). */
  W: number;
  Ns: number;
  Nd: number;
  /** Taxes paid by households (eq. 3.3) and received by the government (eq. 3.6). */
  Ts: number;
  Td: number;
  /** Money stocks at the end of the period and of the previous one, per holder/issuer. */
  Hh: number;
  HhPrev: number;
  Hs: number;
  HsPrev: number;
}

/**
 * Fill the transactions-flow matrix of one period:
 *
 * | row                    | households | production | government |
 * |------------------------|-----------:|-----------:|-----------:|
 * | consumption            |       −Cd  |       +Cs  |            |
 * | governmentExpenditure  |            |       +Gs  |       −Gd  |
 * | output (memo)          |            |       [Y]  |            |
 * | wages                  |     +W·Ns  |     −W·Nd  |            |
 * | taxes                  |       −Ts  |            |       +Td  |
 * | changeInMoney          |       −ΔHh |            |       +ΔHs |
 *
 * ΔHh and ΔHs are the changes of the end-of-period stocks (the balance sheets), so the matrix ties
 * flows to stocks: its households and government columns are the two budget constraints.
 */
export function transactionFlowMatrix(
  f: SimFlows,
  out: Float64Array = new Float64Array(TFM_ROWS.length * NS),
) {
  out.fill(0);
  out[tfmIndex("consumption", "households")] = -f.Cd;
  out[tfmIndex("consumption", "production")] = f.Cs;
  out[tfmIndex("governmentExpenditure", "production")] = f.Gs;
  out[tfmIndex("governmentExpenditure", "government")] = -f.Gd;
  out[tfmIndex("output", "production")] = f.Y;
  out[tfmIndex("wages", "households")] = f.W * f.Ns;
  out[tfmIndex("wages", "production")] = -(f.W * f.Nd);
  out[tfmIndex("taxes", "households")] = -f.Ts;
  out[tfmIndex("taxes", "government")] = f.Td;
  out[tfmIndex("changeInMoney", "households")] = -(f.Hh - f.HhPrev);
  out[tfmIndex("changeInMoney", "government")] = f.Hs - f.HsPrev;
  return out;
}

/**
 * Fill the balance-sheet matrix at the end of a period: money is an asset of
 * households (+Hh) and a liability of the government (−Hs); the net-worth row holds −Vh for
 * households (Vh = Hh) and −Vg for the government (Vg = −Hs), so that every column sums to zero.
 */
export function balanceSheetMatrix(
  Hh: number,
  Hs: number,
  out: Float64Array = new Float64Array(BSM_ROWS.length * NS),
) {
  out.fill(0);
  out[bsmIndex("money", "households")] = Hh;
  out[bsmIndex("money", "government")] = -Hs;
  out[bsmIndex("netWorth", "households")] = -Hh;
  out[bsmIndex("netWorth", "government")] = Hs;
  return out;
}
