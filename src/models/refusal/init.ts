import { exp } from "../../engine/math.ts";
import { TFM_SIZE } from "./accounts.ts";
import type { Rules, Streams } from "./context.ts";
import { splitExactly } from "./mechanisms/goodsMarket.ts";
import { machinePrice, makerEmployment } from "./mechanisms/machines.ts";
import type { RefusalParams } from "./params.ts";
import { aggregate } from "./phases/aggregate.ts";
import { initialShops } from "./phases/customers.ts";
import { fiscalInputs } from "./phases/finance.ts";
import { ADOPT, allocate, NONE, type RefusalState, SECTOR, W0 } from "./state.ts";
import { poolAdd, reserveAdd } from "./workforce.ts";

/** Spread of log firm sizes at the start (lognormal workplace sizes). */
export const INITIAL_SIZE_SPREAD = 0.5;
/** Firms' loans at the start, as a share of the value of their capital. */
export const INITIAL_LEVERAGE = 0.1;
/** The bank's equity at the start, as a share of its loans. */
export const INITIAL_BANK_EQUITY = 0.08;

/**
 * The initial state, near a stationary point of the economy: unemployment at the natural rate,
 * wages W0, prices at the normal markup, capital sized for normal utilisation, stocks of money at
 * the households' targets, loans such that the bank's books balance. Workplace sizes are lognormal;
 * thresholds normal, clamped to [0, 1]; the lowest-threshold workers start organised (only under
 * strategies with an organisation); the State's first month of spending follows the regime.
 */
export function initialise(p: RefusalParams, rng: Streams, rules: Rules): RefusalState {
  const { strategy, regime } = rules;
  const s = allocate(p, TFM_SIZE);
  const r = rng.init;
  const n = s.n;
  const nf = s.nf;
  for (let i = 0; i < n; i++)
    s.threshold[i] = Math.min(1, Math.max(0, r.normal(p.thresholdMean, p.thresholdSd)));
  if (strategy.organises && p.initialDensity > 0) {
    const sorted = Float64Array.from(s.threshold).sort();
    const cut = sorted[Math.max(0, Math.min(n - 1, Math.round(p.initialDensity * n) - 1))];
    let c = 0;
    const target = Math.round(p.initialDensity * n);
    for (let i = 0; i < n && c < target; i++)
      if (s.threshold[i] <= cut) {
        s.organised[i] = 1;
        c++;
      }
  }
  // Growth along the trend the frontier's expected pace implies, g = 12 p0 x0: the frontier leads
  // the firms' vintage-averaged productivity by the steady-state ratio a* / a = (delta + g) / delta.
  const g = 12 * p.innovationRate * p.innovationStep;
  const delta = 12 * p.depreciation;
  s.frontierA = delta > 0 ? (delta + g) / delta : 1;
  const b0 = p.machineLabour * s.frontierA;
  // Workplace sizes; the makers employ what the steady investment (delta + g) K needs (`makerEmployment()`).
  // The labour force: N less the reserve (issue 13 item 5; none by default).
  const reserve0 = Math.round(p.reserveShare * n);
  const employed = Math.round((n - reserve0) * (1 - p.naturalUnemployment));
  const makers = s.makers;
  const employedK = Math.round(
    employed * makerEmployment(p.depreciation + g / 12, p.capitalOutput, p.utilisationTarget, b0),
  );
  const weights = new Float64Array(nf);
  for (let j = 0; j < nf; j++) weights[j] = exp(INITIAL_SIZE_SPREAD * r.normal());
  const sizes = new Float64Array(nf);
  splitExactly(weights.subarray(makers), nf - makers, employed - employedK, sizes.subarray(makers));
  // Each consumption-good firm has L months of its steady investment on order at a maker drawn at
  // random; a maker's workforce makes a 1 / L share of its backlog a month.
  const invest = (p.depreciation + g / 12) * ((12 * p.capitalOutput) / p.utilisationTarget);
  const backlog = new Float64Array(makers);
  for (let j = makers; j < nf; j++) {
    const k = r.int(makers);
    s.supplier[j] = k;
    s.orderQty[j] = p.deliveryMonths * invest * sizes[j];
    backlog[k] += s.orderQty[j];
  }
  splitExactly(backlog, makers, employedK, sizes);
  s.makerSize0 = employedK / makers;
  const perm = new Int32Array(n);
  for (let i = 0; i < n; i++) perm[i] = i;
  r.shuffle(perm, n);
  const P0 = (1 + p.markup) * W0;
  const PK = machinePrice(p.machineMarkup, W0, b0, 1);
  s.initialPrice = P0;
  s.avgPrice = P0;
  let q = 0;
  for (let j = 0; j < nf; j++) {
    const size = sizes[j];
    const maker = j < makers;
    s.sector[j] = maker ? SECTOR.machines : SECTOR.consumption;
    s.active[j] = 1;
    s.owner[j] = j;
    s.postedWage[j] = W0;
    s.price[j] = maker ? PK : P0;
    s.markup[j] = maker ? p.machineMarkup : p.markup;
    s.contractMonth[j] = j % 12;
    for (let c = 0; c < size; c++) {
      const i = perm[q++];
      s.employer[i] = j;
      s.wage[i] = W0;
      const t = s.tail[j];
      s.prev[i] = t;
      if (t === NONE) s.head[j] = i;
      else s.next[t] = i;
      s.tail[j] = i;
      s.workforce[j]++;
      if (s.organised[i]) s.organisedCount[j]++;
    }
    s.wageSum[j] = W0 * size;
    s.wageBill12[j] = 12 * W0 * size;
    s.desiredWorkforce[j] = size;
    if (maker) {
      // A maker makes b0 machines a worker-month, to order, with no capital and no stock.
      const y = b0 * size;
      s.backlog[j] = backlog[j];
      s.plannedOutput[j] = y;
      s.sales[j] = y;
      s.expDemand[j] = y;
      s.share12[j] = size / employedK;
      s.revenue12[j] = 12 * PK * y;
      s.profitRate[j] = p.normalProfitRate;
      s.deposits[j] = Math.round(p.cashTarget * W0 * size);
      s.capMoney[j] = stationaryMoney(
        p,
        (1 - p.taxRate) * p.payoutRatio * Math.max(0, PK * y - W0 * size),
        W0 * size,
      );
      continue;
    }
    const y = size; // a = 1, effort 1
    const cap = y / p.utilisationTarget;
    s.capacity[j] = cap;
    s.labourReq[j] = cap;
    s.capital[j] = 12 * p.capitalOutput * cap;
    s.expDemand[j] = y;
    s.share12[j] = size / (employed - employedK);
    s.sales[j] = y;
    s.plannedOutput[j] = y;
    s.inventory[j] = p.inventoryTarget * y;
    s.revenue12[j] = 12 * P0 * y;
    s.orderPrice[j] = PK;
    s.orderA[j] = s.frontierA;
    s.orderNu[j] = s.frontierNu;
    s.adopt[j] = ADOPT.frontier;
    const kv = P0 * s.capital[j];
    s.profitRate[j] = kv > 0 ? (12 * (P0 * y - W0 * size - p.depreciation * kv)) / kv : p.normalProfitRate;
    s.deposits[j] = Math.round(p.cashTarget * W0 * size + p.depreciation * kv);
    const d =
      (1 - p.taxRate) *
      p.payoutRatio *
      Math.max(0, P0 * y - W0 * size - (p.depreciation + p.interestRate * INITIAL_LEVERAGE) * kv);
    s.capMoney[j] = stationaryMoney(p, d, W0 * size);
  }
  for (let k = 0; k < reserve0; k++) reserveAdd(s, perm[q++]);
  for (; q < n; q++) poolAdd(s, perm[q]);
  initialShops(s);
  // Households' money near their targets: (1 - cw) / cm months of net income.
  const net = W0 * (1 - p.taxRate);
  const target =
    p.workerWealthPropensity > 0 ? ((1 - p.workerPropensity) / p.workerWealthPropensity) * net : 3 * net;
  for (let i = 0; i < n; i++) {
    s.money[i] = Math.round(target);
    s.wageRef[i] = W0;
  }
  // Organisation fund: a year of dues from the first members.
  let members = 0;
  for (let i = 0; i < n; i++) members += s.organised[i];
  s.fund = strategy.organises ? Math.round(12 * p.dues * W0 * members) : 0;
  // Firms owe the bank a tenth of their capital; the State owes what closes the bank's balance
  // sheet with equity at 8% of its loans (the private sector's net wealth is public debt, as in
  // Godley & Lavoie's model SIM).
  let deposits = s.fund;
  for (let i = 0; i < n; i++) deposits += s.money[i];
  for (let j = 0; j < nf; j++) deposits += s.deposits[j] + s.capMoney[j];
  let firmLoans = 0;
  for (let j = 0; j < nf; j++) {
    s.loans[j] = Math.round(INITIAL_LEVERAGE * P0 * s.capital[j]);
    firmLoans += s.loans[j];
  }
  const loans = Math.max(firmLoans, Math.round(deposits / (1 - INITIAL_BANK_EQUITY)));
  s.stateLoans = loans - firmLoans;
  s.bankLoans = loans;
  s.bankDeposits = deposits;
  s.bankEquity = loans - deposits;
  // Last month's dividends at their stationary value, so capitalists' spending starts there too.
  for (let j = 0; j < nf; j++) {
    const profit =
      s.revenue12[j] / 12 -
      W0 * s.workforce[j] -
      p.interestRate * s.loans[j] -
      p.depreciation * P0 * s.capital[j];
    const div = Math.max(0, Math.floor(p.payoutRatio * profit));
    s.dividends[j] = div - Math.round(p.taxRate * div);
  }
  // Aggregates of "last month".
  s.unemployment = s.poolSize / (n - s.reserveSize);
  s.meanWage = W0;
  s.wageShare = 1 / (1 + p.markup);
  // Every laboratory starts at the frontier; last year's productivity and output lie on the trend.
  for (let j = 0; j < nf; j++) {
    s.labA[j] = s.frontierA;
    s.labNu[j] = s.frontierNu;
    s.labB[j] = b0;
  }
  s.priceRing.fill(P0);
  // Output at the start in units of the good: the consumption good and the machines at PK / P0.
  const machines0 = (b0 * employedK * PK) / P0;
  const y0 = employed - employedK + machines0;
  for (let k = 0; k < 13; k++) {
    const back = k === 0 ? 0 : 13 - k; // slot k holds month k - 13 (k >= 1)
    s.prodRing[k] = exp((-g * back) / 12);
  }
  for (let k = 0; k < 15; k++) {
    const back = k === 0 ? 0 : 15 - k; // slot k holds month k - 15 (k >= 1)
    s.outputRing[k] = y0 * exp((-g * back) / 12);
  }
  // The fiscal rule's 12-month means at the stationary flows (dividends as set above).
  let divGross = 0;
  for (let j = 0; j < nf; j++) divGross += s.dividends[j] / (1 - p.taxRate);
  s.taxes12 = p.taxRate * (W0 * employed + divGross);
  s.interest12 = p.interestRate * s.stateLoans;
  s.nominalOutput12 = y0 * P0;
  s.stateSpending = regime.spending(p, fiscalInputs(s, p, regime));
  s.density = members / n;
  // This month's flows at their stationary values, for the row recorded at t = 0.
  let K = 0;
  for (let j = 0; j < nf; j++) K += s.capital[j];
  const f = s.flows;
  f.output = y0;
  f.machineOutput = machines0;
  f.potentialOutput = y0;
  f.hours = employed;
  f.wages = W0 * employed;
  f.salesValue = P0 * y0;
  f.depreciationValue = p.depreciation * P0 * K;
  f.investmentReal = machines0;
  f.consumptionWorkersReal = (W0 * (1 - p.taxRate) * employed) / P0;
  let capSpend = 0;
  for (let j = 0; j < nf; j++) capSpend += p.capitalistPropensity * s.dividends[j];
  f.consumptionReal = f.consumptionWorkersReal + capSpend / P0;
  f.governmentReal = s.stateSpending / P0;
  // Month 0's aggregates, by the phase that completes every month (its rates of change are 0).
  aggregate(s);
  return s;
}

/** A capitalist household's money at its target (1 - cK) d / cKm for the stationary dividends d (two months of wages when cKm = 0). */
function stationaryMoney(p: RefusalParams, d: number, wageBill: number): number {
  return Math.round(
    p.capitalistWealthPropensity > 0
      ? ((1 - p.capitalistPropensity) * d) / p.capitalistWealthPropensity
      : 2 * wageBill,
  );
}
