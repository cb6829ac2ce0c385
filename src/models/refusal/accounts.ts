/**
 * The accounting matrices of the `refusal` economy (Godley & Lavoie 2007, ch. 2 conventions):
 * a transaction-flow matrix (TFM) filled as money moves during a month, and a balance-sheet
 * matrix (BSM) built from the stocks. Sources of funds are positive, uses negative. Money is
 * counted in integer units, so every row and column of the TFM sums to exactly zero. Every
 * flow has a payer and a payee: the worker's "No" (¶14) withdraws hours, never money, so a strike
 * shows in these rows only as wages not paid and strike pay paid.
 */

/** Columns: the sectors. Firms have a current and a capital account. */
export const SECTORS = [
  "workers",
  "capitalists",
  "firmsCurrent",
  "firmsCapital",
  "bank",
  "state",
  "organisation",
] as const;
export type Sector = (typeof SECTORS)[number];

/** Rows of the TFM. `loans` holds transactions only (write-offs are revaluations, not flows). */
export const TFM_ROWS = [
  "consumption",
  "government",
  "investment",
  "wages",
  "taxes",
  "benefits",
  "dues",
  "strikePay",
  "interest",
  "firmDividends",
  "bankDividends",
  "retainedEarnings",
  "equity",
  "seizure",
  "loans",
  "deposits",
] as const;
export type TfmRow = (typeof TFM_ROWS)[number];

export const NS = SECTORS.length;
export const TFM_SIZE = TFM_ROWS.length * NS;

/** Column index of each sector. */
export const C = {
  workers: 0,
  capitalists: 1,
  firmsCurrent: 2,
  firmsCapital: 3,
  bank: 4,
  state: 5,
  organisation: 6,
} as const satisfies Record<Sector, number>;

/** Row index of each TFM row. */
export const R = Object.fromEntries(TFM_ROWS.map((r, i) => [r, i])) as { [K in TfmRow]: number };

/**
 * Book a flow of `amount` (integer money units) in `row`, from `payer` to `payee`: the payee's
 * cell gains it (a source of funds), the payer's loses it (a use). A loan made is booked from the
 * bank to the borrower, a repayment as a negative loan.
 */
export function book(tfm: Float64Array, row: number, payer: number, payee: number, amount: number): void {
  tfm[row * NS + payer] -= amount;
  tfm[row * NS + payee] += amount;
}

/** The value of cell (row, sector). */
export function cell(tfm: Float64Array, row: number, col: number): number {
  return tfm[row * NS + col];
}

/** Balance-sheet rows and columns (firms' two accounts merged). */
export const BSM_ROWS = ["deposits", "loans", "capital", "inventories", "netWorth"] as const;
export const BSM_SECTORS = ["workers", "capitalists", "firms", "bank", "state", "organisation"] as const;

/** Stocks from which the balance sheet is built (money stocks are integers). */
export interface Stocks {
  workersDeposits: number;
  capitalistsDeposits: number;
  firmsDeposits: number;
  firmsLoans: number;
  stateDeposits: number;
  stateLoans: number;
  fund: number;
  bankDeposits: number;
  bankLoans: number;
  bankEquity: number;
  capitalValue: number;
  inventoryValue: number;
}

/**
 * The balance-sheet matrix, row-major (5 rows x 6 columns): assets positive, liabilities
 * negative, and a net-worth row holding minus each sector's net worth so that every column sums
 * to zero. The bank's net worth is its own ledger's equity (not a residual), so its column checks
 * the bank's books; the others are residuals. The net-worth row then sums to minus the value of
 * real capital and inventories, and the financial rows sum to zero.
 */
export function balanceSheet(st: Stocks, out = new Float64Array(30)): Float64Array {
  out.fill(0);
  const at = (r: number, c: number, v: number) => {
    out[r * 6 + c] = v;
  };
  // deposits
  at(0, 0, st.workersDeposits);
  at(0, 1, st.capitalistsDeposits);
  at(0, 2, st.firmsDeposits);
  at(0, 3, -st.bankDeposits);
  at(0, 4, st.stateDeposits);
  at(0, 5, st.fund);
  // loans
  at(1, 2, -st.firmsLoans);
  at(1, 3, st.bankLoans);
  at(1, 4, -st.stateLoans);
  // real assets, held by firms
  at(2, 2, st.capitalValue);
  at(3, 2, st.inventoryValue);
  // net worth
  at(4, 0, -st.workersDeposits);
  at(4, 1, -st.capitalistsDeposits);
  at(4, 2, -(st.firmsDeposits - st.firmsLoans + st.capitalValue + st.inventoryValue));
  at(4, 3, -st.bankEquity);
  at(4, 4, -(st.stateDeposits - st.stateLoans));
  at(4, 5, -st.fund);
  return out;
}
