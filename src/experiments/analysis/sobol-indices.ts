import { createRng } from "../../engine/rng.ts";
import type { DesignPoint } from "../designs/types.ts";
import { outputOf } from "./outputs.ts";
import { quantileSorted } from "./quantile.ts";

/** First-order and total Sobol' indices of one factor, with bootstrap percentile intervals. */
export interface SobolIndex {
  name: string;
  S1: number;
  S1Low: number;
  S1High: number;
  ST: number;
  STLow: number;
  STHigh: number;
  /** Rows of the base sample used (rows with a non-finite output anywhere are dropped). */
  n: number;
}

export interface SobolOptions {
  /** Bootstrap resamples (0: no intervals, bounds NaN). Default 500. */
  bootstrap?: number;
  /** Seed of the bootstrap stream `createRng(seed, "bootstrap:sobol")`. Default 0. */
  seed?: number;
  /** Coverage of the percentile intervals. Default 0.95. */
  confidence?: number;
}

/**
 * Point estimates on the rows `rows` of the centred outputs: V = Var(y_A ∪ y_B) (divisor 2n),
 * S1_i = mean(y_B (y_ABi - y_A)) / V (Saltelli et al. 2010, Table 2 (b)), ST_i = mean((y_A -
 * y_ABi)²) / (2V) (Jansen 1999, Comput. Phys. Commun. 117:35-43; Saltelli et al. 2010, Table 2 (f)),
 * as SALib's `sobol.analyze` computes them. Writes S1 and ST of factor i at out[2i], out[2i + 1].
 */
function estimate(
  yA: Float64Array,
  yB: Float64Array,
  yAB: Float64Array[],
  rows: ArrayLike<number>,
  out: Float64Array,
): void {
  const n = rows.length;
  let s = 0;
  for (let r = 0; r < n; r++) s += yA[rows[r]] + yB[rows[r]];
  const m = s / (2 * n);
  let v = 0;
  for (let r = 0; r < n; r++) v += (yA[rows[r]] - m) ** 2 + (yB[rows[r]] - m) ** 2;
  v /= 2 * n;
  for (let i = 0; i < yAB.length; i++) {
    const ab = yAB[i];
    let first = 0;
    let total = 0;
    for (let r = 0; r < n; r++) {
      const j = rows[r];
      first += yB[j] * (ab[j] - yA[j]);
      total += (yA[j] - ab[j]) ** 2;
    }
    out[2 * i] = first / n / v;
    out[2 * i + 1] = total / (2 * n) / v;
  }
}

/**
 * First-order (S1) and total (ST) Sobol' indices from a Saltelli design (see `saltelliUnit`) and
 * its outputs (`outputs[p.index]` is the output at point p), with bootstrap percentile intervals:
 * `bootstrap` times, N rows are drawn with replacement from the usable rows (the same rows for
 * A, B and every AB_i), the estimates recomputed, and the (1 - c)/2 and (1 + c)/2 quantiles of the
 * replicates taken (type 7). Outputs are centred on their mean first (as SALib does), which leaves
 * the indices' expectations unchanged and lowers the variance of the S1 estimator. Rows with a
 * non-finite output in A, B or any AB_i are dropped; with fewer than 2 usable rows, or an output of
 * zero variance, the indices are NaN. Note that for a QMC (Sobol') base sample the bootstrap treats
 * rows as independent and so overstates the estimator's spread: the intervals are conservative.
 */
export function sobolIndices(
  points: readonly DesignPoint[],
  outputs: ArrayLike<number>,
  options: SobolOptions = {},
): SobolIndex[] {
  const { bootstrap = 500, seed = 0, confidence = 0.95 } = options;
  if (!Number.isSafeInteger(bootstrap) || bootstrap < 0)
    throw new RangeError(`sobolIndices: bootstrap must be a non-negative integer, got ${bootstrap}`);
  if (!(confidence > 0 && confidence < 1))
    throw new RangeError(`sobolIndices: confidence must be in (0, 1), got ${confidence}`);
  let N = 0;
  let k = 0;
  for (const p of points) {
    const role = p.role;
    if (role?.design !== "sobol") throw new Error(`sobolIndices: point ${p.index} has no Sobol' role`);
    N = Math.max(N, role.j + 1);
    if (role.block === "AB") k = Math.max(k, role.i! + 1);
  }
  const names = Array.from({ length: k }, (_, i) => `x${i}`);
  const yA = new Float64Array(N).fill(Number.NaN);
  const yB = new Float64Array(N).fill(Number.NaN);
  const yAB = Array.from({ length: k }, () => new Float64Array(N).fill(Number.NaN));
  for (const p of points) {
    const role = p.role as NonNullable<DesignPoint["role"]> & { design: "sobol" };
    const y = outputOf(p, outputs, "sobolIndices");
    if (role.block === "A") yA[role.j] = y;
    else if (role.block === "B") yB[role.j] = y;
    else {
      yAB[role.i!][role.j] = y;
      if (role.factor !== undefined) names[role.i!] = role.factor;
    }
  }
  const usable: number[] = [];
  let sum = 0;
  for (let j = 0; j < N; j++) {
    let ok = Number.isFinite(yA[j]) && Number.isFinite(yB[j]);
    for (let i = 0; ok && i < k; i++) ok = Number.isFinite(yAB[i][j]);
    if (!ok) continue;
    usable.push(j);
    sum += yA[j] + yB[j];
    for (let i = 0; i < k; i++) sum += yAB[i][j];
  }
  const n = usable.length;
  const nan = () =>
    names.map((name) => ({ name, S1: NaN, S1Low: NaN, S1High: NaN, ST: NaN, STLow: NaN, STHigh: NaN, n }));
  if (n < 2) return nan();
  const centre = sum / (n * (k + 2));
  for (const y of [yA, yB, ...yAB]) for (let j = 0; j < N; j++) y[j] -= centre;

  const point = new Float64Array(2 * k);
  estimate(yA, yB, yAB, usable, point);
  const reps = Array.from({ length: 2 * k }, () => new Float64Array(bootstrap));
  if (bootstrap > 0) {
    const rng = createRng(seed, "bootstrap:sobol");
    const rows = new Int32Array(n);
    const out = new Float64Array(2 * k);
    for (let b = 0; b < bootstrap; b++) {
      for (let r = 0; r < n; r++) rows[r] = usable[rng.int(n)];
      estimate(yA, yB, yAB, rows, out);
      for (let c = 0; c < 2 * k; c++) reps[c][b] = out[c];
    }
  }
  const lowP = (1 - confidence) / 2;
  const highP = (1 + confidence) / 2;
  const interval = (c: number): [number, number] => {
    if (bootstrap === 0) return [NaN, NaN];
    const r = reps[c];
    if (r.some((x) => Number.isNaN(x))) return [NaN, NaN];
    r.sort();
    return [quantileSorted(r, lowP), quantileSorted(r, highP)];
  };
  return names.map((name, i) => {
    const [S1Low, S1High] = interval(2 * i);
    const [STLow, STHigh] = interval(2 * i + 1);
    return { name, S1: point[2 * i], S1Low, S1High, ST: point[2 * i + 1], STLow, STHigh, n };
  });
}
