import { fixedSpending } from "../mechanisms/policy.ts";
import type { Regime } from "./regime.ts";

/**
 * `laissez-faire`: small benefits, spending a fixed share of potential output (a budget balanced at
 * potential, in deficit in slumps), recognition by the firm at a majority, no incomes policy, no
 * repression.
 */
export const laissezFaire: Regime<"laissez-faire"> = {
  name: "laissez-faire",
  benefitRate: (p) => p.benefitLaissezFaire,
  recognitionThreshold: (p) => p.recognitionShare,
  spending: (p, potentialValue) => fixedSpending(p.stateShare, potentialValue),
  incomesPolicy: false,
  represses: false,
  passesOverOrganised: () => false,
};
