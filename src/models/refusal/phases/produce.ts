import { log } from "../../../engine/math.ts";
import type { Ctx } from "../context.ts";
import { effortUnderPassivity, referenceWage } from "../mechanisms/passivity.ts";
import { geometricGap, leontiefOutput } from "../mechanisms/production.ts";
import { NONE, productivityOf, SECTOR } from "../state.ts";
import { separate } from "../workforce.ts";

/**
 * Phase "produce" (the workplace pass, once over the workers): separations (quits), this month's
 * raises, the fairness reference and effort (M8), then each firm's hours and Leontief output, and
 * the output lost to strikes (what the strikers' hours would have made). Machine makers make
 * machines to order with labour alone (their output is valued at its price relative to the good's).
 */
export function produce(ctx: Ctx): void {
  const { s, p, rng, strategy } = ctx;
  const nf = s.nf;
  for (let j = 0; j < nf; j++) {
    s.hours[j] = 0;
    s.wageSum[j] = 0;
    s.wageDue[j] = 0;
    s.effortSum[j] = 0;
  }
  // The reference indexes to what wage claims index to: expected inflation and productivity.
  const index = (1 + (p.inflationIndexation * s.inflation) / 12) * (1 + s.productivityGrowth / 12);
  const rho = p.referenceAdaptation;
  const passive = strategy.passive && p.effortWithdrawal;
  const sep = p.separationRate;
  const rs = rng.separation;
  // Separations by geometric skipping: the gap to the next worker who quits is geometric with
  // parameter sep, so the generator is drawn about sep x N times, not N times (same law).
  const logKeep = sep > 0 && sep < 1 ? log(1 - sep) : 0;
  let nextQuit = sep >= 1 ? 0 : sep > 0 ? geometricGap(rs.float(), logKeep) : s.n;
  const { employer, wage, wageRef, effort, striking, raise } = s;
  let strikeWages = 0;
  let unemployedMembers = 0;
  const reserveFrom = s.n - s.reserveSize;
  for (let i = 0; i < s.n; i++) {
    let j = employer[i];
    if (i === nextQuit) {
      if (j !== NONE) {
        separate(s, i);
        j = NONE;
      }
      nextQuit = sep >= 1 ? i + 1 : i + 1 + geometricGap(rs.float(), logKeep);
    }
    if (j === NONE) {
      s.spell[i]++;
      wageRef[i] *= index;
      effort[i] = 1;
      if (s.organised[i] && s.poolPos[i] < reserveFrom) unemployedMembers++;
      continue;
    }
    const r = raise[j];
    if (r !== 0) wage[i] *= 1 + r;
    const w = wage[i];
    wageRef[i] = referenceWage(wageRef[i], w, rho, index);
    let e = 1;
    if (passive) {
      const cover = p.maxSupervision > 0 ? s.supervision[j] / p.maxSupervision : 0;
      e = effortUnderPassivity(w, wageRef[i], p.effortElasticity, cover, p.supervisionEffect);
    }
    effort[i] = e;
    s.wageSum[j] += w;
    s.effortSum[j] += e;
    if (striking[i]) strikeWages += w;
    else {
      s.hours[j] += e;
      s.wageDue[j] += Math.round(w);
    }
  }
  s.strikeWages = strikeWages;
  s.unemployedMembers = unemployedMembers;
  let output = 0;
  let potential = 0;
  let hours = 0;
  let machines = 0;
  for (let j = 0; j < nf; j++) {
    s.raise[j] = 0;
    if (!s.active[j]) continue;
    const n = s.workforce[j];
    s.meanEffort[j] = n > 0 ? s.effortSum[j] / n : 1;
    // A machine maker works with labour alone, to order (no capacity bound, no stock).
    const maker = s.sector[j] === SECTOR.machines;
    const a = productivityOf(s, j);
    const capacity = maker ? Number.POSITIVE_INFINITY : s.capacity[j];
    // Supervisors and researchers are off the line.
    const onLine = Math.max(0, 1 - s.supervision[j] - s.lab[j]);
    // M1 off: the whole workforce produces at full effort, whatever is withheld.
    const worked = p.livingLabour ? s.hours[j] * onLine : n * (1 - s.lab[j]);
    const y = leontiefOutput(s.plannedOutput[j], a, worked, capacity);
    const yPot = p.livingLabour
      ? leontiefOutput(s.plannedOutput[j], a, s.effortSum[j] * onLine, capacity)
      : y;
    s.output[j] = y;
    s.lostOutput[j] = yPot - y;
    // Real output in units of the good: machines at their price relative to the good's.
    const value = maker ? s.price[j] / s.avgPrice : 1;
    if (maker) machines += y * value;
    else s.inventory[j] += y;
    output += y * value;
    potential += yPot * value;
    hours += worked;
  }
  s.flows.machineOutput = machines;
  s.flows.output = output;
  s.flows.potentialOutput = potential;
  s.flows.hours = hours;
}
