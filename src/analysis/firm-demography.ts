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

/**
 * The share of entrants that fail within two years, percent: the exits of firms younger than two
 * years over the entries, both summed over the run after the burn-in. On a steady flow of entry
 * this is the share of a year's entrants that have exited two years later (Bartelsman, Scarpetta
 * & Schivardi 2005's survival at age two), without following cohorts. NaN with no entrant.
 */
export function entrantFailureShare(youngExits: ArrayLike<number>, entries: ArrayLike<number>): number {
  let x = 0;
  let e = 0;
  for (let i = 0; i < entries.length; i++) {
    x += youngExits[i];
    e += entries[i];
  }
  return e > 0 ? (100 * x) / e : Number.NaN;
}
