import { DivergedError, type Simulation } from "../../engine/model.ts";
import { Dopri5 } from "../../engine/ode.ts";
import type { KeenParams } from "./params.ts";
import { goodEquilibrium, isHurwitzStable, keenJacobian, keenRhs, profitShare } from "./rhs.ts";

/** Debt-to-output ratio beyond which the run is declared a debt explosion. */
export const DEBT_BOUND = 1e3;
/** ω·λ below this: wages and employment have collapsed (the bad equilibrium ω = λ = 0). */
export const COLLAPSE_BOUND = 1e-12;

/**
 * A running Keen model: the state [ω, λ, d] is advanced with DOPRI5 to each output time exactly
 * (t_k = k / stepsPerUnit). The run is stopped with a DivergedError, naming the variable, when the
 * state heads for the bad equilibrium (ω, λ → 0, d → ∞): d above {@link DEBT_BOUND} in absolute
 * value, ω·λ below {@link COLLAPSE_BOUND}, a state outside ω > 0, 0 < λ < 1, or a solver failure.
 */
export function createKeen(p: KeenParams, stepsPerUnit: number): Simulation {
  const y = Float64Array.of(p.omega0, p.lambda0, p.d0);
  const solver = new Dopri5((_t, s, out) => keenRhs(p, s, out), 3, { rtol: p.rtol, atol: p.atol });
  const eq = goodEquilibrium(p);
  const eqStable = isHurwitzStable(keenJacobian(p, eq.omega, eq.lambda, eq.d, new Float64Array(9)));
  let k = 0;

  return {
    observe(out) {
      out[0] = y[0];
      out[1] = y[1];
      out[2] = y[2];
      out[3] = profitShare(p, y[0], y[2]);
    },
    step() {
      const t0 = k / stepsPerUnit;
      const t1 = (k + 1) / stepsPerUnit;
      try {
        solver.advance(t0, y, t1);
      } catch (e) {
        throw new DivergedError(
          `keen: the solver failed between t=${t0} and t=${t1} (d=${y[2]}): ${e instanceof Error ? e.message : String(e)}`,
          "d",
          y[2],
        );
      }
      k++;
      const omega = y[0];
      const lambda = y[1];
      const d = y[2];
      if (!Number.isFinite(d) || Math.abs(d) > DEBT_BOUND)
        throw new DivergedError(`keen: debt explosion, d=${d} beyond ±${DEBT_BOUND} at t=${t1}`, "d", d);
      if (!(omega > 0 && Number.isFinite(omega)))
        throw new DivergedError(`keen: wage share omega=${omega} left (0, ∞) at t=${t1}`, "omega", omega);
      if (!(lambda > 0 && lambda < 1))
        throw new DivergedError(
          `keen: employment rate lambda=${lambda} left (0, 1) at t=${t1}`,
          "lambda",
          lambda,
        );
      if (omega * lambda < COLLAPSE_BOUND)
        throw new DivergedError(
          `keen: collapse, omega*lambda=${omega * lambda} below ${COLLAPSE_BOUND} at t=${t1} (d=${d})`,
          "omega",
          omega,
        );
    },
    summary() {
      return {
        omegaEq: eq.omega,
        lambdaEq: eq.lambda,
        dEq: eq.d,
        piEq: eq.pi,
        eqLocallyStable: eqStable ? 1 : 0,
        distanceToEq: Math.max(Math.abs(y[0] - eq.omega), Math.abs(y[1] - eq.lambda), Math.abs(y[2] - eq.d)),
      };
    },
  };
}
