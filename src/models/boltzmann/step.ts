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
 * followed by one `rng.intLemire(n)` per gift. (The order of the two updates keeps a gift to
 * oneself a no-op, as in the rule.)
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
      // Branch-free: the next draw is already made, so an agent with nothing "gives" 0 units to
      // it and does not consume it (give = 1 iff w_i > 0; wealth is never negative). Whether an
      // agent gives is a coin flip to the CPU's branch predictor (about 54% do), and the branch
      // was the dearest part of the loop.
      const i = order[k];
      const wi = wealth[i];
      const give = -wi >>> 31;
      const j = draws[p];
      p += give;
      wealth[i] = wi - give;
      wealth[j] += give;
    }
    gifts.pos = p;
  }
  gifts.release();
}
