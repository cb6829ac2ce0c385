import { book, C, R } from "../accounts.ts";
import {
  ensureFirmFunds,
  ensureStateFunds,
  firmPaysInterest,
  repayFirm,
  statePaysInterest,
} from "../bank.ts";
import type { Ctx } from "../context.ts";
import { workerConsumption } from "../mechanisms/consumption.ts";
import { creditRoom, netWorth } from "../mechanisms/finance.ts";
import { strikePayCoverage } from "../mechanisms/pay.ts";
import { NONE } from "../state.ts";

/**
 * Phase "pay", ¶14 ¶15: wages go only to those who worked ("a refusal of the concrete labour which
 * is being offered" is paid for by the workers, ¶15: "at the cost ... of the workers' struggles");
 * strikers get strike pay from the organisation's fund, the unemployed benefits from the State,
 * members dues to the fund, the State taxes, the bank interest. The same pass plans each worker
 * household's consumption and sets the money aside for the goods market.
 */
export function pay(ctx: Ctx): void {
  const { s, p, strategy, regime } = ctx;
  const tfm = s.tfm;
  const tau = p.taxRate;
  const organising = strategy.organises;
  const dueRate = organising ? p.dues : 0;
  // Strike pay and mutual aid out of the fund (fund at the start of the month; dues come after).
  const spRate = p.strikePay;
  const spCover = strikePayCoverage(s.fund, spRate * s.strikeWages);
  const aidEach = strategy.paysMutualAid ? Math.floor(p.mutualAid * s.meanWage) : 0;
  const fundAfterStrikePay = s.fund - spRate * spCover * s.strikeWages;
  const aidCover = strikePayCoverage(Math.max(0, fundAfterStrikePay - 1), aidEach * s.unemployedMembers);
  const aid = Math.floor(aidEach * aidCover);
  const benefit = Math.round(regime.benefitRate(p) * s.meanWage);
  // Firms pay wages out of their deposits (borrowing the shortfall).
  let wages = 0;
  for (let j = 0; j < s.nf; j++) {
    if (!s.active[j]) continue;
    const w = s.wageDue[j];
    // An overdraft beyond what the bank would lend on the firm's net worth: the firm is illiquid
    // (it pays this month's wages and exits at the month's end, phase finance).
    const short = w - s.deposits[j];
    if (short > 0) {
      const nw = netWorth(s.deposits[j], s.loans[j], s.avgPrice * (s.capital[j] + s.inventory[j]));
      if (short > creditRoom(nw, s.loans[j], p.leverageLimit)) s.illiquid[j] = 1;
    }
    ensureFirmFunds(s, j, w);
    s.deposits[j] -= w;
    wages += w;
  }
  let paidWages = 0;
  let taxes = 0;
  let dues = 0;
  let strikePay = 0;
  let benefits = 0;
  let consumption = 0;
  const cw = p.workerPropensity;
  const cm = p.workerWealthPropensity;
  const { employer, striking, wage, money, organised, spend } = s;
  const reserveFrom = s.n - s.reserveSize;
  for (let i = 0; i < s.n; i++) {
    const j = employer[i];
    let net: number;
    if (j !== NONE && !striking[i]) {
      const gross = Math.round(wage[i]);
      const t = Math.round(tau * gross);
      const d = organised[i] ? Math.round(dueRate * gross) : 0;
      paidWages += gross;
      taxes += t;
      dues += d;
      net = gross - t - d;
    } else if (j !== NONE) {
      net = Math.floor(spRate * spCover * wage[i]);
      strikePay += net;
    } else if (s.poolPos[i] >= reserveFrom) {
      // the reserve lives outside the modelled economy: no wage, no benefit (issue 13 item 5)
      net = 0;
    } else {
      net = benefit;
      benefits += benefit;
      if (aid > 0 && organised[i]) {
        net += aid;
        strikePay += aid;
      }
    }
    const m = money[i] + net;
    const c = workerConsumption(cw, cm, net, m);
    spend[i] = c;
    money[i] = m - c;
    consumption += c;
  }
  if (paidWages !== wages) throw new Error(`wages paid ${paidWages} differ from wages due ${wages}`);
  // The State pays benefits (borrowing if it must) and receives taxes; the fund pays and receives.
  ensureStateFunds(s, benefits);
  s.stateDeposits += taxes - benefits;
  s.fund += dues - strikePay;
  book(tfm, R.wages, C.firmsCurrent, C.workers, wages);
  book(tfm, R.taxes, C.workers, C.state, taxes);
  book(tfm, R.benefits, C.state, C.workers, benefits);
  book(tfm, R.dues, C.workers, C.organisation, dues);
  book(tfm, R.strikePay, C.organisation, C.workers, strikePay);
  s.flows.wages = wages;
  s.flows.taxes = taxes;
  s.flows.benefits = benefits;
  s.flows.consumptionWorkers = consumption; // planned; the goods market books what is sold
  s.plannedWorkers = consumption;
  // Interest and amortisation.
  const i = p.interestRate;
  for (let j = 0; j < s.nf; j++) {
    if (!s.active[j] || s.loans[j] <= 0) continue;
    const interest = Math.round(i * s.loans[j]);
    firmPaysInterest(s, j, interest);
    s.interestPaid[j] = interest;
    const rep = Math.min(
      Math.round(p.amortisation * s.loans[j]),
      Math.max(0, Math.floor(s.deposits[j] - s.wageSum[j])),
    );
    repayFirm(s, j, Math.min(rep, s.loans[j]));
  }
  statePaysInterest(s, Math.round(i * s.stateLoans));
}
