import type { RefusalParams } from "../params.ts";

/** Initial wage, money units a month (integer cents of a wage of 1,000). */
export const W0 = 100_000;

/**
 * The economy at the start: the technique frontier (M3) and the aggregates of the last month (phase
 * "aggregate", `phases/aggregate.ts`), with the rings of recent months they come from.
 */
export function economyAtStart(p: RefusalParams) {
  return {
    // ---- technique frontier (M3) ----
    frontierA: 1,
    frontierNu: p.capitalOutput,
    /** A machine maker's mean workforce at the start: the research effort's unit (phase innovate). */
    makerSize0: 1,
    // ---- aggregates of the last month ----
    unemployment: 0,
    meanWage: W0,
    /** Labour productivity of the economy's techniques, full-capacity output per worker-month. */
    productivity: 1,
    /** Output-weighted mean price, money units per unit of the good, and its value at the start. */
    avgPrice: 0,
    initialPrice: 0,
    /** Annual rates over the last 12 months. */
    inflation: 0,
    productivityGrowth: 0,
    wageShare: 0,
    /** Share of potential output lost to strikes over the last 12 months. */
    strikeLoss12: 0,
    /** Growth of output over the last 12 months (log change of the quarter's mean, per year). */
    outputGrowth: 0,
    /** Rings of the last 13 months of technique productivity and mean price, and of 15 months of output. */
    prodRing: new Float64Array(13),
    priceRing: new Float64Array(13),
    outputRing: new Float64Array(15),
    /** M12: a 12-month ring of events per kind (12 x 4). */
    eventRing: new Float64Array(48),
    /** Capital stock at the end of this month and of the month before (for the accumulation rate). */
    capitalStock: 0,
    lastCapital: 0,
  };
}
