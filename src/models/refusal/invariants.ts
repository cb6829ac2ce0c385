import { InvariantError } from "../../engine/model.ts";
import { ExactSum } from "../../engine/sum.ts";
import { BSM_ROWS, BSM_SECTORS, balanceSheet, C, NS, R, SECTORS, type Stocks, TFM_ROWS } from "./accounts.ts";
import { NONE, type RefusalState } from "./state.ts";

/** Relative tolerance of the one identity that involves real valuations (net worths vs real assets). */
export const VALUATION_TOLERANCE = 1e-9;

/** Exact sum of a typed array's first n entries. */
function exact(xs: ArrayLike<number>, n = xs.length): number {
  const s = new ExactSum();
  for (let i = 0; i < n; i++) s.add(xs[i]);
  return s.value();
}

function exactOf(...xs: number[]): number {
  const s = new ExactSum();
  for (const x of xs) s.add(x);
  return s.value();
}

/** Stocks of the balance sheet, each an exact sum. */
export function stocksOf(s: RefusalState): Stocks {
  let k = 0;
  let inv = 0;
  for (let j = 0; j < s.nf; j++) {
    k += s.capital[j];
    inv += s.inventory[j];
  }
  return {
    workersDeposits: exact(s.money),
    capitalistsDeposits: exact(s.capMoney),
    firmsDeposits: exact(s.deposits),
    firmsLoans: exact(s.loans),
    stateDeposits: s.stateDeposits,
    stateLoans: s.stateLoans,
    fund: s.fund,
    bankDeposits: s.bankDeposits,
    bankLoans: s.bankLoans,
    bankEquity: s.bankEquity,
    capitalValue: s.avgPrice * k,
    inventoryValue: s.avgPrice * inv,
  };
}

/** What check() remembers from one step to the next (the stocks the month started from). */
export interface CheckMemory {
  step: number;
  stocks: Stocks | null;
}

function fail(step: number, variable: string, values: Record<string, number>, detail = ""): never {
  throw new InvariantError(step, variable, values, detail);
}

/**
 * Every invariant of the state after `step`: money stocks are integers and non-negative where they
 * must be; the bank's ledger equals the sums of the deposits and loans it holds; the month's
 * transaction-flow matrix (its deposits row filled from the change in stocks since the previous
 * check) has every row and every column summing to exactly zero; loans changed only by the loans
 * row and write-offs; the balance sheet's financial rows sum to zero and its net worths to the value
 * of real capital and inventories; populations and workforce lists are consistent.
 */
export function checkRefusal(s: RefusalState, step: number, memory: CheckMemory): void {
  checkMoney(s, step);
  const st = stocksOf(s);
  // The bank's ledger.
  const deposits = exactOf(
    st.workersDeposits,
    st.capitalistsDeposits,
    st.firmsDeposits,
    st.stateDeposits,
    st.fund,
  );
  if (deposits !== st.bankDeposits)
    fail(step, "bank.deposits", { heldByNonBanks: deposits, bankLedger: st.bankDeposits });
  const loans = exactOf(st.firmsLoans, st.stateLoans);
  if (loans !== st.bankLoans) fail(step, "bank.loans", { owedToBank: loans, bankLedger: st.bankLoans });
  if (exactOf(st.bankLoans, -st.bankDeposits, -st.bankEquity) !== 0)
    fail(step, "bank.equity", { loans: st.bankLoans, deposits: st.bankDeposits, equity: st.bankEquity });
  // The transaction-flow matrix of the month, when the previous step was checked too.
  const prev = memory.stocks;
  if (prev && memory.step === step - 1) {
    const tfm = s.tfm;
    const d = R.deposits * NS;
    tfm[d + C.workers] = -(st.workersDeposits - prev.workersDeposits);
    tfm[d + C.capitalists] = -(st.capitalistsDeposits - prev.capitalistsDeposits);
    tfm[d + C.firmsCurrent] = 0;
    tfm[d + C.firmsCapital] = -(st.firmsDeposits - prev.firmsDeposits);
    tfm[d + C.state] = -(st.stateDeposits - prev.stateDeposits);
    tfm[d + C.organisation] = -(st.fund - prev.fund);
    tfm[d + C.bank] = st.bankDeposits - prev.bankDeposits;
    for (let r = 0; r < TFM_ROWS.length; r++) {
      const sum = new ExactSum();
      const entries: Record<string, number> = {};
      for (let c = 0; c < NS; c++) {
        sum.add(tfm[r * NS + c]);
        entries[SECTORS[c]] = tfm[r * NS + c];
      }
      const v = sum.value();
      if (v !== 0) fail(step, `tfm.row.${TFM_ROWS[r]}`, { ...entries, sum: v }, "must sum to exactly zero");
    }
    for (let c = 0; c < NS; c++) {
      const sum = new ExactSum();
      const entries: Record<string, number> = {};
      for (let r = 0; r < TFM_ROWS.length; r++) {
        sum.add(tfm[r * NS + c]);
        entries[TFM_ROWS[r]] = tfm[r * NS + c];
      }
      const v = sum.value();
      if (v !== 0) fail(step, `tfm.col.${SECTORS[c]}`, { ...entries, sum: v }, "must sum to exactly zero");
    }
    // Loans change only through the loans row (transactions) and write-offs (revaluations).
    const lent = -tfm[R.loans * NS + C.bank];
    const change = exactOf(st.bankLoans, -prev.bankLoans);
    if (exactOf(change, -lent, s.writeOffs) !== 0)
      fail(step, "loans.stockFlow", { change, lentNet: lent, writtenOff: s.writeOffs });
  }
  memory.step = step;
  memory.stocks = st;
  // The balance sheet.
  const bsm = balanceSheet(st);
  const nc = BSM_SECTORS.length;
  for (let r = 0; r < 2; r++) {
    const sum = new ExactSum();
    const entries: Record<string, number> = {};
    for (let c = 0; c < nc; c++) {
      sum.add(bsm[r * nc + c]);
      entries[BSM_SECTORS[c]] = bsm[r * nc + c];
    }
    if (sum.value() !== 0) fail(step, `bsm.row.${BSM_ROWS[r]}`, { ...entries, sum: sum.value() });
  }
  const bankCol = exactOf(bsm[0 * nc + 3], bsm[1 * nc + 3], bsm[4 * nc + 3]);
  if (bankCol !== 0)
    fail(step, "bsm.col.bank", { deposits: bsm[3], loans: bsm[nc + 3], netWorth: bsm[4 * nc + 3] });
  const nw = new ExactSum();
  for (let c = 0; c < nc; c++) nw.add(bsm[4 * nc + c]);
  const real = st.capitalValue + st.inventoryValue;
  const gap = nw.value() + real;
  const scale = Math.max(real, st.bankDeposits, st.bankLoans, 1);
  if (!(Math.abs(gap) <= VALUATION_TOLERANCE * scale))
    fail(step, "bsm.netWorth=realAssets", { sumOfNetWorths: -nw.value(), realAssets: real, gap });
  checkPopulation(s, step);
}

function checkMoney(s: RefusalState, step: number): void {
  const must = (ok: boolean, variable: string, values: Record<string, number>) => {
    if (!ok) fail(step, variable, values, "money stocks are integers, non-negative for every holder");
  };
  for (let i = 0; i < s.n; i++) {
    const m = s.money[i];
    if (!(Number.isInteger(m) && m >= 0)) must(false, "money.worker", { worker: i, money: m });
  }
  for (let j = 0; j < s.nf; j++) {
    const c = s.capMoney[j];
    const d = s.deposits[j];
    const l = s.loans[j];
    if (!(Number.isInteger(c) && c >= 0)) must(false, "money.capitalist", { household: j, money: c });
    if (!(Number.isInteger(d) && d >= 0)) must(false, "money.firmDeposits", { firm: j, deposits: d });
    if (!(Number.isInteger(l) && l >= 0)) must(false, "money.firmLoans", { firm: j, loans: l });
    if (!(s.capital[j] >= 0 && s.inventory[j] >= 0 && s.capacity[j] >= 0 && s.labourReq[j] >= 0))
      fail(step, "real.nonNegative", {
        firm: j,
        capital: s.capital[j],
        inventory: s.inventory[j],
        capacity: s.capacity[j],
      });
  }
  for (const [name, v] of [
    ["stateDeposits", s.stateDeposits],
    ["stateLoans", s.stateLoans],
    ["fund", s.fund],
    ["bankDeposits", s.bankDeposits],
    ["bankLoans", s.bankLoans],
  ] as const)
    must(Number.isInteger(v) && v >= 0, `money.${name}`, { [name]: v });
  must(Number.isInteger(s.bankEquity), "money.bankEquity", { bankEquity: s.bankEquity });
}

/** Employed + unemployed = N; each firm's list holds exactly its workforce; counters agree. */
function checkPopulation(s: RefusalState, step: number): void {
  let employed = 0;
  for (let i = 0; i < s.n; i++) {
    const j = s.employer[i];
    if (j === NONE) {
      if (s.poolPos[i] === NONE || s.pool[s.poolPos[i]] !== i)
        fail(step, "population.pool", { worker: i, poolPos: s.poolPos[i] });
      if (s.striking[i]) fail(step, "population.strikingUnemployed", { worker: i });
    } else {
      employed++;
      if (!s.active[j]) fail(step, "population.employerInactive", { worker: i, firm: j });
      if (s.poolPos[i] !== NONE) fail(step, "population.employedInPool", { worker: i });
    }
  }
  if (employed + s.poolSize + s.reserveSize !== s.n)
    fail(step, "population.count", {
      employed,
      unemployed: s.poolSize,
      reserve: s.reserveSize,
      workers: s.n,
    });
  for (let k = 0; k < s.poolSize; k++)
    if (s.employer[s.pool[k]] !== NONE || s.poolPos[s.pool[k]] !== k)
      fail(step, "population.poolRegion", { at: k, worker: s.pool[k] });
  for (let k = s.n - s.reserveSize; k < s.n; k++)
    if (s.employer[s.pool[k]] !== NONE || s.poolPos[s.pool[k]] !== k || s.striking[s.pool[k]])
      fail(step, "population.reserveRegion", { at: k, worker: s.pool[k] });
  let listed = 0;
  for (let j = 0; j < s.nf; j++) {
    let c = 0;
    let org = 0;
    let str = 0;
    let last = NONE;
    for (let i = s.head[j]; i !== NONE; i = s.next[i]) {
      if (s.employer[i] !== j || s.prev[i] !== last) fail(step, "population.list", { firm: j, worker: i });
      c++;
      org += s.organised[i];
      str += s.striking[i];
      last = i;
      if (c > s.n) fail(step, "population.listCycle", { firm: j });
    }
    if (s.tail[j] !== last) fail(step, "population.tail", { firm: j, tail: s.tail[j], last });
    if (c !== s.workforce[j])
      fail(step, "population.workforce", { firm: j, listed: c, workforce: s.workforce[j] });
    if (org !== s.organisedCount[j])
      fail(step, "population.organised", { firm: j, counted: org, organisedCount: s.organisedCount[j] });
    if (str !== s.strikers[j])
      fail(step, "population.strikers", { firm: j, counted: str, strikers: s.strikers[j] });
    listed += c;
  }
  if (listed !== employed) fail(step, "population.workforceSum", { sumOfWorkforces: listed, employed });
}
