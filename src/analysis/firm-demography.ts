/**
 * Annual firm exit and entry rates from monthly counts, as the US Census Bureau's Business
 * Dynamics Statistics define them (BDS methodology: firm deaths in a year over the firms of the
 * year; https://www.census.gov/programs-surveys/bds/documentation/methodology.html):
 *
 *   rate_y = 100 · (events in the 12 months of year y) / (firms alive at the start of year y),
 *
 * averaged over the complete years. Both inputs are monthly and aligned: `events[i]` happened in
 * month i, `firms[i]` is the count at the end of month i, so the firms at the start of a year are
 * the count at the end of the month before it (`firmsBefore` for the first year).
 */
export interface AnnualRates {
  /** Mean of the yearly rates, percent (NaN when no complete year). */
  mean: number;
  /** The yearly rates, percent. */
  rates: number[];
}

export function annualRate(
  events: ArrayLike<number>,
  firms: ArrayLike<number>,
  firmsBefore: number,
  monthsPerYear = 12,
): AnnualRates {
  if (events.length !== firms.length)
    throw new RangeError(`annualRate: series of different lengths (${events.length}, ${firms.length})`);
  const rates: number[] = [];
  for (let start = 0; start + monthsPerYear <= events.length; start += monthsPerYear) {
    const atStart = start === 0 ? firmsBefore : firms[start - 1];
    let e = 0;
    for (let i = start; i < start + monthsPerYear; i++) e += events[i];
    if (atStart > 0) rates.push((100 * e) / atStart);
  }
  return {
    mean: rates.length > 0 ? rates.reduce((a, b) => a + b, 0) / rates.length : Number.NaN,
    rates,
  };
}
