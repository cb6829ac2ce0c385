import { counterCyclicalSpending } from "../mechanisms/policy.ts";
import type { Regime } from "./regime.ts";

/**
 * `planning`, the Keynesian planning State (M7, ¶18 ¶19 ¶36): "present forms of economic
 * planning" as an "organic form of political dictatorship within democracy" (¶18); demands "no
 * longer simply rejected, but now collectively negotiated" (¶36). Higher benefits, counter-cyclical
 * spending, an incomes policy and statutory union recognition, each with its own switch.
 */
export const planning: Regime<"planning"> = {
  name: "planning",
  benefitRate: (p) => (p.planningBenefits ? p.benefitPlanning : p.benefitLaissezFaire),
  recognitionThreshold: (p) => (p.statutoryRecognition ? p.recognitionSharePlanning : p.recognitionShare),
  spending: (p, f) => counterCyclicalSpending(f, p.deficitShare, p.unemploymentTarget, p.counterCyclical),
  incomesPolicy: true,
  represses: false,
  passesOverOrganised: () => false,
};
