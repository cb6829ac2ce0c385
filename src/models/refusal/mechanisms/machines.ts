/**
 * The machine sector (issue 13 item 1), after Dosi, Fagiolo & Roventini (2010, "Schumpeter meeting
 * Keynes", JEDC 34, §2.1–2.2): machine makers design a technique (a*, nu*) in their laboratories,
 * make machines to order with labour alone, and price them at a fixed markup on unit labour cost;
 * consumption-good firms order machines from the maker whose machine gives the lowest unit cost,
 * wait for them to be made and pay on delivery. ¶37: a stoppage at a machine maker holds up its
 * clients' investment ("the chain", issue 13).
 */

/** Machine makers among F firm slots: round(share F), at least 1 and at most F - 1. */
export function machineMakers(firms: number, share: number): number {
  return Math.min(firms - 1, Math.max(1, Math.round(share * firms)));
}

/**
 * A machine maker's price (Dosi et al. 2010, eq. 1: p = (1 + mu_1) w / B): a fixed markup on unit
 * labour cost, p = (1 + mu_K) w / (b e), with b its own labour productivity and e the effective
 * effort per worker on its payroll (researchers and supervisors make no machines).
 */
export function machinePrice(markup: number, wage: number, b: number, effort: number): number {
  return ((1 + markup) * wage) / (b * Math.max(0.05, effort));
}

/**
 * The share of its backlog a machine maker delivers this month: what it made over what it owes,
 * at most 1. Every client receives that share of its outstanding order (first come is not first
 * served: makers ration pro rata).
 */
export function deliveredShare(made: number, backlog: number): number {
  return backlog > 0 ? Math.min(1, Math.max(0, made / backlog)) : 0;
}

/**
 * The workforce a machine maker plans for its backlog: enough for the whole backlog at its
 * productivity, n = ceil(B / (b e)), but no more than the wages it can pay from its deposits and
 * the credit its net worth commands, n <= funds / w (machines are paid on delivery, wages before).
 */
export function makerWorkforce(
  backlog: number,
  b: number,
  effort: number,
  funds: number,
  wage: number,
): number {
  if (!(backlog > 0)) return 0;
  const need = Math.ceil(backlog / (b * Math.max(0.05, effort)) - 1e-9);
  if (!(wage > 0)) return need;
  return Math.max(0, Math.min(need, Math.floor(funds / wage)));
}

/**
 * The share of employment in the machine sector on a steady path: investment (delta + g) K a month,
 * with K = 12 nu Y_C / u, made at b machines a worker-month, so N_K / N_C = x = (delta + g) 12 nu / (u b)
 * and the share is x / (1 + x) (delta + g monthly).
 */
export function makerEmployment(investRate: number, nu: number, utilisation: number, b: number): number {
  const x = (investRate * 12 * nu) / (utilisation * b);
  return x / (1 + x);
}

/**
 * Lumpy investment: a firm orders machines only when the desired investment it has gathered since
 * its last order, I_acc, reaches a share z of its capital, I_acc >= z K (and at once when it has no
 * capital). Plants invest in spikes, not in a smooth flow (Doms & Dunne 1998, "Capital adjustment
 * patterns in manufacturing plants", Review of Economic Dynamics 1; Cooper & Haltiwanger 2006,
 * REStud 73); Dosi et al. (2010) trigger expansion only beyond a threshold. z = 0 is the smooth flow.
 */
export function lumpyOrder(gathered: number, capital: number, z: number): boolean {
  if (!(gathered > 0)) return false;
  return capital <= 0 || gathered >= z * capital;
}
