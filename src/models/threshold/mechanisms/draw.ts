import type { Rng } from "../../../engine/rng.ts";
import type { ThresholdParams } from "../params.ts";

/**
 * The thresholds of a population, in persons. Granovetter (1978) defines a threshold as the number
 * or proportion of others who must act before a given person does; here it is always the number.
 *
 * - `normal`: N independent draws from Normal(mean, sd) (Granovetter's example: mean 25, N = 100);
 * - `uniform`: N independent draws from Uniform[min, max);
 * - `list`: the given thresholds, in order (the seed plays no part).
 *
 * A negative threshold means the person acts whatever others do: it is clamped to 0, an instigator.
 * Thresholds are otherwise kept as drawn (not rounded): since the number of participants is an
 * integer r, "x <= r" and "ceil(x) <= r" are the same condition. Draws are made in person order
 * from `rng`, so the same seed gives the same population.
 */
export function drawThresholds(p: ThresholdParams, rng: Rng): Float64Array {
  if (p.distribution === "list") {
    const out = Float64Array.from(p.thresholds);
    for (let i = 0; i < out.length; i++) if (out[i] < 0) out[i] = 0;
    return out;
  }
  const out = new Float64Array(p.N);
  if (p.distribution === "normal")
    for (let i = 0; i < p.N; i++) out[i] = Math.max(0, rng.normal(p.mean, p.sd));
  else for (let i = 0; i < p.N; i++) out[i] = Math.max(0, rng.uniform(p.min, p.max));
  return out;
}
