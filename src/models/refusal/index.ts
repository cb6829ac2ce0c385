import { DivergedError, type Model, type Simulation } from "../../engine/model.ts";
import { type Ctx, spawnStreams } from "./context.ts";
import { initialise } from "./init.ts";
import { type CheckMemory, checkRefusal } from "./invariants.ts";
import { REFUSAL_METRIC_DESCRIPTIONS, REFUSAL_METRICS } from "./metrics.ts";
import { type RefusalParams, refusalParams } from "./params.ts";
import { Recorder } from "./recorder.ts";
import type { RefusalState } from "./state.ts";
import { stepRefusal } from "./step.ts";

export type { RefusalParams, Regime, Strategy } from "./params.ts";
export { REGIMES, STRATEGIES } from "./params.ts";
export type { RefusalState } from "./state.ts";

/** A running `refusal` economy; `state` is exposed for inspection and fault-injection tests. */
export interface RefusalSimulation extends Simulation {
  readonly state: RefusalState;
}

/** Money stays exact below 2^53; stop well before. */
const MONEY_LIMIT = 2 ** 52;

/**
 * The `refusal` model: Mario Tronti's *The Strategy of Refusal* (1965) as an agent-based,
 * stock-flow consistent economy of worker and capitalist households, firms, a bank, a State and
 * the workers' organisation, in monthly steps. Mechanisms M1–M13 cite the essay's paragraphs;
 * workers' strategies and capital/State regimes are behavioural rules. See README.md (ODD).
 */
export const refusal: Model<RefusalParams> = {
  name: "refusal",
  version: "1.0.0",
  description:
    "Tronti's 'The Strategy of Refusal' (1965) as an agent-based stock-flow consistent economy: strategies of workers, regimes of capital and the State",
  timeUnit: "year",
  stepsPerUnit: 12,
  defaultHorizon: 60,
  stochastic: true,
  params: refusalParams,
  metrics: REFUSAL_METRICS,
  metricDescriptions: REFUSAL_METRIC_DESCRIPTIONS,
  create(p: RefusalParams, rng): RefusalSimulation {
    const streams = spawnStreams(rng);
    const state = initialise(p, streams);
    const ctx: Ctx = { s: state, p, rng: streams };
    const recorder = new Recorder(p);
    recorder.record(state, false);
    const memory: CheckMemory = { step: -1, stocks: null };
    return {
      state,
      observe(out) {
        out.set(recorder.row);
      },
      step() {
        stepRefusal(ctx);
        recorder.record(state, true);
        if (state.bankDeposits > MONEY_LIMIT || state.bankLoans > MONEY_LIMIT)
          throw new DivergedError(
            `money stock ${Math.max(state.bankDeposits, state.bankLoans)} beyond exact integer range at month ${state.month}`,
            "money",
            Math.max(state.bankDeposits, state.bankLoans),
          );
      },
      check(step) {
        checkRefusal(state, step, memory);
      },
      summary() {
        return recorder.summary();
      },
    };
  },
};
