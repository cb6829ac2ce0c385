import { book, C, R as ROW } from "../accounts.ts";
import type { Ctx } from "../context.ts";
import { decayRepression, repressionDue } from "../mechanisms/policy.ts";
import type { RefusalParams } from "../params.ts";
import type { RefusalState } from "../state.ts";
import { endStrike } from "../workforce.ts";

/**
 * M13: repression — the fund is seized by the State (a transfer, booked), recognition is
 * withdrawn everywhere for a while, strikes are broken, the cost of organising jumps (R = 1).
 * Members, their thresholds and their memory of wins are left alone.
 */
export function repress(s: RefusalState, p: RefusalParams): void {
  const x = s.fund;
  if (x > 0) {
    s.fund = 0;
    s.stateDeposits += x;
    book(s.tfm, ROW.seizure, C.organisation, C.state, x);
  }
  s.recognitionBanLeft = p.recognitionBan;
  for (let j = 0; j < s.nf; j++) {
    s.recognised[j] = 0;
    endStrike(s, j);
  }
  s.generalStrike = 0;
  s.repression = 1;
  s.monthsSinceRepression = 0;
  s.repressed++;
}

/** Phase "organise", the State's part: repression events, recognition, the decay of repression. */
export function statePolicy(ctx: Ctx): void {
  const { s, p, regime } = ctx;
  s.monthsSinceRepression++;
  if (
    p.stateRepression &&
    repressionDue(
      regime,
      s.repressionCalls,
      s.density,
      p.repressionTrigger,
      s.monthsSinceRepression,
      p.repressionCooldown,
    )
  )
    repress(s, p);
  else if (p.repressionDecay) s.repression = decayRepression(s.repression, p.repressionHalfLife);
  if (s.recognitionBanLeft > 0) s.recognitionBanLeft--;
  const rec = regime.recognitionThreshold(p);
  for (let j = 0; j < s.nf; j++) {
    const n = s.workforce[j];
    s.recognised[j] =
      s.active[j] && s.recognitionBanLeft === 0 && n > 0 && s.organisedCount[j] >= rec * n ? 1 : 0;
  }
}
