import type { Ctx } from "../context.ts";
import { nextMembership, organisingSignal, SIZE_REFERENCE, sizeSignal } from "../mechanisms/organise.ts";
import { NONE } from "../state.ts";

/** Phase "organise" (the organising pass over all workers), for strategies with an organisation. */
export function organise(ctx: Ctx): void {
  const { s, p, strategy } = ctx;
  if (!strategy.organises || !p.contagion) return;
  const nf = s.nf;
  // Last month's workplace shares, sizes and mean wages.
  const share = s.weight; // scratch per firm
  const size = s.supplyValue; // scratch per firm
  for (let j = 0; j < nf; j++) {
    const n = s.workforce[j];
    share[j] = n > 0 ? s.organisedCount[j] / n : 0;
    size[j] = sizeSignal(n, SIZE_REFERENCE);
    s.meanWageAt[j] = n > 0 ? s.wageSum[j] / n : s.postedWage[j];
  }
  const D = s.density;
  const base = p.unemploymentDeterrence * s.unemployment + p.repressionDeterrence * s.repression;
  const { employer, organised, threshold, wage } = s;
  let members = 0;
  for (let i = 0; i < s.n; i++) {
    const j = employer[i];
    const was = organised[i] === 1;
    let signal: number;
    let th: number;
    if (j === NONE) {
      signal = D;
      th = threshold[i] + base;
    } else {
      signal = organisingSignal(share[j], D, p.classWeight);
      const wbar = s.meanWageAt[j];
      const dist = wbar > 0 ? Math.abs(wage[i] - wbar) / wbar : 0;
      th =
        threshold[i] +
        base -
        p.sizeEffect * size[j] -
        p.winsEffect * s.wins[j] +
        p.heterogeneityEffect * dist;
    }
    const now = nextMembership(was, signal, th, p.hysteresis);
    if (now !== was) {
      organised[i] = now ? 1 : 0;
      if (j !== NONE) s.organisedCount[j] += now ? 1 : -1;
    }
    if (now) members++;
  }
  s.density = members / s.n;
}
