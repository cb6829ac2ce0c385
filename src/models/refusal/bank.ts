import { book, C, R } from "./accounts.ts";
import type { RefusalState } from "./state.ts";

/**
 * The bank's operations. Money is created only when the bank lends (credit creates deposits) and
 * destroyed only when loans are repaid or interest is paid to it; every operation updates the
 * borrower's stocks, the bank's own ledger and the month's transaction-flow matrix together.
 * Amounts are integer money units.
 */

/** Lend `amount` to firm j: its loan and deposits rise, so do the bank's loans and deposits. */
export function lendFirm(s: RefusalState, j: number, amount: number): void {
  if (amount <= 0) return;
  s.loans[j] += amount;
  s.deposits[j] += amount;
  s.bankLoans += amount;
  s.bankDeposits += amount;
  book(s.tfm, R.loans, C.bank, C.firmsCapital, amount);
}

/** Firm j repays `amount` of its loan out of its deposits (money is destroyed). */
export function repayFirm(s: RefusalState, j: number, amount: number): void {
  if (amount <= 0) return;
  s.loans[j] -= amount;
  s.deposits[j] -= amount;
  s.bankLoans -= amount;
  s.bankDeposits -= amount;
  book(s.tfm, R.loans, C.bank, C.firmsCapital, -amount);
}

/** Make sure firm j can pay `amount`: borrow the shortfall (an overdraft the bank always grants). */
export function ensureFirmFunds(s: RefusalState, j: number, amount: number): void {
  const short = amount - s.deposits[j];
  if (short > 0) lendFirm(s, j, short);
}

/** The bank writes off what is left of firm j's loan (a revaluation: its equity absorbs the loss). */
export function writeOffFirm(s: RefusalState, j: number): number {
  const x = s.loans[j];
  if (x <= 0) return 0;
  s.loans[j] = 0;
  s.bankLoans -= x;
  s.bankEquity -= x;
  s.writeOffs += x;
  return x;
}

/** Lend `amount` to the State. */
export function lendState(s: RefusalState, amount: number): void {
  if (amount <= 0) return;
  s.stateLoans += amount;
  s.stateDeposits += amount;
  s.bankLoans += amount;
  s.bankDeposits += amount;
  book(s.tfm, R.loans, C.bank, C.state, amount);
}

/** Make sure the State can pay `amount`: it borrows the shortfall. */
export function ensureStateFunds(s: RefusalState, amount: number): void {
  const short = amount - s.stateDeposits;
  if (short > 0) lendState(s, short);
}

/** The State repays as much of its loans as its deposits allow. */
export function stateRepays(s: RefusalState): void {
  const x = Math.min(s.stateLoans, s.stateDeposits);
  if (x <= 0) return;
  s.stateLoans -= x;
  s.stateDeposits -= x;
  s.bankLoans -= x;
  s.bankDeposits -= x;
  book(s.tfm, R.loans, C.bank, C.state, -x);
}

/**
 * Firm j pays interest `amount` to the bank: deposits are destroyed and the bank's equity grows
 * by the same amount (its income).
 */
export function firmPaysInterest(s: RefusalState, j: number, amount: number): void {
  if (amount <= 0) return;
  ensureFirmFunds(s, j, amount);
  s.deposits[j] -= amount;
  s.bankDeposits -= amount;
  s.bankEquity += amount;
  s.interestIncome += amount;
  book(s.tfm, R.interest, C.firmsCurrent, C.bank, amount);
}

/** The State pays interest `amount` to the bank. */
export function statePaysInterest(s: RefusalState, amount: number): void {
  if (amount <= 0) return;
  ensureStateFunds(s, amount);
  s.stateDeposits -= amount;
  s.bankDeposits -= amount;
  s.bankEquity += amount;
  s.interestIncome += amount;
  book(s.tfm, R.interest, C.state, C.bank, amount);
  s.flows.stateInterest += amount;
}

/**
 * The bank pays `amount` of dividends, split as evenly as integers allow among the capitalist
 * households (money is created as their deposits; the bank's equity falls).
 */
export function bankPaysDividends(s: RefusalState, amount: number): void {
  if (amount <= 0) return;
  const nf = s.nf;
  const each = Math.floor(amount / nf);
  const rest = amount - each * nf;
  for (let k = 0; k < nf; k++) {
    const x = each + (k < rest ? 1 : 0);
    s.capMoney[k] += x;
    s.dividends[k] += x;
  }
  s.bankDeposits += amount;
  s.bankEquity -= amount;
  book(s.tfm, R.bankDividends, C.bank, C.capitalists, amount);
}
