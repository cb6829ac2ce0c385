import { balanceSheetMatrix, type SimFlows, transactionFlowMatrix } from "./matrices.ts";
import type { SimParams } from "./params.ts";

/** The state of model SIM after `t` periods: the flows of period t, the stocks at its end, its matrices. */
export interface SimState extends SimFlows {
  /** Periods run so far (0 before the first). */
  t: number;
  /** Disposable income of period t (eq. 3.5). */
  YD: number;
  /** Transactions-flow matrix of period t (see matrices.ts for the layout). */
  tfm: Float64Array;
  /** Balance-sheet matrix at the end of period t. */
  bsm: Float64Array;
}

/**
 * Period 0, the book's starting column (Table 3.4): stocks Hh = Hs = H0, every flow zero
 * (no period has been run yet).
 */
export function initialState(p: SimParams): SimState {
  const s: SimState = {
    t: 0,
    Cd: 0,
    Cs: 0,
    Gd: 0,
    Gs: 0,
    Y: 0,
    W: p.W,
    Ns: 0,
    Nd: 0,
    Ts: 0,
    Td: 0,
    YD: 0,
    Hh: p.H0,
    HhPrev: p.H0,
    Hs: p.H0,
    HsPrev: p.H0,
    tfm: new Float64Array(0),
    bsm: new Float64Array(0),
  };
  s.tfm = transactionFlowMatrix(s);
  s.bsm = balanceSheetMatrix(s.Hh, s.Hs);
  return s;
}
