import { DivergedError, type Model, type Simulation, type WorkplaceCells } from "../../engine/model.ts";
import type { RngStreams } from "../../engine/rng.ts";
import { type Ctx, spawnStreams } from "./context.ts";
import { initialise } from "./init.ts";
import { type CheckMemory, checkRefusal } from "./invariants.ts";
import { REFUSAL_METRIC_DESCRIPTIONS, REFUSAL_METRICS } from "./metrics.ts";
import { type RefusalParams, refusalParams } from "./params.ts";
import { REFUSAL_RANGES } from "./ranges.ts";
import { type Observer, Recorder } from "./recorder.ts";
import { rulesFor } from "./rules.ts";
import { type RefusalState, STRIKE } from "./state.ts";
import { stepRefusal } from "./step.ts";
import { REFUSAL_MECHANISMS } from "./switches.ts";

export type { RefusalParams } from "./params.ts";
export { REGIME_LIST, REGIMES, type RegimeName, regimeNamed } from "./regimes/index.ts";
export type { Regime } from "./regimes/regime.ts";
export type { RefusalState } from "./state.ts";
export { STRATEGIES, STRATEGY_LIST, type StrategyName, strategyNamed } from "./strategies/index.ts";
export type { Strategy } from "./strategies/strategy.ts";

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
  version: "4.0.0",
  description:
    "Tronti's 'The Strategy of Refusal' (1965) as an agent-based stock-flow consistent economy: strategies of workers, regimes of capital and the State",
  timeUnit: "year",
  stepsPerUnit: 12,
  defaultHorizon: 60,
  stochastic: true,
  params: refusalParams,
  metrics: REFUSAL_METRICS,
  metricDescriptions: REFUSAL_METRIC_DESCRIPTIONS,
  mechanisms: REFUSAL_MECHANISMS,
  ranges: REFUSAL_RANGES,
  create(p: RefusalParams, rng): RefusalSimulation {
    return simulateRefusal(p, rng, new Recorder(p));
  },
};

/**
 * A `refusal` run whose months are read by `recorder` (the model's `create()` passes a `Recorder`;
 * any `Observer` will do, since the recorder only reads: recorder.test.ts runs one with a no-op).
 */
export function simulateRefusal(p: RefusalParams, rng: RngStreams, recorder: Observer): RefusalSimulation {
  const streams = spawnStreams(rng);
  const rules = rulesFor(p);
  const state = initialise(p, streams, rules);
  const ctx: Ctx = { s: state, p, rng: streams, ...rules };
  recorder.record(state, false);
  const memory: CheckMemory = { step: -1, stocks: null };
  let cells: WorkplaceCells = {
    size: new Float64Array(0),
    shade: new Float64Array(0),
    outline: new Uint8Array(0),
  };
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
    cells() {
      const nf = state.active.length;
      if (cells.size.length !== nf)
        cells = { size: new Float64Array(nf), shade: new Float64Array(nf), outline: new Uint8Array(nf) };
      for (let j = 0; j < nf; j++) {
        const w = state.active[j] ? state.workforce[j] : 0;
        cells.size[j] = w;
        cells.shade[j] = w > 0 ? state.organisedCount[j] / w : 0;
        cells.outline[j] = state.strikeKind[j] !== STRIKE.none ? 1 : 0;
      }
      return cells;
    },
  };
}
