import type { Regime } from "../regimes/regime.ts";

/**
 * The State's rules; each regime (regimes/) picks among them. M7, ¶18 ¶19 ¶36, the planning
 * State: "present forms of economic planning" as an "organic form of political dictatorship within
 * democracy" (¶18); "only Keynes has provided the capitalist point of view with a formidable
 * subjective leap forward" (¶19); demands "no longer simply rejected, but now collectively
 * negotiated" (¶36) — benefits, counter-cyclical spending, an incomes policy and statutory union
 * recognition. Laissez-faire: small benefits and spending fixed as a share of potential output.
 * M13, ¶20: the repressive State — capital "turns itself into a repressive state apparatus":
 * funds seized, recognition withdrawn, organising made costly.
 */

/**
 * State spending on goods for next month (Godley & Lavoie 2007, ch. 3, model SIM: spending fixed
 * by policy, taxes proportional to income, so output gravitates to Y* = G / theta): a share gamma
 * of potential output, G = gamma P a N (the price level, technique productivity and the labour
 * force): a budget balanced at potential, in deficit in slumps. Integer money, never negative.
 */
export function fixedSpending(share: number, potentialValue: number): number {
  return Math.max(0, Math.round(share * potentialValue));
}

/**
 * Planning's spending rule (M7, ¶19): the fixed share plus counter-cyclical spending,
 * G = gamma P a N + gU (u - u*) P Y (Keynes's "socialisation of investment" in its simplest
 * fiscal form). Integer money, never negative.
 */
export function counterCyclicalSpending(
  share: number,
  potentialValue: number,
  u: number,
  uStar: number,
  gU: number,
  nominalOutput: number,
): number {
  let g = share * potentialValue;
  g += gU * (u - uStar) * nominalOutput;
  return Math.max(0, Math.round(g));
}

/**
 * Does the repressive State strike this month? Only under a regime that represses, once the
 * cooldown has passed, when firms have called for it or the organisation's density passes the
 * trigger.
 */
export function repressionDue(
  regime: Pick<Regime, "represses">,
  calls: number,
  density: number,
  trigger: number,
  monthsSince: number,
  cooldown: number,
): boolean {
  return regime.represses && monthsSince >= cooldown && (calls > 0 || density >= trigger);
}

/** Repression intensity decays with a half-life h months: R <- R 2^(-1/h). */
export function decayRepression(R: number, halfLife: number): number {
  return R * 2 ** (-1 / halfLife);
}
