import type { Rng } from "../../engine/rng.ts";

/**
 * One step of Mesa's Boltzmann wealth model (Mesa introductory tutorial, `MoneyModel.step` =
 * `self.agents.shuffle_do("exchange")`; `MoneyAgent.exchange`): every agent is activated once,
 * in a fresh uniformly random order; an agent with wealth > 0 gives one unit to an agent drawn
 * uniformly from all N agents, itself included. Transfers are visible at once to the agents
 * activated later in the same step.
 *
 *   for i in shuffle(0..N-1):  if w_i > 0:  j ~ U{0..N-1};  w_j += 1;  w_i -= 1
 *
 * `order` must hold a permutation of 0..n-1 (any: shuffling it gives a uniform permutation).
 */
export function exchangeStep(wealth: Int32Array, order: Int32Array, n: number, rng: Rng): void {
  rng.shuffle(order, n);
  for (let k = 0; k < n; k++) {
    const i = order[k];
    if (wealth[i] > 0) {
      const j = rng.int(n);
      wealth[j]++;
      wealth[i]--;
    }
  }
}
