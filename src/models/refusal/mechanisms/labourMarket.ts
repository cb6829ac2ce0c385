/**
 * The labour market, ¶14 (the phase is `phases/labourMarket.ts`): labour power is sold by contract
 * before any struggle over its use ("it has already been given to capital once the contract ... has
 * been signed"). Firms dismiss what they do not need (last in, first out, within a monthly limit)
 * and fill vacancies from the unemployed through a matching function (search frictions). M4, ¶17
 * (capital's attempts "to emancipate itself from the working class"): a firm hiring around the
 * organised, or any firm under repression, dismisses organised workers first and passes over
 * organised applicants.
 */

/** Dismissals this month: min(excess, ceil(limit x workforce)), never negative. */
export function dismissals(workforce: number, desired: number, limit: number): number {
  const excess = workforce - desired;
  if (excess <= 0) return 0;
  return Math.min(excess, Math.ceil(limit * workforce));
}

/**
 * Matches this month from a Cobb-Douglas matching function (Petrongolo & Pissarides 2001,
 * "Looking into the black box", JEL 39): M = min(U, V, A sqrt(U V)), U the unemployed, V the
 * vacancies. Tight markets fill fewer vacancies, so unemployment keeps a frictional floor.
 */
export function matches(unemployed: number, vacancies: number, efficiency: number): number {
  return Math.min(unemployed, vacancies, efficiency * Math.sqrt(unemployed * vacancies));
}

/** Hires of a firm: stochastic rounding of its share of the matches, rate x vacancies, at most the pool. */
export function hires(vacancies: number, rate: number, u01: number, pool: number): number {
  if (vacancies <= 0) return 0;
  return Math.min(pool, Math.floor(rate * vacancies + u01));
}
