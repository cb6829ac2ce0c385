import { balanceSheetMatrix, transactionFlowMatrix } from "./matrices.ts";
import { consumption, disposableIncome, labourDemand, taxes } from "./mechanisms/behaviour.ts";
import { householdMoney, moneySupply } from "./mechanisms/budgets.ts";
import { equilibriumOutput } from "./mechanisms/output.ts";
import type { SimParams } from "./params.ts";
import type { SimState } from "./state.ts";

/** Government expenditure decided for period t: G, or Gshock from shockPeriod on. */
export function governmentExpenditure(p: SimParams, t: number): number {
  return p.shockPeriod > 0 && t >= p.shockPeriod ? p.Gshock : p.G;
}

/**
 * One period of model SIM (Godley & Lavoie 2007, ch. 3), in the order the equations are solved.
 * Every equation of the book's list appears once; eq. 3.10 (Y = Cs + Gs) is solved in closed form
 * and then checked, with the redundant Hh = Hs, by the invariants.
 */
export function stepSim(s: SimState, p: SimParams): void {
  s.t += 1;
  s.HhPrev = s.Hh;
  s.HsPrev = s.Hs;
  s.W = p.W;
  s.Gd = governmentExpenditure(p, s.t); // policy, exogenous
  s.Y = equilibriumOutput(s.Gd, p.theta, p.alpha1, p.alpha2, s.HhPrev); // eq. 3.10 solved
  s.Nd = labourDemand(s.Y, p.W); // eq. 3.11
  s.Ns = s.Nd; // eq. 3.4
  s.Td = taxes(p.theta, p.W, s.Ns); // eq. 3.6
  s.Ts = s.Td; // eq. 3.3
  s.YD = disposableIncome(p.W, s.Ns, s.Ts); // eq. 3.5
  s.Cd = consumption(p.alpha1, p.alpha2, s.YD, s.HhPrev); // eq. 3.7
  s.Cs = s.Cd; // eq. 3.1
  s.Gs = s.Gd; // eq. 3.2
  s.Hs = moneySupply(s.HsPrev, s.Gd, s.Td); // eq. 3.8, government budget
  s.Hh = householdMoney(s.HhPrev, s.YD, s.Cd); // eq. 3.9, household budget
  transactionFlowMatrix(s, s.tfm);
  balanceSheetMatrix(s.Hh, s.Hs, s.bsm);
}
