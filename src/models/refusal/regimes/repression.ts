import { fiscalRule } from "../mechanisms/policy.ts";
import type { Regime } from "./regime.ts";

/**
 * `repression`, the repressive State (M13, ¶20): capital "turns itself into a repressive state
 * apparatus". Laissez-faire's benefits, spending and recognition; the State seizes the fund,
 * withdraws recognition and breaks strikes when firms call for it or organisation passes a
 * trigger; while repression is intense (R > 0.1), employers pass over the organised.
 */
export const repression: Regime<"repression"> = {
  name: "repression",
  benefitRate: (p) => p.benefitLaissezFaire,
  recognitionThreshold: (p) => p.recognitionShare,
  spending: (p, f) => fiscalRule(f, p.deficitShare),
  incomesPolicy: false,
  represses: true,
  passesOverOrganised: (R) => R > 0.1,
};
