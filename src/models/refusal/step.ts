import type { Ctx } from "./context.ts";
import { aggregate } from "./phases/aggregate.ts";
import { bargainAndStruggle } from "./phases/bargainAndStruggle.ts";
import { closeBooks } from "./phases/closeBooks.ts";
import { customers } from "./phases/customers.ts";
import { finance } from "./phases/finance.ts";
import { goodsMarket } from "./phases/goodsMarket.ts";
import { innovate } from "./phases/innovate.ts";
import { labourMarket } from "./phases/labourMarket.ts";
import { labourSupply } from "./phases/labourSupply.ts";
import { machineMarket } from "./phases/machineMarket.ts";
import { organise } from "./phases/organise.ts";
import { pay } from "./phases/pay.ts";
import { planAndInvest } from "./phases/planAndInvest.ts";
import { produce } from "./phases/produce.ts";
import { startMonth } from "./phases/startMonth.ts";
import { statePolicy } from "./phases/statePolicy.ts";

/**
 * One month of the `refusal` economy: the model's table of contents. Each phase is a thin
 * mutator (phases/*.ts) over pure mechanisms (mechanisms/*.ts); the ¶ is the essay's paragraph it implements.
 * The month is complete when it returns: the recorder (metrics, summaries), run by the simulation
 * right after, only reads it.
 */
export function stepRefusal(ctx: Ctx): void {
  startMonth(ctx.s);
  innovate(ctx); // ¶12 ¶15 — machine makers' costly search, induced by the wage share and strikes (M3)
  planAndInvest(ctx); // ¶12 ¶17 ¶37 — expectations, machine orders, Okishio adoption, refusal's block, makers' plans (M3 M9 M4)
  labourSupply(ctx); // ¶14 ¶17 — migration and participation feed and drain the labour force (issue 13 item 5)
  labourMarket(ctx); // ¶14 ¶17 — dismissals, hiring, hiring around the organised (M4)
  bargainAndStruggle(ctx); // ¶13 ¶14 ¶33–¶38 — wages, bargaining, strikes, general strike, refusal, responses (M2 M4–M10 M12)
  produce(ctx); // ¶9 ¶15 ¶17 — Leontief in worked hours and capital; effort under passivity (M1 M8)
  pay(ctx); // ¶14 ¶15 — wages to those who worked, strike pay, benefits, dues, taxes, interest
  customers(ctx); // ¶9 — households keep their shop or change it: by price, after a stock-out, when it closes
  goodsMarket(ctx); // ¶9 — the consumption good: demand split by customers, prices and markups
  machineMarket(ctx); // ¶12 ¶37 — machines delivered to order, paid, installed; a maker's stoppage holds up its clients
  finance(ctx); // ¶17 ¶33 — profits, dividends, bank, State budget, bankruptcy, entry
  organise(ctx); // ¶32 ¶33 ¶20 — threshold contagion of organisation (M11 M13)
  statePolicy(ctx); // ¶18 ¶19 ¶20 — recognition, repression (M7 M13)
  closeBooks(ctx.s); // the month's retained earnings close the firms' current account
  aggregate(ctx.s); // what next month reads: unemployment, mean wage, inflation, wage share, output growth
}
