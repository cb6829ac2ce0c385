import type { Strategy } from "../strategies/strategy.ts";

/**
 * M9, ¶32 ¶37 ¶38: organised refusal — "the refusal to collaborate actively in capitalist
 * development, the refusal to put forward positively a programme of demands" (¶32); "the
 * working class refusal to present demands to capital" that "blocks the working class
 * articulation of the mechanism" (¶38). As rules: no demands tabled; productivity deals refused
 * and adoption of new techniques blocked where the workplace is organised; strikes rotated to the
 * points whose stoppage removes most production; strikers and unemployed members paid from a
 * mutual-aid fund; capital's offers to end a strike refused.
 */

/**
 * Adoption is blocked iff the strategy blocks adoption (`refusal`) and the workplace's organised
 * share reaches the block share.
 */
export function blocksAdoption(
  strategy: Pick<Strategy, "blocksAdoption">,
  organisedShare: number,
  blockShare: number,
): boolean {
  return strategy.blocksAdoption && organisedShare >= blockShare;
}

/**
 * The strategic points (¶37 "a chain of critical conjunctures"): among the eligible firms, the
 * `k` whose stoppage removes most output. Writes their indices, largest first, into `out` and
 * returns how many were chosen. O(F k), no allocation.
 */
export function strategicPoints(
  output: ArrayLike<number>,
  eligible: (j: number) => boolean,
  k: number,
  out: Int32Array,
): number {
  let m = 0;
  for (let j = 0; j < output.length; j++) {
    if (!eligible(j)) continue;
    const v = output[j];
    // insertion into the top-k list kept in out[0..m)
    let pos = Math.min(m, k);
    while (pos > 0 && output[out[pos - 1]] < v) pos--;
    if (pos >= k) continue;
    const end = Math.min(m, k - 1);
    for (let q = end; q > pos; q--) out[q] = out[q - 1];
    out[pos] = j;
    if (m < k) m++;
  }
  return m;
}

/**
 * How many firms the fund can strike this month: each strike costs about `costPerStrike` of
 * strike pay for its length; the fund keeps `reserve` untouched. floor((fund - reserve) / cost),
 * at most `maxFirms`.
 */
export function affordableStrikes(
  fund: number,
  reserve: number,
  costPerStrike: number,
  maxFirms: number,
): number {
  if (costPerStrike <= 0) return maxFirms;
  return Math.max(0, Math.min(maxFirms, Math.floor((fund - reserve) / costPerStrike)));
}
