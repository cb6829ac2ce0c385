import { RESPONSE } from "../state.ts";

/**
 * M4, ¶17: capital's "successive attempts ... to emancipate itself from the working class":
 * facing a confrontation, the firm picks the cheapest of waiting it out, conceding, automating
 * (scrap and replace capital with the frontier technique, ¶15's "continual technological
 * revolutions"), hiring around the organised, and calling on the State for repression (¶20: the
 * capitalist class "turns itself into a repressive state apparatus"). Costs are expected money
 * over a year; an unavailable option costs Infinity.
 */

/** Expected costs of each response, money units over the horizon the firm weighs. */
export interface ResponseCosts {
  wait: number;
  concede: number;
  automate: number;
  hireAround: number;
  repression: number;
}

/** The cheapest response (ties go to the earlier in the order wait, concede, automate, hireAround, repression). */
export function firmResponse(c: ResponseCosts): number {
  let best: number = RESPONSE.wait;
  let cost = c.wait;
  if (c.concede < cost) {
    best = RESPONSE.concede;
    cost = c.concede;
  }
  if (c.automate < cost) {
    best = RESPONSE.automate;
    cost = c.automate;
  }
  if (c.hireAround < cost) {
    best = RESPONSE.hireAround;
    cost = c.hireAround;
  }
  if (c.repression < cost) best = RESPONSE.repression;
  return best;
}

/** Cost of automating: the value lost by scrapping a share z of capital early, z P K l. */
export function automationCost(capitalValue: number, share: number, scrapLoss: number): number {
  return share * capitalValue * scrapLoss;
}

/**
 * Cost of hiring around the organised: replacing each organised worker costs h months of the
 * wage; impossible (Infinity) when the unemployed pool cannot supply the replacements.
 */
export function hireAroundCost(organised: number, meanWage: number, months: number, pool: number): number {
  if (organised <= 0 || pool < organised) return Number.POSITIVE_INFINITY;
  return organised * meanWage * months;
}
