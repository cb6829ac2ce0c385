import { cos, sin } from "../../engine/math.ts";
/**
 * Small statistics for the summary (pure, allocation-light): the dominant cycle period of a series
 * by its periodogram, an OLS slope and a Pearson correlation.
 */

/**
 * Dominant period (in samples) of a series: remove the mean and a linear trend, then take the
 * Fourier frequency k = 2 .. floor(m / 2) with the largest periodogram power and return m / k.
 * k = 1 (a period as long as the sample) is left out, since it cannot be told from a trend. 0 for
 * fewer than 8 samples or a flat series.
 */
export function cyclePeriod(x: readonly number[]): number {
  const m = x.length;
  if (m < 8) return 0;
  let sx = 0;
  let st = 0;
  let stt = 0;
  let stx = 0;
  for (let t = 0; t < m; t++) {
    sx += x[t];
    st += t;
    stt += t * t;
    stx += t * x[t];
  }
  const b = (m * stx - st * sx) / (m * stt - st * st);
  const a0 = (sx - b * st) / m;
  let best = 0;
  let bestK = 0;
  for (let k = 2; k <= Math.floor(m / 2); k++) {
    let re = 0;
    let im = 0;
    for (let t = 0; t < m; t++) {
      const v = x[t] - a0 - b * t;
      const ang = (2 * Math.PI * k * t) / m;
      re += v * cos(ang);
      im -= v * sin(ang);
    }
    const pow = re * re + im * im;
    if (pow > best * (1 + 1e-12)) {
      best = pow;
      bestK = k;
    }
  }
  return bestK > 0 && best > 1e-30 ? m / bestK : 0;
}

/** Centred second moments of x and y over their common length (null below 3 points). */
function moments(
  x: readonly number[],
  y: readonly number[],
): { sxx: number; sxy: number; syy: number } | null {
  const n = Math.min(x.length, y.length);
  if (n < 3) return null;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i];
    my += y[i];
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  return { sxx, sxy, syy };
}

/** OLS slope of y on x (0 when x has no variance or the lengths are below 3). */
export function olsSlope(x: readonly number[], y: readonly number[]): number {
  const m = moments(x, y);
  return m && m.sxx > 0 ? m.sxy / m.sxx : 0;
}

/** Pearson correlation of x and y (0 when either has no variance or the lengths are below 3). */
export function pearson(x: readonly number[], y: readonly number[]): number {
  const m = moments(x, y);
  return m && m.sxx > 0 && m.syy > 0 ? m.sxy / Math.sqrt(m.sxx * m.syy) : 0;
}
