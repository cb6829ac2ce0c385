import { log } from "../../../engine/math.ts";
/**
 * Crises, ¶33 ¶37: demands beyond the margins act as "political blockage in the mechanism of the
 * economic laws" (¶33); organised refusal opens "a political crisis imposed by the subjective
 * movements of the organised workers" rather than a "catastrophic collapse" (¶37). Measured, not
 * imposed: a crisis month is one in which output has fallen more than a given share over 12 months
 * or the aggregate profit rate has stayed under a floor for 6 months; a crisis is a run of such
 * months. Blockage: net accumulation <= 0 for 12 months while organisation is dense.
 */

/** A crisis month: log output growth over 12 months below ln(1 - fall), or 6+ months of low profit. */
export function isCrisisMonth(growth12: number, fall: number, lowProfitMonths: number): boolean {
  return growth12 < log(1 - fall) || lowProfitMonths >= 6;
}

/** Running count of consecutive months satisfying a condition (reset when it fails). */
export function runLength(previous: number, holds: boolean): number {
  return holds ? previous + 1 : 0;
}
