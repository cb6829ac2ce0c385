/**
 * Ordinary least squares of y on one regressor x with an intercept, y_i = α + β x_i + e_i
 * (Legendre 1805; any econometrics text, e.g. Hayashi 2000, Econometrics, §1.2):
 *
 *   β̂ = Σ (x_i − x̄)(y_i − ȳ) / Σ (x_i − x̄)²,   α̂ = ȳ − β̂ x̄.
 *
 * Used for the Okun, Beveridge and wage-Phillips slopes. NaN when fewer than three pairs or x is
 * constant.
 */
export interface OlsFit {
  slope: number;
  intercept: number;
  /** Pairs used. */
  n: number;
}

/** OLS of y on x over the pairs where both are finite. */
export function ols(x: ArrayLike<number>, y: ArrayLike<number>): OlsFit {
  if (x.length !== y.length)
    throw new RangeError(`ols: series of different lengths (${x.length}, ${y.length})`);
  let n = 0;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < x.length; i++) {
    if (!(Number.isFinite(x[i]) && Number.isFinite(y[i]))) continue;
    n++;
    mx += x[i];
    my += y[i];
  }
  if (n < 3) return { slope: Number.NaN, intercept: Number.NaN, n };
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < x.length; i++) {
    if (!(Number.isFinite(x[i]) && Number.isFinite(y[i]))) continue;
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
  }
  const slope = sxx > 0 ? sxy / sxx : Number.NaN;
  return { slope, intercept: my - slope * mx, n };
}
