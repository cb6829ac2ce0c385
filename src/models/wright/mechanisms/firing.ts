import type { Rng } from "../../../engine/rng.ts";
import { NONE, type WrightState } from "../state.ts";

/**
 * Number of employees to fire, Firing rule F1 (Wright 2005, section 2.5):
 * u = max(|W_a| - m_a / <w>, 0), "the firm's workforce is reduced to a size such that the wage
 * bill is payable". Interpretation for a fractional m_a / <w>: keep floor(m_a / <w>) employees,
 * i.e. the fewest firings that make (|W_a| - u) <w> <= m_a.
 */
export function firingCount(employees: number, money: number, avgWage: number): number {
  if (avgWage <= 0) return 0;
  return Math.max(employees - Math.floor(money / avgWage), 0);
}

/**
 * Firing rule F1(a), applied when a is an employer: fire u employees chosen uniformly at random
 * (a uniform u-subset of W_a, by selection sampling over the employee list in one pass: Knuth,
 * TAOCP vol. 2, 3.4.2, Algorithm S). Fired actors become unemployed and rejoin H. If every
 * employee is fired the firm ceases trading (a demise) and a becomes unemployed.
 */
export function fire(s: WrightState, rng: Rng, a: number): void {
  const size = s.employees[a];
  const u = firingCount(size, s.money[a], s.avgWage);
  if (u === 0) return;
  const next = s.nextEmployee;
  if (u >= size) {
    for (let e = s.firstEmployee[a]; e !== NONE; ) {
      const nx = next[e];
      leaveFirm(s, e);
      e = nx;
    }
    s.firstEmployee[a] = NONE;
    s.employees[a] = 0;
    s.workerCount -= size;
    closeFirm(s, a);
    return;
  }
  let prev = NONE;
  let e = s.firstEmployee[a];
  let left = size;
  let toFire = u;
  while (toFire > 0) {
    const nx = next[e];
    if (rng.int(left) < toFire) {
      if (prev === NONE) s.firstEmployee[a] = nx;
      else next[prev] = nx;
      leaveFirm(s, e);
      toFire--;
    } else prev = e;
    left--;
    e = nx;
  }
  s.employees[a] = size - u;
  s.workerCount -= u;
}

/** Actor e stops being an employee: unemployed, back in H with its money. */
function leaveFirm(s: WrightState, e: number): void {
  s.employer[e] = NONE;
  s.nextEmployee[e] = NONE;
  if (s.money[e] !== 0) s.hiring.add(e, s.money[e]);
}

/** Remove a from the list of firm owners (swap with the last). */
function closeFirm(s: WrightState, a: number): void {
  const slot = s.firmSlot[a];
  const last = s.firms[--s.firmCount];
  s.firms[slot] = last;
  s.firmSlot[last] = slot;
  s.firmSlot[a] = NONE;
  s.employer[a] = NONE; // the owner of a closed firm is unemployed
  s.monthDemises++;
}
