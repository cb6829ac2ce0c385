import type { Ctx } from "../context.ts";
import { effectiveWageShare, innovationDirection, innovationProbability } from "../mechanisms/innovation.ts";

/**
 * Phase "innovate" (M3, ¶12 ¶15; mechanisms/innovation.ts): with the probability
 * `innovationProbability()`, the frontier moves to
 * a* <- a* (1 + x), nu* <- nu* / (1 + y). Firms adopt it only through new capital (plan and invest).
 */
export function innovate(ctx: Ctx): void {
  const { s, p, rng } = ctx;
  // M3 off: innovation runs as at the neutral wage share, whatever the struggle.
  const omegaEff = p.inducedInnovation
    ? effectiveWageShare(s.wageShare, s.strikeLoss12, p.strikeBias)
    : p.neutralWageShare;
  const prob = innovationProbability(
    p.innovationRate,
    p.innovationWageSensitivity,
    omegaEff,
    p.neutralWageShare,
  );
  if (rng.innovation.float() < prob) {
    const [x, y] = innovationDirection(omegaEff, p.innovationStep, p.neutralWageShare, p.frontierCurvature);
    s.frontierA *= 1 + x;
    s.frontierNu /= 1 + Math.max(-0.5, y);
    s.innovations++;
  }
}
