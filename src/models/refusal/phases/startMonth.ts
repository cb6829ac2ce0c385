import { resetMonth } from "../state/month.ts";
import type { RefusalState } from "../state.ts";

/** Start the month: its number, and its counters, flows and transaction-flow matrix back to 0 (`state/month.ts`). */
export function startMonth(s: RefusalState): void {
  s.month++;
  resetMonth(s);
}
