/**
 * The labour supply (issue 13 item 5): a reserve of households outside the labour force (the
 * South's underemployed, those not seeking work) that migration and participation move in and out
 * of it. ¶14 ¶17: capital's need of labour power meets a supply it does not make. Italy's
 * "economic miracle" of the 1950s drew on such a reserve (issue 17); by default there is none and
 * the labour force is the constant N.
 */

/**
 * The monthly probability that a household of the reserve joins the labour force, after Harris &
 * Todaro (1970, "Migration, unemployment and development", AER 60): migrants respond to the
 * expected urban wage, the wage times the chance of a job. Linearised around the natural rate,
 *
 *   q = m (1 - u) / (1 - u_n),
 *
 * m the rate at the natural rate u_n: a slack labour market slows the inflow, a tight one speeds it.
 */
export function joinRate(m: number, unemployment: number, natural: number): number {
  if (!(m > 0)) return 0;
  return Math.min(1, (m * Math.max(0, 1 - unemployment)) / Math.max(1e-9, 1 - natural));
}

/**
 * How many of `n` households move when each moves with probability q: the expected number n q,
 * rounded up with probability equal to its fraction (draw u in [0, 1)), so the mean is exact.
 */
export function movers(n: number, q: number, u: number): number {
  if (!(n > 0) || !(q > 0)) return 0;
  const x = n * Math.min(1, q);
  return Math.min(n, Math.floor(x + u));
}
