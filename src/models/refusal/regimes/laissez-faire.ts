import { fiscalRule } from "../mechanisms/policy.ts";
import type { Regime } from "./regime.ts";

/**
 * `laissez-faire`: small benefits, spending by the fiscal rule on tax revenue (what revenue leaves
 * after benefits and interest, plus the structural deficit), recognition by the firm at a majority, no incomes policy, no
 * repression.
 */
export const laissezFaire: Regime<"laissez-faire"> = {
  name: "laissez-faire",
  benefitRate: (p) => p.benefitLaissezFaire,
  recognitionThreshold: (p) => p.recognitionShare,
  spending: (p, f) => fiscalRule(f, p.deficitShare),
  incomesPolicy: false,
  represses: false,
  passesOverOrganised: () => false,
};
