/** Aggregate flows of a month, integer money units unless stated; all 0 at the start of a month. */
const FLOWS = {
  wages: 0,
  consumptionWorkers: 0,
  consumptionCapitalists: 0,
  government: 0,
  investment: 0,
  /** Real quantities bought (units of the good). */
  investmentReal: 0,
  consumptionWorkersReal: 0,
  /** Real consumption of workers and capitalists, and real State spending on goods. */
  consumptionReal: 0,
  governmentReal: 0,
  /** Households that joined the labour force from the reserve, and unemployed who left it. */
  joiners: 0,
  leavers: 0,
  /** Vacancies left unfilled after hiring. */
  vacancies: 0,
  output: 0,
  /** Machines made, in units of the good (at the makers' prices over the good's). */
  machineOutput: 0,
  /** Machines paid for and installed, and those delivered but not paid for (scrapped), real units. */
  machinesInstalled: 0,
  machinesUnpaid: 0,
  potentialOutput: 0,
  salesValue: 0,
  depreciationValue: 0,
  taxes: 0,
  benefits: 0,
  /** Interest the State paid the bank. */
  stateInterest: 0,
  employed: 0,
  strikers: 0,
  organised: 0,
  effortSum: 0,
  hours: 0,
};

export type MonthFlows = typeof FLOWS;

export function emptyFlows(): MonthFlows {
  return { ...FLOWS };
}

/** The counters of a month (all 0 at its start). */
const COUNTERS = {
  innovations: 0,
  imitations: 0,
  scrapped: 0,
  strikesStarted: 0,
  generalCalls: 0,
  adoptionAttempts: 0,
  adoptionBlocked: 0,
  repressionCalls: 0,
  repressed: 0,
  bankruptcies: 0,
  /** Exits of firms younger than two years (the entrants that failed, `YOUNG_MONTHS`). */
  youngExits: 0,
  entries: 0,
  writeOffs: 0,
};

/** This month's counters, flows and transaction-flow matrix, as at the start of a month. */
export function monthAtStart(tfmSize: number) {
  return {
    /** Firm responses (M4) by `RESPONSE`, and bargaining-log events (M12) by `EVENT`. */
    responses: new Float64Array(5),
    events: new Float64Array(4),
    ...COUNTERS,
    /** This month's flows (integers) used by the record phase. */
    flows: emptyFlows(),
    /** Transaction-flow matrix of the month (see accounts.ts). */
    tfm: new Float64Array(tfmSize),
  };
}

export type Month = ReturnType<typeof monthAtStart>;

/** Start a month: every counter, flow and cell of the transaction-flow matrix back to 0. */
export function resetMonth(s: Month): void {
  s.tfm.fill(0);
  s.events.fill(0);
  s.responses.fill(0);
  Object.assign(s, COUNTERS);
  Object.assign(s.flows, FLOWS);
}
