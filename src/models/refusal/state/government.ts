/** Months "long ago": the start value of the months since the last repression. */
const LONG_AGO = 1_000_000;

/** The State at the start: its accounts (integer money units) and its repression (M13). */
export function governmentAtStart() {
  return {
    stateDeposits: 0,
    stateLoans: 0,
    /** Spending decided for this month (integer). */
    stateSpending: 0,
    /** Repression intensity R in [0, 1] (decays), months since the last repression, ban months left. */
    repression: 0,
    monthsSinceRepression: LONG_AGO,
    recognitionBanLeft: 0,
  };
}
