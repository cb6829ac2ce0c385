import type { Regime } from "../regimes/regime.ts";

/**
 * The State's rules; each regime (regimes/) picks among them. M7, ¶18 ¶19 ¶36, the planning
 * State: "present forms of economic planning" as an "organic form of political dictatorship within
 * democracy" (¶18); "only Keynes has provided the capitalist point of view with a formidable
 * subjective leap forward" (¶19); demands "no longer simply rejected, but now collectively
 * negotiated" (¶36) — benefits, counter-cyclical spending, an incomes policy and statutory union
 * recognition. Laissez-faire: small benefits and the fiscal rule alone.
 * M13, ¶20: the repressive State — capital "turns itself into a repressive state apparatus":
 * funds seized, recognition withdrawn, organising made costly.
 */

/**
 * What the State's fiscal rule reads: 12-month means (EWMA, 1/12) of its tax revenue, of the
 * interest it pays and of the value of output (money units a month); the benefits it would pay at
 * the natural rate of unemployment this month (its structural benefits); and unemployment.
 */
export interface FiscalInputs {
  taxes: number;
  interest: number;
  nominalOutput: number;
  structuralBenefits: number;
  unemployment: number;
}

/**
 * The fiscal rule on tax revenue (every regime; issue 13 item 3): the State spends on goods what
 * its revenue leaves after interest and after the benefits it would pay at the natural rate of
 * unemployment, plus a structural deficit d of the value of output,
 *
 *   G = max(0, T - iD - b W u_n N + d P Y),
 *
 * T, iD and P Y 12-month means. Spending grows with what taxes bring in, so no rate of growth is
 * assumed (the closure before 2.0.0 was G = gamma P a N, indexed to technique productivity).
 * Benefits above the structural ones are the automatic stabiliser: in a slump the deficit widens
 * by what the unemployed beyond u_n receive and by the taxes that fall short. The structural
 * deficit keeps the State's debt growing with output, as households' savings need (Godley &
 * Lavoie 2007, ch. 3: the private sector's net saving is the public deficit). Integer money.
 */
export function fiscalRule(f: FiscalInputs, deficitShare: number): number {
  return Math.max(
    0,
    Math.round(f.taxes - f.interest - f.structuralBenefits + deficitShare * f.nominalOutput),
  );
}

/**
 * Planning's spending rule (M7, ¶19): the fiscal rule plus counter-cyclical spending,
 * G = T - iD - b W u_n N + d P Y + gU (u - u*) P Y (Keynes's "socialisation of investment" in its
 * simplest fiscal form). Integer money, never negative.
 */
export function counterCyclicalSpending(
  f: FiscalInputs,
  deficitShare: number,
  uStar: number,
  gU: number,
): number {
  const g = fiscalRule(f, deficitShare) + gU * (f.unemployment - uStar) * f.nominalOutput;
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
