import type { Model, Simulation, WorkplaceCells } from "../../engine/model.ts";
import type { RngStreams } from "../../engine/rng.ts";
import { WrightAccounts } from "./accounts.ts";
import { checkInvariants } from "./invariants.ts";
import { type WrightParams, wrightParams } from "./params.ts";
import { WRIGHT_RANGES } from "./ranges.ts";
import { bytesPerActor, initialState } from "./state.ts";
import { closeYear, month } from "./step.ts";

export type { WrightParams } from "./params.ts";

const METRICS = [
  "workersShare",
  "capitalistsShare",
  "unemployedShare",
  "firms",
  "wageShare",
  "profitShare",
  "firmBirths",
  "firmDemises",
  "largestFirmShare",
] as const;

/**
 * Ian Wright's "social architecture of capitalism" (Physica A 346, 2005, 589-620): N actors with
 * integer money, total M conserved; each month N activations of hiring, expenditure, market
 * sample, firing and wage payment. Classes, firms and the wage/profit split emerge.
 */
export const wright: Model<WrightParams> = {
  name: "wright",
  version: "1.0.0",
  description:
    "Wright (2005) social architecture of capitalism: actors, conserved money, employers and employees emerging from hiring, spending, market samples, firing and wages.",
  timeUnit: "year",
  stepsPerUnit: 12,
  defaultHorizon: 100,
  stochastic: true,
  params: wrightParams,
  ranges: WRIGHT_RANGES,
  metrics: METRICS,
  metricDescriptions: [
    "share of actors employed by another actor (|W| / N)",
    "share of actors employing at least one actor, i.e. firm owners (|C| / N)",
    "share of actors neither employed nor employing (|U| / N)",
    "number of firms (= number of capitalists)",
    "wages paid in the month / firm revenue in the month (0 when there is no revenue)",
    "1 - wageShare (0 when there is no revenue); can be negative in a month",
    "firms born in the month (an actor hiring its first employee)",
    "firms that ceased trading in the month (all employees fired)",
    "employees of the largest firm / N",
  ],
  create(params: WrightParams, rng: RngStreams): Simulation {
    const s = initialState(params);
    const gen = rng.stream("dynamics");
    const accounts = new WrightAccounts(rng.stream("summary-sampling"));
    const burnInMonths = params.burnInYears * 12;
    let months = 0;
    let cells: WorkplaceCells = {
      size: new Float64Array(0),
      shade: new Float64Array(0),
      outline: new Uint8Array(0),
    };
    return {
      observe(out: Float64Array): void {
        const n = s.n;
        out[0] = s.workerCount / n;
        out[1] = s.firmCount / n;
        out[2] = (n - s.workerCount - s.firmCount) / n;
        out[3] = s.firmCount;
        const wageShare = s.monthRevenue > 0 ? s.monthWages / s.monthRevenue : 0;
        out[4] = wageShare;
        out[5] = s.monthRevenue > 0 ? 1 - wageShare : 0;
        out[6] = s.monthBirths;
        out[7] = s.monthDemises;
        let largest = 0;
        for (let f = 0; f < s.firmCount; f++) largest = Math.max(largest, s.employees[s.firms[f]]);
        out[8] = largest / n;
      },
      step(): void {
        month(s, gen);
        months++;
        const measured = months > burnInMonths;
        if (measured) accounts.recordMonth(s);
        if (months % 12 === 0) {
          accounts.recordGdp(s);
          if (measured) accounts.recordYear(s);
          closeYear(s);
        }
      },
      check(step: number): void {
        checkInvariants(s, step);
      },
      summary(): Record<string, number> {
        return { ...accounts.summary(s.n), bytesPerActor: bytesPerActor(s) };
      },
      // The lab's workplace view: one cell per firm, sized by its employees (no organisation here).
      cells() {
        const nf = s.firmCount;
        if (cells.size.length !== nf) {
          cells = { size: new Float64Array(nf), shade: new Float64Array(nf), outline: new Uint8Array(nf) };
        }
        for (let f = 0; f < nf; f++) cells.size[f] = s.employees[s.firms[f]];
        return cells;
      },
    };
  },
};
