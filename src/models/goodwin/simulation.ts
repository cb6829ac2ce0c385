import { DivergedError, InvariantError, type Simulation } from "../../engine/model.ts";
import { Dopri5 } from "../../engine/ode.ts";
import { CycleStats } from "./cycle.ts";
import type { GoodwinParams } from "./params.ts";
import { firstIntegral, goodwinEquilibrium, goodwinRhs, phillips, smallOscillationPeriod } from "./rhs.ts";

/**
 * A running Goodwin model: the state [ω, λ] is advanced with DOPRI5 to each output time exactly
 * (t_k = k / stepsPerUnit). After each step the state must stay in the model's domain
 * (ω > 0, 0 < λ < 1); the cycle statistics and the first-integral drift are kept as it runs.
 */
export function createGoodwin(p: GoodwinParams, stepsPerUnit: number): Simulation {
  const y = Float64Array.of(p.omega0, p.lambda0);
  const solver = new Dopri5((_t, s, out) => goodwinRhs(p, s, out), 2, { rtol: p.rtol, atol: p.atol });
  const eq = goodwinEquilibrium(p);
  const interior = eq.omega > 0 && eq.lambda > 0 && eq.lambda < 1;
  const v0 = firstIntegral(p, p.omega0, p.lambda0);
  // Drift is measured relative to the orbit's own "energy" above the equilibrium, V(0) − V*,
  // which does not depend on the arbitrary constant in V.
  const vStar = interior ? firstIntegral(p, eq.omega, eq.lambda) : Number.NaN;
  const scale = interior && v0 - vStar > 0 ? v0 - vStar : Math.max(Math.abs(v0), Number.MIN_VALUE);
  const tolerance = p.checkTol;
  // Cycles: upward crossings of λ through λ*; means of ω, λ and Φ(λ) over whole cycles.
  const cycles = new CycleStats(interior ? eq.lambda : Number.NaN, 3);
  const cycleValues = new Float64Array(3);
  let k = 0;
  let maxDrift = 0;

  const drift = () => Math.abs(firstIntegral(p, y[0], y[1]) - v0) / scale;
  const sample = () => {
    const d = drift();
    if (d > maxDrift) maxDrift = d;
    cycleValues[0] = y[0];
    cycleValues[1] = y[1];
    cycleValues[2] = phillips(p, y[1]);
    cycles.push(k / stepsPerUnit, y[1], cycleValues);
  };
  sample();

  return {
    observe(out) {
      out[0] = y[0];
      out[1] = y[1];
    },
    step() {
      const t0 = k / stepsPerUnit;
      const t1 = (k + 1) / stepsPerUnit;
      try {
        solver.advance(t0, y, t1);
      } catch (e) {
        throw new DivergedError(
          `goodwin: the solver failed between t=${t0} and t=${t1}: ${e instanceof Error ? e.message : String(e)}`,
          "lambda",
          y[1],
        );
      }
      k++;
      if (!(y[0] > 0 && Number.isFinite(y[0])))
        throw new DivergedError(`goodwin: wage share omega=${y[0]} left (0, ∞) at t=${t1}`, "omega", y[0]);
      if (!(y[1] > 0 && y[1] < 1))
        throw new DivergedError(
          `goodwin: employment rate lambda=${y[1]} left (0, 1) at t=${t1}`,
          "lambda",
          y[1],
        );
      sample();
    },
    check(step) {
      const d = drift();
      if (!(d <= tolerance))
        throw new InvariantError(
          step,
          "firstIntegral",
          { omega: y[0], lambda: y[1], V: firstIntegral(p, y[0], y[1]), V0: v0, relativeDrift: d },
          `relative drift above ${tolerance}`,
        );
    },
    summary() {
      const s: Record<string, number> = {
        omegaEq: eq.omega,
        lambdaEq: eq.lambda,
        firstIntegralDrift: maxDrift,
        cycles: cycles.cycles,
      };
      if (interior) s.periodLinearised = smallOscillationPeriod(p);
      if (cycles.cycles > 0) {
        s.period = cycles.period;
        s.omegaCycleMean = cycles.mean(0);
        s.lambdaCycleMean = cycles.mean(1);
        s.phillipsCycleMean = cycles.mean(2);
      }
      return s;
    },
  };
}
