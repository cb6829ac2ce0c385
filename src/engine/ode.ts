import { pow } from "./math.ts";
/**
 * ODE integrators for the continuous-time anchor models: classical fixed-step Runge–Kutta 4 and
 * adaptive Dormand–Prince 5(4) (DOPRI5).
 *
 * Both work in place on a `Float64Array` state, allocate every buffer once in the constructor
 * (nothing is allocated per step) and land EXACTLY on the requested output time:
 * - `Rk4.advance` splits the interval into the smallest number of equal steps no longer than the
 *   requested step, the node times being computed as `t0 + i·(tEnd − t0)/m` (no accumulated sum);
 * - `Dopri5.advance` clips the last step so that it ends at `tEnd` (no dense output: the state
 *   at `tEnd` is a genuine 5th-order step, and the end time is set to `tEnd` itself, not to
 *   `t + h` rounded). The step size proposed before clipping is kept for the next call, so
 *   frequent output times do not shrink the steps.
 *
 * Determinism: the result is a pure function of the right-hand side, the options and the
 * sequence of `advance` calls (the step size carries over from one call to the next).
 *
 * Source: E. Hairer, S. P. Nørsett, G. Wanner, "Solving Ordinary Differential Equations I", 2nd
 * ed., Springer 1993: §II.1 (RK4, Table 1.2), §II.5 (DOPRI5 tableau, Table 5.2), §II.4 (step-size
 * control, eqs. 4.11–4.13, and the starting step size algorithm).
 */

/** Right-hand side of y' = f(t, y): writes f(t, y) into `dydt`; must not keep `y` or `dydt`. */
export type Rhs = (t: number, y: Float64Array, dydt: Float64Array) => void;

/** Work done by one `advance` call. */
export interface OdeStats {
  /** Accepted steps. */
  steps: number;
  /** Rejected step attempts (adaptive solver only). */
  rejected: number;
  /** Evaluations of the right-hand side. */
  evaluations: number;
}

/**
 * Classical 4th-order Runge–Kutta with a fixed step (Hairer–Nørsett–Wanner I, Table 1.2 "the"
 * Runge–Kutta method): k1 = f(t, y), k2 = f(t + h/2, y + h/2 k1), k3 = f(t + h/2, y + h/2 k2),
 * k4 = f(t + h, y + h k3), y ← y + h/6 (k1 + 2 k2 + 2 k3 + k4). Global error O(h⁴).
 */
export class Rk4 {
  private readonly k1: Float64Array;
  private readonly k2: Float64Array;
  private readonly k3: Float64Array;
  private readonly k4: Float64Array;
  private readonly tmp: Float64Array;

  constructor(
    private readonly rhs: Rhs,
    readonly n: number,
  ) {
    if (!(Number.isInteger(n) && n >= 1))
      throw new RangeError(`Rk4: dimension must be an integer >= 1, got ${n}`);
    this.k1 = new Float64Array(n);
    this.k2 = new Float64Array(n);
    this.k3 = new Float64Array(n);
    this.k4 = new Float64Array(n);
    this.tmp = new Float64Array(n);
  }

  /**
   * One step of size `h` from (t, y): overwrites `y` with the state at t + h. `tNext` is the
   * time of the last stage, t + h unless the caller knows the exact end time.
   */
  step(t: number, y: Float64Array, h: number, tNext = t + h): void {
    const { rhs, n, k1, k2, k3, k4, tmp } = this;
    const h2 = 0.5 * h;
    rhs(t, y, k1);
    for (let i = 0; i < n; i++) tmp[i] = y[i] + h2 * k1[i];
    rhs(t + h2, tmp, k2);
    for (let i = 0; i < n; i++) tmp[i] = y[i] + h2 * k2[i];
    rhs(t + h2, tmp, k3);
    for (let i = 0; i < n; i++) tmp[i] = y[i] + h * k3[i];
    rhs(tNext, tmp, k4);
    const h6 = h / 6;
    for (let i = 0; i < n; i++) y[i] += h6 * (k1[i] + 2 * (k2[i] + k3[i]) + k4[i]);
  }

  /**
   * Integrate from (t, y) to exactly `tEnd` (either direction) with m = ceil(|tEnd − t| / hMax)
   * equal steps; overwrites `y`. Returns the work done.
   */
  advance(t: number, y: Float64Array, tEnd: number, hMax: number): OdeStats {
    if (!(hMax > 0 && Number.isFinite(hMax))) throw new RangeError(`Rk4: hMax must be > 0, got ${hMax}`);
    const span = tEnd - t;
    if (span === 0) return { steps: 0, rejected: 0, evaluations: 0 };
    // The tiny slack keeps (tEnd − t)/hMax = 10.000000000000002 from costing an 11th step.
    const m = Math.max(1, Math.ceil(Math.abs(span) / hMax - 1e-9));
    const h = span / m;
    let ti = t;
    for (let i = 1; i <= m; i++) {
      const tNext = i === m ? tEnd : t + (i * span) / m;
      this.step(ti, y, h, tNext);
      ti = tNext;
    }
    return { steps: m, rejected: 0, evaluations: 4 * m };
  }
}

/** Options of {@link Dopri5}. Tolerances are scalars or one value per component. */
export interface Dopri5Options {
  /** Relative tolerance (default 1e-6). */
  rtol?: number | ArrayLike<number>;
  /** Absolute tolerance (default 1e-9). */
  atol?: number | ArrayLike<number>;
  /** First step size; chosen automatically (Hairer's algorithm) when omitted. */
  hInit?: number;
  /** Largest step size (default: unbounded). */
  hMax?: number;
  /** Largest number of step attempts (accepted + rejected) in one `advance` call (default 100000). */
  maxSteps?: number;
  /** Safety factor of the step-size controller (default 0.9). */
  safety?: number;
  /** Smallest factor by which one step may shrink the next (default 0.2). */
  minFactor?: number;
  /** Largest factor by which one step may grow the next (default 10). */
  maxFactor?: number;
}

// Dormand–Prince 5(4) tableau (Hairer–Nørsett–Wanner I, Table 5.2). The 5th-order weights b are
// the last row a7* (FSAL); e = b − b̂ gives the embedded error estimate.
const C2 = 1 / 5;
const C3 = 3 / 10;
const C4 = 4 / 5;
const C5 = 8 / 9;
const A21 = 1 / 5;
const A31 = 3 / 40;
const A32 = 9 / 40;
const A41 = 44 / 45;
const A42 = -56 / 15;
const A43 = 32 / 9;
const A51 = 19372 / 6561;
const A52 = -25360 / 2187;
const A53 = 64448 / 6561;
const A54 = -212 / 729;
const A61 = 9017 / 3168;
const A62 = -355 / 33;
const A63 = 46732 / 5247;
const A64 = 49 / 176;
const A65 = -5103 / 18656;
const A71 = 35 / 384;
const A73 = 500 / 1113;
const A74 = 125 / 192;
const A75 = -2187 / 6784;
const A76 = 11 / 84;
const E1 = 71 / 57600;
const E3 = -71 / 16695;
const E4 = 71 / 1920;
const E5 = -17253 / 339200;
const E6 = 22 / 525;
const E7 = -1 / 40;

function toTolerance(name: string, v: number | ArrayLike<number>, n: number): Float64Array {
  const out = new Float64Array(n);
  if (typeof v === "number") out.fill(v);
  else {
    if (v.length !== n) throw new RangeError(`Dopri5: ${name} has ${v.length} components, expected ${n}`);
    for (let i = 0; i < n; i++) out[i] = v[i];
  }
  for (let i = 0; i < n; i++)
    if (!(out[i] >= 0 && Number.isFinite(out[i])))
      throw new RangeError(`Dopri5: ${name}[${i}] must be a finite number >= 0, got ${out[i]}`);
  return out;
}

/**
 * Adaptive explicit Runge–Kutta method of Dormand & Prince, order 5 with an embedded order-4
 * error estimate ("DOPRI5"; J. R. Dormand, P. J. Prince, "A family of embedded Runge–Kutta
 * formulae", J. Comput. Appl. Math. 6 (1980) 19–26; tableau as in Hairer–Nørsett–Wanner I,
 * Table 5.2). First-same-as-last: the 7th stage of an accepted step is the 1st of the next.
 *
 * Error control (HNW I, eqs. 4.11–4.13): with sc_i = atol_i + rtol_i · max(|y_i|, |ŷ_i|),
 * err = sqrt(mean_i((h Σ_j e_j k_j,i / sc_i)²)); the step is accepted when err ≤ 1, and the next
 * step is h · min(maxFactor, max(minFactor, safety · err^(−1/5))), never growing right after a
 * rejection. A non-finite error estimate counts as a rejection with the smallest factor.
 *
 * Throws an `Error` when the step size underflows (0.1 |h| ≤ 2⁻⁵² |t|) or when one `advance`
 * call needs more than `maxSteps` step attempts; `y` then holds the last accepted state, at the
 * time given in the message (a rejected attempt never touches `y`, so it stays finite).
 */
export class Dopri5 {
  readonly rtol: Float64Array;
  readonly atol: Float64Array;
  readonly hMax: number;
  readonly maxSteps: number;
  readonly safety: number;
  readonly minFactor: number;
  readonly maxFactor: number;
  /** Accepted steps, rejected attempts and evaluations over the life of this integrator. */
  readonly total: OdeStats = { steps: 0, rejected: 0, evaluations: 0 };

  private readonly hInit: number | undefined;
  /** Step size to try next (0: choose one). */
  private h = 0;
  private readonly k1: Float64Array;
  private readonly k2: Float64Array;
  private readonly k3: Float64Array;
  private readonly k4: Float64Array;
  private readonly k5: Float64Array;
  private readonly k6: Float64Array;
  private readonly k7: Float64Array;
  private readonly yTmp: Float64Array;
  private readonly yNew: Float64Array;
  /** k1 holds f(fsalT, fsalY) when fsalValid. */
  private fsalValid = false;
  private fsalT = 0;
  private readonly fsalY: Float64Array;

  constructor(
    private readonly rhs: Rhs,
    readonly n: number,
    opts: Dopri5Options = {},
  ) {
    if (!(Number.isInteger(n) && n >= 1))
      throw new RangeError(`Dopri5: dimension must be an integer >= 1, got ${n}`);
    this.rtol = toTolerance("rtol", opts.rtol ?? 1e-6, n);
    this.atol = toTolerance("atol", opts.atol ?? 1e-9, n);
    for (let i = 0; i < n; i++)
      if (this.rtol[i] === 0 && this.atol[i] === 0)
        throw new RangeError(`Dopri5: rtol[${i}] and atol[${i}] are both 0`);
    this.hMax = opts.hMax ?? Number.POSITIVE_INFINITY;
    this.maxSteps = opts.maxSteps ?? 100_000;
    this.safety = opts.safety ?? 0.9;
    this.minFactor = opts.minFactor ?? 0.2;
    this.maxFactor = opts.maxFactor ?? 10;
    this.hInit = opts.hInit;
    if (!(this.hMax > 0)) throw new RangeError(`Dopri5: hMax must be > 0, got ${this.hMax}`);
    if (!(Number.isInteger(this.maxSteps) && this.maxSteps >= 1))
      throw new RangeError(`Dopri5: maxSteps must be an integer >= 1, got ${this.maxSteps}`);
    if (!(this.safety > 0 && this.safety <= 1))
      throw new RangeError(`Dopri5: safety must be in (0, 1], got ${this.safety}`);
    if (!(this.minFactor > 0 && this.minFactor < 1 && this.maxFactor > 1))
      throw new RangeError("Dopri5: need 0 < minFactor < 1 < maxFactor");
    if (this.hInit !== undefined && !(this.hInit > 0 && Number.isFinite(this.hInit)))
      throw new RangeError(`Dopri5: hInit must be a finite number > 0, got ${this.hInit}`);
    this.k1 = new Float64Array(n);
    this.k2 = new Float64Array(n);
    this.k3 = new Float64Array(n);
    this.k4 = new Float64Array(n);
    this.k5 = new Float64Array(n);
    this.k6 = new Float64Array(n);
    this.k7 = new Float64Array(n);
    this.yTmp = new Float64Array(n);
    this.yNew = new Float64Array(n);
    this.fsalY = new Float64Array(n);
  }

  /** Forget the step size and the cached derivative (e.g. after changing the state by hand). */
  reset(): void {
    this.h = 0;
    this.fsalValid = false;
  }

  /** The step size the next attempt will use (0 before the first step). */
  get stepSize(): number {
    return this.h;
  }

  /**
   * Integrate from (t, y) to exactly `tEnd` (either direction), overwriting `y` with the state
   * at `tEnd`. Returns the work done by this call.
   */
  advance(t: number, y: Float64Array, tEnd: number): OdeStats {
    if (y.length !== this.n)
      throw new RangeError(`Dopri5: state has ${y.length} components, expected ${this.n}`);
    if (!Number.isFinite(t) || !Number.isFinite(tEnd))
      throw new RangeError(`Dopri5: times must be finite, got t=${t}, tEnd=${tEnd}`);
    const stats: OdeStats = { steps: 0, rejected: 0, evaluations: 0 };
    if (t === tEnd) return stats;
    const { rhs, n, k1, k2, k3, k4, k5, k6, k7, yTmp, yNew, rtol, atol } = this;
    const dir = tEnd > t ? 1 : -1;

    // First stage: reuse the last stage of the previous step when (t, y) is where it ended.
    let cached = this.fsalValid && this.fsalT === t;
    if (cached) {
      for (let i = 0; i < n; i++)
        if (!Object.is(this.fsalY[i], y[i])) {
          cached = false;
          break;
        }
    }
    if (!cached) {
      rhs(t, y, k1);
      stats.evaluations++;
    }

    let hAbs = Math.abs(this.h);
    if (!(hAbs > 0)) {
      hAbs = this.hInit ?? this.initialStep(t, y, dir, stats);
    }
    hAbs = Math.min(hAbs, this.hMax);

    let rejectedLast = false;
    let attempts = 0;
    while (true) {
      if (attempts >= this.maxSteps) {
        this.fsalValid = false;
        this.finish(stats);
        throw new Error(
          `Dopri5: maxSteps (${this.maxSteps}) exceeded at t=${t} before reaching ${tEnd} (step size ${hAbs})`,
        );
      }
      if (0.1 * hAbs <= Math.abs(t) * Number.EPSILON || !(hAbs > 0)) {
        this.fsalValid = false;
        this.finish(stats);
        throw new Error(`Dopri5: step size underflow (h=${hAbs}) at t=${t} before reaching ${tEnd}`);
      }
      attempts++;
      const remaining = Math.abs(tEnd - t);
      const last = hAbs >= remaining;
      const hUsed = last ? remaining : hAbs;
      const h = dir * hUsed;
      const tNew = last ? tEnd : t + h;

      for (let i = 0; i < n; i++) yTmp[i] = y[i] + h * A21 * k1[i];
      rhs(t + C2 * h, yTmp, k2);
      for (let i = 0; i < n; i++) yTmp[i] = y[i] + h * (A31 * k1[i] + A32 * k2[i]);
      rhs(t + C3 * h, yTmp, k3);
      for (let i = 0; i < n; i++) yTmp[i] = y[i] + h * (A41 * k1[i] + A42 * k2[i] + A43 * k3[i]);
      rhs(t + C4 * h, yTmp, k4);
      for (let i = 0; i < n; i++)
        yTmp[i] = y[i] + h * (A51 * k1[i] + A52 * k2[i] + A53 * k3[i] + A54 * k4[i]);
      rhs(t + C5 * h, yTmp, k5);
      for (let i = 0; i < n; i++)
        yTmp[i] = y[i] + h * (A61 * k1[i] + A62 * k2[i] + A63 * k3[i] + A64 * k4[i] + A65 * k5[i]);
      rhs(tNew, yTmp, k6);
      for (let i = 0; i < n; i++)
        yNew[i] = y[i] + h * (A71 * k1[i] + A73 * k3[i] + A74 * k4[i] + A75 * k5[i] + A76 * k6[i]);
      rhs(tNew, yNew, k7);
      stats.evaluations += 6;

      let sq = 0;
      for (let i = 0; i < n; i++) {
        const e = h * (E1 * k1[i] + E3 * k3[i] + E4 * k4[i] + E5 * k5[i] + E6 * k6[i] + E7 * k7[i]);
        const sc = atol[i] + rtol[i] * Math.max(Math.abs(y[i]), Math.abs(yNew[i]));
        const q = e / sc;
        sq += q * q;
      }
      const err = Math.sqrt(sq / n);

      if (err <= 1) {
        // Accepted.
        stats.steps++;
        let fac = err === 0 ? this.maxFactor : this.safety * pow(err, -0.2);
        fac = Math.min(rejectedLast ? 1 : this.maxFactor, Math.max(this.minFactor, fac));
        const hNext = Math.min(this.hMax, hUsed * fac);
        t = tNew;
        y.set(yNew);
        k1.set(k7);
        rejectedLast = false;
        if (last) {
          // Keep the unclipped step size for the next call unless the controller asks for less.
          this.h = Math.min(this.hMax, Math.max(hNext, hAbs));
          if (hNext < hUsed) this.h = hNext;
          break;
        }
        hAbs = hNext;
      } else {
        // Rejected (also when err is NaN or infinite).
        stats.rejected++;
        const fac = Number.isFinite(err)
          ? Math.max(this.minFactor, this.safety * pow(err, -0.2))
          : this.minFactor;
        hAbs = hUsed * Math.min(1, fac);
        rejectedLast = true;
      }
    }
    this.fsalValid = true;
    this.fsalT = tEnd;
    this.fsalY.set(y);
    this.finish(stats);
    return stats;
  }

  private finish(stats: OdeStats): void {
    this.total.steps += stats.steps;
    this.total.rejected += stats.rejected;
    this.total.evaluations += stats.evaluations;
  }

  /**
   * Starting step size (HNW I, §II.4, "Starting step size"): h0 = 0.01 ‖y0‖/‖f0‖, one explicit
   * Euler step to estimate the second derivative, h1 = (0.01 / max(‖f0‖, ‖y''‖))^(1/5),
   * h = min(100 h0, h1). Uses k1 = f(t, y) and the buffers yTmp, k2.
   */
  private initialStep(t: number, y: Float64Array, dir: number, stats: OdeStats): number {
    const { rhs, n, k1, k2, yTmp, rtol, atol } = this;
    let d0 = 0;
    let d1 = 0;
    for (let i = 0; i < n; i++) {
      const sc = atol[i] + rtol[i] * Math.abs(y[i]);
      d0 += (y[i] / sc) ** 2;
      d1 += (k1[i] / sc) ** 2;
    }
    d0 = Math.sqrt(d0 / n);
    d1 = Math.sqrt(d1 / n);
    let h0 = d0 < 1e-5 || d1 < 1e-5 ? 1e-6 : 0.01 * (d0 / d1);
    h0 = Math.min(h0, this.hMax);
    for (let i = 0; i < n; i++) yTmp[i] = y[i] + dir * h0 * k1[i];
    rhs(t + dir * h0, yTmp, k2);
    stats.evaluations++;
    let d2 = 0;
    for (let i = 0; i < n; i++) {
      const sc = atol[i] + rtol[i] * Math.abs(y[i]);
      d2 += ((k2[i] - k1[i]) / sc) ** 2;
    }
    d2 = Math.sqrt(d2 / n) / h0;
    const dm = Math.max(d1, d2);
    const h1 = dm <= 1e-15 ? Math.max(1e-6, h0 * 1e-3) : pow(0.01 / dm, 0.2);
    const h = Math.min(100 * h0, h1, this.hMax);
    return Number.isFinite(h) && h > 0 ? h : 1e-6;
  }
}
