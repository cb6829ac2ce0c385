/** Speeds offered, in model time units per second; Infinity runs as fast as the model allows. */
export const SPEEDS = [0.25, 0.5, 1, 2, 5, 10, 25, 50, 100, 250, Number.POSITIVE_INFINITY] as const;

/** The default speed for a run of `horizon` time units: the offered speed nearest horizon / 10 per second. */
export function defaultSpeed(horizon: number): number {
  const want = horizon / 10;
  let best: number = SPEEDS[0];
  for (const s of SPEEDS)
    if (Number.isFinite(s) && Math.abs(Math.log(s / want)) < Math.abs(Math.log(best / want))) best = s;
  return best;
}

/** How a speed reads: "5 years/s", or "as fast as possible". */
export function speedLabel(s: number, unit: string, stepsPerUnit: number): string {
  if (!Number.isFinite(s)) return "as fast as possible";
  const per = `${s} ${unit}${s === 1 ? "" : "s"}/s`;
  return stepsPerUnit === 12 && unit === "year" ? `${per} (${s * 12} months/s)` : per;
}
