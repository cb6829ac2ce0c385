/**
 * M8, ¶11 ¶37: spontaneous passivity — "the refusal - collective, mass, expressed in passive
 * forms" (¶11); "non-collaboration, passivity (even on a mass scale)" which, unorganised, "has
 * become ... an element of stabilisation of capitalist development" (¶37). As rules: a worker
 * paid below a fairness reference withdraws effort (Akerlof & Yellen 1990, "The fair
 * wage-effort hypothesis", QJE 105); firms answer with supervision (workers taken off
 * production) and, through unit costs, with automation. Nothing here reads what passivity is
 * expected to do to the cycle.
 */

/**
 * Fairness reference: an exponentially weighted memory of the worker's wage, indexed each month
 * by `index` = (1 + chi pi / 12)(1 + g / 12), the expected inflation and the productivity growth
 * wage claims index to ("wages at equal productivity"): Wref <- (1 - rho) Wref index + rho W.
 */
export function referenceWage(ref: number, wage: number, rho: number, index: number): number {
  return (1 - rho) * ref * index + rho * wage;
}

/**
 * Effort under passivity: e = 1 - eta max(0, (Wref - W) / Wref) (1 - sigma c), clamped to
 * [0, 1], where c in [0, 1] is the supervision coverage and sigma the share of withdrawal it
 * suppresses.
 */
export function effortUnderPassivity(
  wage: number,
  ref: number,
  eta: number,
  coverage: number,
  supervisionEffect: number,
): number {
  if (ref <= 0) return 1;
  const gap = Math.max(0, (ref - wage) / ref);
  const e = 1 - eta * gap * (1 - Math.min(1, supervisionEffect * coverage));
  return Math.max(0, Math.min(1, e));
}

/** Supervision the firm sets: s = min(sMax, response x (1 - mean effort)). */
export function supervisionShare(meanEffort: number, response: number, max: number): number {
  return Math.min(max, Math.max(0, response * (1 - meanEffort)));
}
