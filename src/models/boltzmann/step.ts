import type { IntBlock, Rng } from "../../engine/rng.ts";

/**
 * Largest population stepped by the branch-free gift loop; above it the loop with a branch is
 * faster. Measured (a sweep of N, branch-free loop against the other): 1.4-1.5x at N = 10^4,
 * 0.98-1.10x at 10^6, but 0.81-0.86x at 3 x 10^6 and 10^7, where the wealth array
 * (4N bytes) no longer fits in cache. There each agent's decision waits for its wealth to arrive
 * from memory, and the branch-free loop cannot go on before it does: the index of the next draw
 * depends on it. The branch lets the CPU guess and start the next agents' loads early.
 */
export const BRANCH_FREE_MAX_N = 2 ** 21;

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
 * followed by one `rng.intLemire(n)` per gift. Two loops read them, with the same result:
 * branch-free (for N up to BRANCH_FREE_MAX_N) and with a branch.
 */
export function exchangeStep(
  wealth: Int32Array,
  order: Int32Array,
  n: number,
  rng: Rng,
  gifts: IntBlock,
  branchFree = n <= BRANCH_FREE_MAX_N,
): void {
  rng.shuffleLemire(order, n);
  const draws = gifts.draws;
  const chunk = gifts.chunk;
  for (let k0 = 0; k0 < n; k0 += chunk) {
    let p = gifts.reserve(chunk);
    const end = Math.min(n, k0 + chunk);
    if (branchFree)
      for (let k = k0; k < end; k++) {
        // The next draw is already made, so an agent with nothing "gives" 0 units to it and does
        // not consume it (give = 1 iff w_i > 0; wealth is never negative). To the branch
        // predictor whether an agent gives is a coin flip (about 54% do), and in cache the
        // mispredicted branch was the dearest part of the loop.
        const i = order[k];
        const wi = wealth[i];
        const give = -wi >>> 31;
        const j = draws[p];
        p += give;
        wealth[i] = wi - give;
        wealth[j] += give;
      }
    else
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
