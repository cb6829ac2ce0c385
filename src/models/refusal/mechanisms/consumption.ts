/**
 * Households' spending, ¶16: "There are these two classes" — workers' households, who live on
 * wages (or benefits, or strike pay), and capitalists' households, who live on dividends; each
 * spends by its own rule (Kalecki's "workers spend what they get"; Godley & Lavoie 2007, ch. 3,
 * eq. 3.7, consumption out of income and out of wealth).
 */

/**
 * A worker household's outlay: C = round(cw y + cm (m - y)), within [0, m], where y is this
 * month's net income already credited and m the money now held (so m - y is the wealth carried in).
 */
export function workerConsumption(cw: number, cm: number, income: number, money: number): number {
  const c = Math.round(cw * income + cm * Math.max(0, money - income));
  return Math.max(0, Math.min(money, c));
}

/** A capitalist household's outlay: C = round(cK d + cKm m), within [0, m], d last month's dividends. */
export function capitalistConsumption(cK: number, cKm: number, dividends: number, money: number): number {
  const c = Math.round(cK * dividends + cKm * money);
  return Math.max(0, Math.min(money, c));
}
