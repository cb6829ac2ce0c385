import type { Rng } from "../../../engine/rng.ts";
import { NONE, type WrightState } from "../state.ts";

/**
 * Wage payment rule W1(a) (Wright 2005, section 2.6): for each employee c of a, transfer w coins
 * from a to c, w uniform on the integers wmin..wmax; if a holds fewer than w coins, w is drawn
 * again uniformly from 0..m_a instead. Employees are paid in the order of the employee list
 * (most recently hired first): the paper leaves the order open, and it only matters once the
 * employer runs short.
 */
export function payWages(s: WrightState, rng: Rng, a: number): void {
  const money = s.money;
  const income = s.wageIncome;
  const next = s.nextEmployee;
  const lo = s.wmin;
  const span = s.wmax - s.wmin + 1;
  let m = money[a];
  let paid = 0;
  for (let c = s.firstEmployee[a]; c !== NONE; c = next[c]) {
    let w = lo + rng.int(span);
    if (w > m) w = rng.int(m + 1);
    m -= w;
    money[c] += w;
    income[c] += w;
    paid += w;
  }
  money[a] = m;
  s.wagesPaid[a] += paid;
  s.monthWages += paid;
  s.yearWages += paid;
  if (paid !== 0) s.hiring.add(a, -paid);
}
