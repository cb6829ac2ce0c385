const BARS = "▁▂▃▄▅▆▇█";

/** A one-line chart of a series, resampled to `width` points by taking every k-th value. */
export function sparkline(values: ArrayLike<number>, width = 60): string {
  const n = values.length;
  if (n === 0) return "";
  const pts: number[] = [];
  for (let i = 0; i < Math.min(width, n); i++)
    pts.push(values[Math.floor((i * (n - 1)) / Math.max(1, Math.min(width, n) - 1))]);
  const lo = Math.min(...pts);
  const hi = Math.max(...pts);
  const span = hi - lo || 1;
  return pts
    .map((v) => BARS[Math.min(BARS.length - 1, Math.floor(((v - lo) / span) * BARS.length))])
    .join("");
}
