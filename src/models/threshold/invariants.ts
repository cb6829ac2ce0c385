import { InvariantError } from "../../engine/model.ts";
import type { ThresholdState } from "./state.ts";

/**
 * Invariants of the cascade, checked after every round with `check`:
 * - `participants.range`: r is an integer in [0, N];
 * - `participants.recount`: r equals a direct count of the people whose threshold is <= r(t − 1)
 *   (r(0) = 0), i.e. the O(1) table lookup agrees with the definition, person by person (O(N));
 * - `participants.monotone`: nobody leaves, r(t) >= r(t − 1);
 * - `participants.belowEquilibrium`: the cascade never passes the first fixed point of F.
 */
export function checkThreshold(s: ThresholdState, step: number): void {
  const { r, prev, N } = s;
  if (!(Number.isInteger(r) && r >= 0 && r <= N))
    throw new InvariantError(step, "participants.range", { participants: r, N });
  let count = 0;
  if (s.t > 0) for (let i = 0; i < N; i++) if (s.thresholds[i] <= prev) count++;
  if (count !== r)
    throw new InvariantError(step, "participants.recount", {
      participants: r,
      recount: count,
      previous: prev,
    });
  if (r < prev) throw new InvariantError(step, "participants.monotone", { participants: r, previous: prev });
  if (r > s.equilibrium)
    throw new InvariantError(step, "participants.belowEquilibrium", {
      participants: r,
      equilibrium: s.equilibrium,
    });
}
