import { log1p } from "../../../engine/math.ts";

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
