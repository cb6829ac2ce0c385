import type { Ctx } from "../context.ts";
import { setMarketWages } from "./struggle/marketWages.ts";

/**
 * Phase "bargain and struggle" (M2, M4–M10, M12), ¶13 ¶14 ¶33–¶38: the moment where the workers'
 * "No" (¶13: "refusing to receive work from the capitalist") meets capital's answers. Labour-market
 * wages first (¶34, `struggle/marketWages.ts`), then the strategy's own struggle (`strategies/`):
 * passivity and supervision (¶37), union bargaining (¶33 ¶34 ¶36), the general strike (¶14), the
 * rotating strikes of organised refusal (¶37 ¶38), each with the firms' responses (¶17,
 * `struggle/responses.ts`). Then the month's strikes are counted, wins fade and raises are posted.
 * Each rule is written from the actor's point of view; none reads what a strategy is expected to
 * produce.
 */
export function bargainAndStruggle(ctx: Ctx): void {
  const { s } = ctx;
  setMarketWages(ctx);
  ctx.strategy.struggle(ctx);
  let firmsOnStrike = 0;
  for (let j = 0; j < s.nf; j++) {
    if (s.strikers[j] > 0) firmsOnStrike++;
    s.wins[j] *= 1 - 1 / 24;
    if (s.raise[j] !== 0) s.postedWage[j] *= 1 + s.raise[j];
  }
  s.firmsOnStrike = firmsOnStrike;
}
