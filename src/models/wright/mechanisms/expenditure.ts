import type { Rng } from "../../../engine/rng.ts";
import type { WrightState } from "../state.ts";

/**
 * Expenditure rule E1(a) (Wright 2005, section 2.3): (1) select a consumer b uniformly from
 * A - {a}; (2) select an amount m uniformly from [0, m_b]; (3) move m coins from b to the market
 * value V. Money is an integer number of coins, so m is uniform on the integers 0..m_b.
 */
export function spend(s: WrightState, rng: Rng, a: number): void {
  let b = rng.int(s.n - 1);
  if (b >= a) b++;
  const m = rng.int(s.money[b] + 1);
  if (m === 0) return;
  s.money[b] -= m;
  s.pool += m;
  if (s.employer[b] < 0) s.hiring.add(b, -m); // b is a non-worker: its weight in H changes
}
