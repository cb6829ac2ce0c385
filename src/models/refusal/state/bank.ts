/** The bank at the start (its own ledger; balanced by `initialise()`). Integer money units. */
export function bankAtStart() {
  return {
    /** Interest received this month. */
    interestIncome: 0,
    bankLoans: 0,
    bankDeposits: 0,
    bankEquity: 0,
  };
}
