/** Intervals [from, to] of time where `flag` is at least 0.5 (crisis months), each row spanning one step. */
export function flaggedIntervals(
  time: ArrayLike<number>,
  flag: ArrayLike<number>,
  dt: number,
): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  for (let i = 0; i < flag.length; i++) {
    const on = flag[i] >= 0.5;
    if (on && start < 0) start = i;
    if (!on && start >= 0) {
      out.push([time[start] - dt, time[i - 1]]);
      start = -1;
    }
  }
  if (start >= 0) out.push([time[start] - dt, time[flag.length - 1]]);
  return out;
}
