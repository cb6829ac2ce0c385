import { log } from "../../../engine/math.ts";

/**
 * M1, ¶9 ¶15 ¶17: "there is no active life in capital without the living activity of labour
 * power" (¶17); capital is "dead capital which, in order to come to life ..., needs to subsume
 * under itself labour power" (¶14–¶15). Production is Leontief in worked hours and capital:
 * value added comes only from hours actually worked, effort-weighted, strikers excluded.
 */

/**
 * Leontief output: Y = max(0, min(Yp, a H, Ycap)), with Yp planned output, a productivity
 * (output per effort-weighted worker-month), H effort-weighted hours worked (strikers and
 * supervisors excluded) and Ycap the capacity of the capital stock. With H = 0 there is no output.
 */
export function leontiefOutput(planned: number, a: number, hours: number, capacity: number): number {
  return Math.max(0, Math.min(planned, a * hours, capacity));
}

/** Number of trials before the next success, geometric with log(1 - p) = logKeep: floor(ln(1 - u) / logKeep). */
export function geometricGap(u: number, logKeep: number): number {
  return Math.floor(log(1 - u) / logKeep) + 0; // + 0 turns -0 into 0
}
