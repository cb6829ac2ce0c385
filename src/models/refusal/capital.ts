import { vintage } from "./mechanisms/technique.ts";
import type { RefusalState } from "./state.ts";

/**
 * A firm's capital stock as the two vintage sums of `mechanisms/technique.ts` (capacity and labour
 * requirement): new capital is installed at a technique, old capital depreciates, every vintage
 * alike (¶12).
 */

/** Install q units of new capital of technique (a, nu) at firm j (a maker's machines, phase machine market). */
export function install(s: RefusalState, j: number, q: number, a: number, nu: number): void {
  const [cap, lab] = vintage(q, a, nu);
  s.capital[j] += q;
  s.capacity[j] += cap;
  s.labourReq[j] += lab;
}

/** Depreciate firm j's capital by the share delta, every vintage alike. */
export function depreciate(s: RefusalState, j: number, delta: number): void {
  const k = 1 - delta;
  s.capital[j] *= k;
  s.capacity[j] *= k;
  s.labourReq[j] *= k;
}
