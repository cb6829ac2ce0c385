import type { IntBlock, Rng } from "../../engine/rng.ts";

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
 * Bounded integers are drawn by Lemire's method (model version 2; version 1 drew them by bitmask
 * rejection, `Rng.shuffle` and `Rng.int`). The receivers j are read from `gifts`, a block of
 * `rng.intLemire(n)` draws on the same generator (`new IntBlock(rng, n, { method: "lemire" })`),
 * taken a chunk of agents at a time: each agent gives at most once, so a chunk of C agents needs
 * at most C draws, reserved before it and read without further checks. The block is released at
 * the end of the step, so the random stream is exactly that of `rng.shuffleLemire(order, n)`
 * followed by one `rng.intLemire(n)` per gift.
 */
export function exchangeStep(
  wealth: Int32Array,
  order: Int32Array,
  n: number,
  rng: Rng,
  gifts: IntBlock,
): void {
  rng.shuffleLemire(order, n);
  const draws = gifts.draws;
  const chunk = gifts.chunk;
  for (let k0 = 0; k0 < n; k0 += chunk) {
    let p = gifts.reserve(chunk);
    const end = Math.min(n, k0 + chunk);
    for (let k = k0; k < end; k++) {
      const i = order[k];
      if (wealth[i] > 0) {
        const j = draws[p++];
        wealth[j]++;
        wealth[i]--;
      }
    }
    gifts.pos = p;
  }
  gifts.release();
}
