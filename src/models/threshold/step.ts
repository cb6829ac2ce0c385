import { nextParticipants } from "./mechanisms/cascade.ts";
import type { ThresholdState } from "./state.ts";

/** One synchronous round (Granovetter 1978): r(t + 1) = F(r(t)). O(1). */
export function stepThreshold(s: ThresholdState): void {
  s.prev = s.r;
  s.r = nextParticipants(s.cum, s.r);
  s.t += 1;
}

/** True at the fixed point r = F(r): no further round can change anything. */
export function atFixedPoint(s: ThresholdState): boolean {
  return nextParticipants(s.cum, s.r) === s.r;
}
