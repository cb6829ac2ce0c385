import type { Ctx } from "../../context.ts";
import { cascadeCount } from "../../mechanisms/cascade.ts";
import { strikeLoss, strikeThreshold } from "../../mechanisms/strike.ts";
import { NONE, productivityOf, type RefusalState } from "../../state.ts";

/**
 * Threshold cascade among firm j's workers for a strike in its `months`-th month, from the strikers
 * already out (none for a new strike): sets `striking` for exactly the participants and returns
 * their number (M2, ¶14).
 */
export function workplaceStrike(ctx: Ctx, j: number, months: number, coverage: number): number {
  const { s, p } = ctx;
  if (!p.workplaceStrikes) {
    // M2 off: nobody walks out.
    s.strikers[j] = 0;
    return 0;
  }
  const t = s.scratch;
  const R = p.repressionDeterrence * s.repression;
  let n = 0;
  for (let i = s.head[j]; i !== NONE; i = s.next[i])
    t[n++] = strikeThreshold(
      s.threshold[i],
      s.organised[i] === 1,
      p.memberResolve,
      months,
      coverage,
      p.strikeFatigue,
      R,
    );
  if (n === 0) return 0;
  const sorted = t.subarray(0, n).sort();
  const k = cascadeCount(sorted, n, months > 0 ? s.strikers[j] : 0);
  const cutoff = k > 0 ? sorted[k - 1] : Number.NEGATIVE_INFINITY;
  let c = 0;
  for (let i = s.head[j]; i !== NONE; i = s.next[i]) {
    const th = strikeThreshold(
      s.threshold[i],
      s.organised[i] === 1,
      p.memberResolve,
      months,
      coverage,
      p.strikeFatigue,
      R,
    );
    const on = th <= cutoff && c < k;
    s.striking[i] = on ? 1 : 0;
    if (on) c++;
  }
  s.strikers[j] = c;
  return c;
}

/** The share of promised strike pay the fund can cover next month (all strikes together). */
export function fundCoverage(s: RefusalState, strikePay: number): number {
  const due = strikePay * s.strikeWages;
  return due > 0 ? Math.min(1, s.fund / due) : 1;
}

/** Monthly loss to firm j of its current strike (M2). */
export function currentStrikeLoss(s: RefusalState, j: number): number {
  const n = s.workforce[j];
  if (n === 0 || s.strikers[j] === 0) return 0;
  const share = s.strikers[j] / n;
  return strikeLoss(s.price[j], productivityOf(s, j), share * s.effortSum[j], share * s.wageSum[j]);
}
