import { exp } from "../../../engine/math.ts";

/**
 * Planning and investment, ¶12 ¶17 (the phase is `phases/planAndInvest.ts`): accumulation is
 * capital's answer to its dependence on living labour; it is also the mechanism the refusal blocks
 * (¶37: "the system's whole mechanism of development is blocked"). Expected demand adapts; desired
 * capital follows expected demand; investment follows the gap, scaled by Keen's (1995) increasing
 * function of the profit rate; new capital embodies the frontier technique when it is viable
 * (Okishio) and not refused (M9).
 */

/**
 * Adaptive expectations of demand: De <- De + zeta (D - De) (Nerlove 1958; Dosi et al. 2010 use
 * the myopic zeta = 1). No trend rate is assumed: before 2.0.0 firms also expected demand to grow
 * at the trend of technique productivity, which made output grow at the frontier's pace by
 * assumption (issue 13 item 3).
 */
export function expectedDemand(prev: number, sales: number, zeta: number): number {
  return prev + zeta * (sales - prev);
}

/**
 * Planned output: expected demand plus a share of the inventory gap, within [0, capacity]:
 * Yp = clamp(De + beta (h De - Inv), 0, capacity), with h the inventory target in months.
 */
export function plannedOutput(
  expDemand: number,
  inventory: number,
  target: number,
  adjust: number,
  capacity: number,
): number {
  const y = expDemand + adjust * (target * expDemand - inventory);
  return Math.max(0, Math.min(capacity, y));
}

/**
 * Keen's investment function (Keen 1995, "Finance and economic breakdown", Journal of Post
 * Keynesian Economics 17(4); the exponential form of Grasselli & Costa Lima 2012) written as a
 * multiplier of normal investment: kappa(r) = min(kMax, exp(k2 (r - rN))), r the annual profit
 * rate, rN the normal rate (kappa(rN) = 1).
 */
export function keenMultiplier(r: number, rN: number, k2: number, kMax: number): number {
  return Math.min(kMax, exp(k2 * (r - rN)));
}

/**
 * Desired gross investment (real units a month), in two parts:
 *
 *   I = delta K min(1, u_e / u_T)  +  kappa(r) K max(0, phi (u_e / u_T - 1))
 *
 * Replacement of the worn-out capacity the firm expects to use (u_e = De / Ycap, expected
 * utilisation), and expansion: a share phi of the utilisation gap a month, scaled by Keen's
 * multiplier kappa(r). Growth is not assumed: capital grows where demand presses on capacity.
 */
export function desiredInvestment(
  capital: number,
  expectedUtilisation: number,
  uTarget: number,
  delta: number,
  phi: number,
  kappa: number,
): number {
  const x = expectedUtilisation / uTarget;
  const replacement = delta * capital * Math.min(1, x);
  const expansion = kappa * capital * Math.max(0, phi * (x - 1));
  return replacement + expansion;
}
