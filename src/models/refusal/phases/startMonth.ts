import type { RefusalState } from "../state.ts";

/** Reset the month's counters and its transaction-flow matrix. */
export function startMonth(s: RefusalState): void {
  s.month++;
  s.tfm.fill(0);
  s.events.fill(0);
  s.responses.fill(0);
  s.adoptionAttempts = 0;
  s.adoptionBlocked = 0;
  s.repressionCalls = 0;
  s.repressed = 0;
  s.bankruptcies = 0;
  s.entries = 0;
  s.writeOffs = 0;
  s.innovations = 0;
  s.scrapped = 0;
  s.strikesStarted = 0;
  s.generalCalls = 0;
  const f = s.flows;
  f.wages = 0;
  f.consumptionWorkers = 0;
  f.consumptionCapitalists = 0;
  f.government = 0;
  f.investment = 0;
  f.investmentReal = 0;
  f.consumptionWorkersReal = 0;
  f.output = 0;
  f.potentialOutput = 0;
  f.salesValue = 0;
  f.depreciationValue = 0;
  f.taxes = 0;
  f.benefits = 0;
  f.hours = 0;
}
