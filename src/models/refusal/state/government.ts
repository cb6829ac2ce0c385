/** Months "long ago": the start value of the months since the last repression. */
const LONG_AGO = 1_000_000;

/** The State at the start: its accounts (integer money units) and its repression (M13). */
export function governmentAtStart() {
  return {
    stateDeposits: 0,
    stateLoans: 0,
    /** Spending decided for this month (integer). */
    stateSpending: 0,
    /**
     * What the fiscal rule reads (`fiscalRule()`): 12-month means (EWMA, 1/12) of the monthly
     * taxes, interest paid and value of output, money units a month.
     */
    taxes12: 0,
    interest12: 0,
    nominalOutput12: 0,
    /** Repression intensity R in [0, 1] (decays), months since the last repression, ban months left. */
    repression: 0,
    monthsSinceRepression: LONG_AGO,
    recognitionBanLeft: 0,
  };
}
