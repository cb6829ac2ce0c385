import { log1p } from "../../../engine/math.ts";
import type { Ctx } from "../context.ts";
import type { Strategy } from "../params.ts";
import { NONE } from "../state.ts";

/**
 * M11, ¶32 ¶33: organisation grows by contagion — its possibilities "increase as the working
 * class grows quantitatively, as it becomes more concentrated and unified, as it increasingly
 * develops in quality and becomes internally homogeneous" (¶32); "an accumulation ... of a
 * political power" (¶33). A Granovetter (1978) threshold rule, one synchronous round a month: a
 * worker joins when the organised share around them reaches their effective threshold, which
 * workplace size and recent wins lower and unemployment, repression and wage distance raise.
 * M13, ¶20: "the class exists without its institutions" — repression raises the effective
 * threshold for a while but never touches the personal threshold (memory), so organisation can
 * come back.
 */

/** Strategies that build an organisation (a fund, members, dues). */
export function hasOrganisation(strategy: Strategy): boolean {
  return strategy === "bargaining" || strategy === "general-strike" || strategy === "refusal";
}

/** Workplace size signal in [0, 1]: ln(1 + n) / ln(1 + nRef), capped at 1 (concentration, ¶32). */
export function sizeSignal(n: number, nRef: number): number {
  return Math.min(1, log1p(Math.max(0, n)) / log1p(nRef));
}

/**
 * Effective threshold:
 * thetaEff = theta + kU u + kR R - kS size - kW wins + kH |W - Wbar| / Wbar.
 */
export function effectiveThreshold(
  theta: number,
  u: number,
  repression: number,
  size: number,
  wins: number,
  distance: number,
  kU: number,
  kR: number,
  kS: number,
  kW: number,
  kH: number,
): number {
  return theta + kU * u + kR * repression - kS * size - kW * wins + kH * distance;
}

/** The signal a worker sees: (1 - g) workplace share + g class-wide density. */
export function organisingSignal(workplaceShare: number, density: number, classWeight: number): number {
  return (1 - classWeight) * workplaceShare + classWeight * density;
}

/**
 * Membership next month: a non-member joins iff signal >= thetaEff; a member leaves iff
 * signal < thetaEff - hysteresis.
 */
export function nextMembership(
  member: boolean,
  signal: number,
  thetaEff: number,
  hysteresis: number,
): boolean {
  return member ? signal >= thetaEff - hysteresis : signal >= thetaEff;
}

/** Workplace size at which the size signal reaches 1. */
export const SIZE_REFERENCE = 1000;

/** Phase "organise" (the organising pass over all workers), for strategies with an organisation. */
export function organise(ctx: Ctx): void {
  const { s, p } = ctx;
  if (!hasOrganisation(p.strategy) || !p.contagion) return;
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
