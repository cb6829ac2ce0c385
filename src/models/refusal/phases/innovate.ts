import type { Ctx } from "../context.ts";
import {
  effectiveWageShare,
  inducedBias,
  innovationDirection,
  labShare,
  median5,
  searchProbability,
  searchStep,
} from "../mechanisms/innovation.ts";
import { okishioViable } from "../mechanisms/okishio.ts";

/** Candidates a firm looks at when it imitates; it copies the one technologically closest to its own. */
const IMITATION_CANDIDATES = 3;

/**
 * Phase "innovate" (M3, ¶12 ¶15; mechanisms/innovation.ts): firm-level, costly search after Dosi,
 * Fagiolo & Roventini (2010). Each machine maker keeps a laboratory: a share of its workforce paid
 * out of the R&D share of its revenue (`labShare()`), which makes no machines. Its research effort r
 * (its researchers against those of a maker of the start's mean size at the normal share) sets the
 * monthly chances of innovation and of imitation (`searchProbability()`), both raised by the
 * induced bias of the effective wage share (M3). An innovation draws a step along Kennedy's
 * direction, scaled by a Beta(3, 3) draw (`searchStep()`); an imitation copies the design of the
 * closest of a few makers drawn at random. The laboratory keeps what lowers the unit cost its
 * machine gives a client at the mean wage (Okishio); the maker's own productivity b moves with its
 * design. Machines embody the design (plan and invest, machine market). The economy's frontier is
 * the best laboratory's.
 */
export function innovate(ctx: Ctx): void {
  const { s, p, rng } = ctx;
  const r = rng.innovation;
  // M3 off: search runs as at the neutral wage share, whatever the struggle.
  const omegaEff = p.inducedInnovation
    ? effectiveWageShare(s.wageShare, s.strikeLoss12, p.strikeBias)
    : p.neutralWageShare;
  const bias = inducedBias(p.innovationWageSensitivity, omegaEff, p.neutralWageShare);
  const [x, y] = innovationDirection(omegaEff, p.innovationStep, p.neutralWageShare, p.frontierCurvature);
  // Researchers of a maker of the start's mean size spending the normal share of its revenue.
  const normalResearchers = p.rdShare * (1 + p.machineMarkup) * s.makerSize0;
  const userCost = p.interestRate + p.depreciation;
  // Makers judge a design by the unit cost it gives their clients, at the economy's mean wage.
  const wage = s.meanWage;
  let best = 0;
  let bestNu = p.capitalOutput;
  for (let j = 0; j < s.makers; j++) {
    if (!s.active[j]) continue;
    const l = labShare(p.rdShare, s.revenue12[j], s.wageBill12[j], p.maxLabShare);
    s.lab[j] = l;
    const effort = (l * s.workforce[j]) / normalResearchers;
    const P = s.price[j];
    // Innovation.
    if (r.float() < searchProbability(p.innovationRate, effort, bias)) {
      const b = median5(r.float(), r.float(), r.float(), r.float(), r.float());
      const [dx, dy] = searchStep(x, y, b, p.innovationDispersion);
      const a1 = s.labA[j] * (1 + dx);
      const nu1 = s.labNu[j] / (1 + dy);
      if (okishioViable(wage, s.labA[j], s.labNu[j], a1, nu1, P, userCost)) {
        // process innovation in making the machine goes with product innovation in the machine
        s.labB[j] *= a1 / s.labA[j];
        s.labA[j] = a1;
        s.labNu[j] = nu1;
        s.innovations++;
      }
    }
    // Imitation of a technologically close firm.
    if (r.float() < searchProbability(p.imitationRate, effort, bias)) {
      let k = -1;
      let dist = Number.POSITIVE_INFINITY;
      for (let c = 0; c < IMITATION_CANDIDATES; c++) {
        const q = r.int(s.makers);
        if (!s.active[q] || q === j) continue;
        const d = Math.abs(s.labA[q] / s.labA[j] - 1) + Math.abs(s.labNu[q] / s.labNu[j] - 1);
        if (d < dist) {
          dist = d;
          k = q;
        }
      }
      if (k >= 0 && okishioViable(wage, s.labA[j], s.labNu[j], s.labA[k], s.labNu[k], P, userCost)) {
        s.labB[j] = s.labB[k];
        s.labA[j] = s.labA[k];
        s.labNu[j] = s.labNu[k];
        s.imitations++;
      }
    }
    if (s.labA[j] > best) {
      best = s.labA[j];
      bestNu = s.labNu[j];
    }
  }
  if (best > 0) {
    s.frontierA = best;
    s.frontierNu = bestNu;
  }
}
