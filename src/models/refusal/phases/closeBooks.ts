import { C, cell, NS, R } from "../accounts.ts";
import type { RefusalState } from "../state.ts";

/**
 * Retained earnings: what is left in the firms' current account (sales less wages, interest and
 * dividends) moves to their capital account, where it finances investment and deposits.
 */
export function closeBooks(s: RefusalState): void {
  let fc = 0;
  for (let r = 0; r < R.retainedEarnings; r++) fc += cell(s.tfm, r, C.firmsCurrent);
  s.tfm[R.retainedEarnings * NS + C.firmsCurrent] = -fc;
  s.tfm[R.retainedEarnings * NS + C.firmsCapital] = fc;
}
