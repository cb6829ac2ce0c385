import type { Ctx } from "../../context.ts";

/** No firm supervises this month (M8: supervision answers only passive workers' lost effort). */
export function unsupervised(ctx: Ctx): void {
  const { s } = ctx;
  for (let j = 0; j < s.nf; j++) s.supervision[j] = 0;
}
