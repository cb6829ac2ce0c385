import type { Rng } from "../../../engine/rng.ts";
import { OWNER, type WrightState } from "../state.ts";

/**
 * Hiring rule H1(a) (Wright 2005, section 2.2), applied when the active actor a is unemployed:
 * (a) form the potential employers H = {x : e_x = 0} = C u U; (b) select c in H with
 * probability P(c) = m_c / sum_{h in H} m_h; (c) if m_c > <w>, c hires a (e_a = c).
 *
 * Interpretation: a itself belongs to H but cannot employ itself (e_i != i), so c is drawn from
 * H - {a}, as in Borba, Goncalves & Anteneodo's implementation (arXiv:2410.22369). Nothing
 * happens when H - {a} holds no money.
 *
 * O(log N): see HiringPool.
 */
export function hire(s: WrightState, rng: Rng, a: number): void {
  const c = s.hiring.drawExcluding(a, rng);
  if (c < 0 || !(s.money[c] > s.avgWage)) return;
  joinFirm(s, a, c);
}

/** Make unemployed actor a an employee of c; a firm is born if c had no employees. */
export function joinFirm(s: WrightState, a: number, c: number): void {
  if (s.money[a] !== 0) s.hiring.add(a, -s.money[a]); // workers cannot hire: out of H
  s.employer[a] = c;
  s.nextEmployee[a] = s.firstEmployee[c];
  s.firstEmployee[c] = a;
  s.workerCount++;
  if (s.employees[c]++ === 0) {
    s.employer[c] = OWNER;
    s.firms[s.firmCount] = c;
    s.firmSlot[c] = s.firmCount++;
    s.monthBirths++;
  }
}
