/**
 * The cascade of Granovetter (1978), "Threshold models of collective behavior", American Journal
 * of Sociology 83(6): 1420–1443. With r(t) participants after round t, every person whose threshold is at most
 * r(t) takes part in round t + 1 (synchronous rounds, nobody leaves):
 *
 *   r(t + 1) = F(r(t)),  F(r) = #{i : threshold_i <= r},  r(0) = 0,
 *
 * F being the cumulative distribution of thresholds (in persons). F is non-decreasing, so r(t)
 * rises monotonically to the smallest fixed point r* = F(r*), Granovetter's equilibrium (the
 * first crossing of F with the 45-degree line, read off his cobweb diagram), and stops there.
 */

/**
 * The cumulative distribution of thresholds as a table: cum[r] = F(r) = #{i : threshold_i <= r}
 * for r = 0..N. Built once by counting (O(N)), so each round is one lookup. A threshold above
 * N − 1 can never be met (at most N − 1 others exist): it only counts in cum[N] = N.
 */
export function cumulativeCounts(thresholds: Float64Array): Int32Array {
  const n = thresholds.length;
  const cum = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    // Smallest integer r with threshold <= r; thresholds are >= 0 (clamped when drawn).
    const need = Math.ceil(thresholds[i]);
    cum[Math.min(need, n)]++;
  }
  for (let r = 1; r <= n; r++) cum[r] += cum[r - 1];
  return cum;
}

/** One round: r(t + 1) = F(r(t)), read from the table of {@link cumulativeCounts}. */
export function nextParticipants(cum: Int32Array, r: number): number {
  return cum[r];
}

/**
 * The equilibrium computed directly from the sorted thresholds s_0 <= s_1 <= ... <= s_{N−1}:
 * the smallest r with F(r) = r is the first k with s_k > k (then exactly k thresholds are
 * <= k), or N if there is none (everyone joins). This is Granovetter's reading of the
 * distribution, independent of the round-by-round dynamics.
 */
export function firstFixedPoint(sorted: Float64Array): number {
  for (let k = 0; k < sorted.length; k++) if (sorted[k] > k) return k;
  return sorted.length;
}
