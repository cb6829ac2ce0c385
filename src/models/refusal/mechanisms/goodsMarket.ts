/**
 * The goods market's rules, ¶9 (the phase is `phases/goodsMarket.ts`): exact integer splitting of demand, prices toward the markup target, markups nudged by
 * inventories.
 */

/**
 * Split the integer `total` in proportion to `plan` entries, exactly: part k gets
 * round(cum_k q) - round(cum_{k-1} q) with q = total / sum(plan), so the parts sum to `total`
 * whatever the rounding. Writes the parts into `out`.
 */
export function splitExactly(plan: ArrayLike<number>, count: number, total: number, out: Float64Array): void {
  let sum = 0;
  for (let k = 0; k < count; k++) sum += plan[k];
  if (sum <= 0) {
    for (let k = 0; k < count; k++) out[k] = 0;
    return;
  }
  const q = total / sum;
  let cum = 0;
  let prev = 0;
  for (let k = 0; k < count; k++) {
    cum += plan[k];
    const r = k === count - 1 ? total : Math.round(cum * q);
    out[k] = r - prev;
    prev = r;
  }
}

/**
 * Allocate integer demand `D` among firms by weights `w` with capacity `cap` (value of supply,
 * integer money): up to four rounds, each giving floor(D_left w_j / W) to firms with room, then
 * what is left to any firm with goods left. Writes sales into `sold` and returns the total sold:
 * min(D, total capacity of firms with positive weight).
 */
export function allocateDemand(
  D: number,
  w: Float64Array,
  cap: Float64Array,
  count: number,
  sold: Float64Array,
): number {
  for (let j = 0; j < count; j++) sold[j] = 0;
  let left = D;
  for (let round = 0; round < 4 && left > 0; round++) {
    let W = 0;
    for (let j = 0; j < count; j++) if (cap[j] - sold[j] > 0) W += w[j];
    if (W <= 0) break;
    let given = 0;
    for (let j = 0; j < count; j++) {
      const room = cap[j] - sold[j];
      if (room <= 0 || w[j] <= 0) continue;
      const x = Math.min(room, Math.floor((left * w[j]) / W));
      sold[j] += x;
      given += x;
    }
    left -= given;
    if (given === 0) break;
  }
  // What the proportional rounds leave (rounding units, or demand spilling over): to any firm with
  // goods left, in index order.
  for (let j = 0; j < count && left > 0; j++) {
    const room = cap[j] - sold[j];
    if (room > 0 && w[j] > 0) {
      const x = Math.min(room, left);
      sold[j] += x;
      left -= x;
    }
  }
  return D - left;
}

/**
 * Price dynamics: the target is P* = (1 + mu) ULC, ULC = W / (a e (1 - s)) (mean wage over
 * effective productivity); the price closes a share lambda of the gap each month.
 */
export function nextPrice(price: number, markup: number, unitLabourCost: number, lambda: number): number {
  const target = (1 + markup) * unitLabourCost;
  return price + lambda * (target - price);
}

/**
 * Markup dynamics: mu <- mu + kappa (mu* - mu) + f (h - I/De) / h — it recovers toward the
 * normal markup mu* at rate kappa and rises when inventories are short of the target h months.
 * Kept within [mu* / 2, 3 mu* / 2].
 */
export function nextMarkup(
  markup: number,
  normal: number,
  recovery: number,
  flexibility: number,
  inventoryMonths: number,
  target: number,
): number {
  const gap = target > 0 ? (target - inventoryMonths) / target : 0;
  const m = markup + recovery * (normal - markup) + flexibility * Math.max(-1, Math.min(1, gap));
  return Math.max(0.5 * normal, Math.min(1.5 * normal, m));
}
