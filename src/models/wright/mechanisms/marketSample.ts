import type { Rng } from "../../../engine/rng.ts";
import type { WrightState } from "../state.ts";

/**
 * Market sample rule M1(a) (Wright 2005, section 2.4), applied when a is not unemployed:
 * (a) select a revenue m uniformly from [0, V] (integers) and reduce V by m; (b) pay it to the
 * owner of a's firm: a's employer e_a if a is a worker, a itself if a is a capitalist. The coins
 * are counted as firm revenue (which is also the owner's income, section 3.8).
 */
export function sampleMarket(s: WrightState, rng: Rng, a: number): void {
  const m = rng.int(s.pool + 1);
  const boss = s.employer[a];
  const owner = boss >= 0 ? boss : a;
  s.revenue[owner] += m;
  s.monthRevenue += m;
  s.yearRevenue += m;
  if (m === 0) return;
  s.pool -= m;
  s.money[owner] += m;
  s.hiring.add(owner, m);
}
