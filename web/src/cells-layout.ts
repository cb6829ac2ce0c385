/** Where a workplace cell is drawn: its square's centre and side, in canvas pixels. */
export interface CellBox {
  index: number;
  cx: number;
  cy: number;
  side: number;
}

/**
 * Lay out the firms with a positive workforce on a grid filling `width` x `height`, in slot
 * order (a firm keeps its place while it lives); each square's area is proportional to its
 * workforce, the largest filling 90% of its grid cell, the smallest at least one pixel wide.
 */
export function cellGrid(size: Float64Array, width: number, height: number): CellBox[] {
  const live: number[] = [];
  let largest = 0;
  for (let i = 0; i < size.length; i++) {
    if (size[i] > 0) {
      live.push(i);
      if (size[i] > largest) largest = size[i];
    }
  }
  if (live.length === 0 || width <= 0 || height <= 0) return [];
  const cols = Math.max(1, Math.ceil(Math.sqrt((live.length * width) / height)));
  const rows = Math.ceil(live.length / cols);
  const box = Math.min(width / cols, height / rows);
  return live.map((index, k) => ({
    index,
    cx: (k % cols) * box + box / 2,
    cy: Math.floor(k / cols) * box + box / 2,
    side: Math.max(1, 0.9 * box * Math.sqrt(size[index] / largest)),
  }));
}

/** Colour of an organised share in [0, 1]: from pale grey-blue (none) to deep red (all). */
export function shadeColour(share: number): string {
  const s = Number.isFinite(share) ? Math.min(1, Math.max(0, share)) : 0;
  const from = [203, 213, 225];
  const to = [185, 28, 28];
  const c = from.map((f, i) => Math.round(f + (to[i] - f) * s));
  return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
}
