/**
 * M10, ¶14: the general strike, which "already contains within it ... the Lassallian demand for a
 * 'fair share of the fruits of labour'". As rules: when organisation density passes a trigger
 * (and the last general strike is far enough back), the organisation calls a class-wide strike
 * for a target wage share; participation spreads by a class-wide threshold cascade; each firm
 * concedes when waiting costs more than the raise; the strike ends with concession (firms
 * employing most strikers' workplaces have conceded), collapse (participation below quorum) or
 * at its longest length.
 */

/** Call a general strike iff density >= trigger, none is on, and the cooldown has passed. */
export function callsGeneralStrike(
  density: number,
  trigger: number,
  active: boolean,
  monthsSince: number,
  cooldown: number,
): boolean {
  return !active && density >= trigger && monthsSince >= cooldown;
}

/**
 * Raise demanded of a firm: the one that lifts its wage share to the target,
 * clamp(target / share - 1, 0, max).
 */
export function fairShareRaise(target: number, share: number, max: number): number {
  if (share <= 0) return max;
  return Math.max(0, Math.min(max, target / share - 1));
}
