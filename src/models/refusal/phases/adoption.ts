import type { Ctx } from "../context.ts";
import { blocksAdoption } from "../mechanisms/refusal.ts";
import { ADOPT, EVENT } from "../state.ts";

/**
 * The answers a workplace gives to a viable new technique (phase "plan and invest"), from which
 * each strategy picks its `adoption` action: adopted as it comes; adopted through a productivity
 * deal where a union is recognised (M12, ¶36); refused where the workplace is organised (M9, ¶37
 * ¶38).
 */

/** Does firm j's workplace veto new techniques and automation drives (M9)? */
export function vetoes(ctx: Ctx, j: number): boolean {
  const { s, p, strategy } = ctx;
  const orgShare = s.workforce[j] > 0 ? s.organisedCount[j] / s.workforce[j] : 0;
  return p.adoptionVeto && blocksAdoption(strategy, orgShare, p.blockShare);
}

/** No union to deal with: the frontier is adopted as it comes. */
export function adoptOutright(): number {
  return ADOPT.frontier;
}

/**
 * M12, ¶36: where a recognised union sits (and `productivityDeals` is on), the frontier comes with
 * capital's offer of a productivity deal, accepted: a share of the gain as a raise next month.
 */
export function adoptThroughDeals(ctx: Ctx, j: number, newOffer: boolean): number {
  const { s, p } = ctx;
  if (p.productivityDeals && s.recognised[j]) {
    if (newOffer) s.events[EVENT.capitalOffer]++;
    return ADOPT.deal;
  }
  return ADOPT.frontier;
}

/**
 * M9, ¶37 ¶38: the organised workplace refuses the productivity deal and the technique is not
 * adopted (capital's offer logged and refused, M12); elsewhere, adoption through deals.
 */
export function refuseWhereOrganised(ctx: Ctx, j: number, newOffer: boolean): number {
  const { s } = ctx;
  if (vetoes(ctx, j)) {
    s.adoptionBlocked++;
    if (newOffer) {
      s.events[EVENT.capitalOffer]++;
      s.events[EVENT.offerRefused]++;
    }
    return ADOPT.own;
  }
  return adoptThroughDeals(ctx, j, newOffer);
}
