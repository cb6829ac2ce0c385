/**
 * Quarterly aggregates of a monthly (or sub-quarterly) series: each quarter is the mean of its
 * samples, or a weighted mean (Σ wᵢxᵢ / Σ wᵢ, e.g. a wage share weighted by the value of output so
 * that it equals the quarter's wages over the quarter's value). Samples come every `samplesPerQuarter`
 * (3 for monthly series, 1 for a series already quarterly); an incomplete last quarter is dropped.
 */

/** Means of consecutive blocks of `samplesPerQuarter` values of x, from index `start`. */
export function quarterlyMean(x: ArrayLike<number>, samplesPerQuarter: number, start = 0): Float64Array {
  if (!(Number.isInteger(samplesPerQuarter) && samplesPerQuarter >= 1))
    throw new RangeError(
      `quarterlyMean: samplesPerQuarter must be an integer >= 1, got ${samplesPerQuarter}`,
    );
  const q = Math.max(0, Math.floor((x.length - start) / samplesPerQuarter));
  const out = new Float64Array(q);
  for (let k = 0; k < q; k++) {
    let s = 0;
    for (let i = 0; i < samplesPerQuarter; i++) s += x[start + k * samplesPerQuarter + i];
    out[k] = s / samplesPerQuarter;
  }
  return out;
}

/** Weighted means Σ wᵢxᵢ / Σ wᵢ of consecutive blocks (NaN for a block whose weights sum to 0). */
export function quarterlyWeightedMean(
  x: ArrayLike<number>,
  w: ArrayLike<number>,
  samplesPerQuarter: number,
  start = 0,
): Float64Array {
  if (x.length !== w.length)
    throw new RangeError(`quarterlyWeightedMean: series of different lengths (${x.length}, ${w.length})`);
  const q = Math.max(0, Math.floor((x.length - start) / samplesPerQuarter));
  const out = new Float64Array(q);
  for (let k = 0; k < q; k++) {
    let s = 0;
    let sw = 0;
    for (let i = 0; i < samplesPerQuarter; i++) {
      const j = start + k * samplesPerQuarter + i;
      s += w[j] * x[j];
      sw += w[j];
    }
    out[k] = sw !== 0 ? s / sw : Number.NaN;
  }
  return out;
}
