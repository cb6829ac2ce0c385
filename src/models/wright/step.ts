import type { Rng } from "../../engine/rng.ts";
import { spend } from "./mechanisms/expenditure.ts";
import { fire } from "./mechanisms/firing.ts";
import { hire } from "./mechanisms/hiring.ts";
import { sampleMarket } from "./mechanisms/marketSample.ts";
import { payWages } from "./mechanisms/wages.ts";
import { NONE, OWNER, type WrightState } from "./state.ts";

/**
 * Simulation rule SR1 (Wright 2005, section 2.7), the table of contents of the model:
 *  (1) S1: select the active actor a uniformly from all N actors;
 *  (2) H1(a): if a is unemployed, a may be hired;
 *  (3) E1(a): another actor spends into the market value V;
 *  (4) M1(a): if a is associated with a firm (worker or employer), its firm samples the market;
 *  (5) F1(a): if a is an employer, it fires what its money cannot pay at the average wage;
 *  (6) W1(a): if a is (still) an employer, it pays each employee a wage.
 */
export function activate(s: WrightState, rng: Rng): void {
  const a = rng.int(s.n);
  if (s.employer[a] === NONE) hire(s, rng, a);
  spend(s, rng, a);
  if (s.employer[a] !== NONE) sampleMarket(s, rng, a);
  if (s.employer[a] === OWNER) {
    fire(s, rng, a);
    if (s.employer[a] === OWNER) payWages(s, rng, a);
  }
}

/** One month rule 1M: N applications of SR1, with the month's flows counted from zero. */
export function month(s: WrightState, rng: Rng): void {
  s.monthRevenue = 0;
  s.monthWages = 0;
  s.monthBirths = 0;
  s.monthDemises = 0;
  for (let k = 0; k < s.n; k++) activate(s, rng);
}

/**
 * Close the accounting year (rule 1Y = 12 months): this year's firm revenue and size become
 * last year's, and the yearly flows restart from zero. Call after the year's measures are taken.
 */
export function closeYear(s: WrightState): void {
  const { revenue, wageIncome, wagesPaid, lastRevenue, lastSize, employees } = s;
  for (let i = 0; i < s.n; i++) {
    lastRevenue[i] = revenue[i];
    lastSize[i] = employees[i];
    revenue[i] = 0;
    wageIncome[i] = 0;
    wagesPaid[i] = 0;
  }
  s.yearRevenue = 0;
  s.yearWages = 0;
}
