/**
 * M12, ¶35 ¶39: the reversal of the balance of domination — "it will be the capitalist class
 * putting positive demands, making their requests ... And it will be the workers who are
 * rejecting the pleas" (¶35); "on the one hand capital making demands, and on the other hand the
 * working class refusal" (¶39). Measured from the bargaining log: who initiates, what is refused.
 */

/**
 * Domination index over a window: (capital-initiated - worker-initiated) / all initiatives, in
 * [-1, 1]; 0 when nothing was initiated. -1: only workers make demands (the trade-union
 * terrain); +1: only capital makes offers and requests (¶35's reversal).
 */
export function dominationIndex(capitalInitiated: number, workersInitiated: number): number {
  const t = capitalInitiated + workersInitiated;
  return t > 0 ? (capitalInitiated - workersInitiated) / t : 0;
}

/** Share of capital's offers that workers refused over the window (0 when there were none). */
export function refusedShare(refused: number, offers: number): number {
  return offers > 0 ? refused / offers : 0;
}
