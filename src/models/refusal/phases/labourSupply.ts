import type { Ctx } from "../context.ts";
import { joinRate, movers } from "../mechanisms/labourSupply.ts";
import { poolAdd, poolRemove, reserveAdd, reserveRemove } from "../workforce.ts";

/**
 * Phase "labour supply" (issue 13 item 5, ¶14 ¶17): households of the reserve join the labour
 * force as unemployed job seekers at the Harris–Todaro rate (`joinRate()`), and unemployed workers
 * leave it for the reserve at the rate `reserveReturn` (discouragement, return migration). Who
 * moves is drawn at random. With no reserve and no return (the defaults) nothing moves and the
 * labour force is the constant N.
 */
export function labourSupply(ctx: Ctx): void {
  const { s, p, rng } = ctx;
  if (s.reserveSize === 0 && !(p.reserveReturn > 0)) return;
  const r = rng.migration;
  const join = movers(
    s.reserveSize,
    joinRate(p.reserveInflow, s.unemployment, p.naturalUnemployment),
    r.float(),
  );
  for (let k = 0; k < join; k++) {
    const i = s.pool[s.n - s.reserveSize + r.int(s.reserveSize)];
    reserveRemove(s, i);
    poolAdd(s, i);
    s.spell[i] = 0;
  }
  const leave = movers(s.poolSize, p.reserveReturn, r.float());
  for (let k = 0; k < leave; k++) {
    const i = s.pool[r.int(s.poolSize)];
    poolRemove(s, i);
    reserveAdd(s, i);
  }
  s.flows.joiners = join;
  s.flows.leavers = leave;
}
