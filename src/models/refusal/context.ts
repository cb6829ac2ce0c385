import type { Rng, RngStreams } from "../../engine/rng.ts";
import type { RefusalParams } from "./params.ts";
import type { Regime } from "./regimes/regime.ts";
import type { RefusalState } from "./state.ts";
import type { Strategy } from "./strategies/strategy.ts";

/** The generator streams of a run, one per purpose, so that adding draws to one leaves the others unchanged. */
export interface Streams {
  readonly init: Rng;
  readonly innovation: Rng;
  readonly labour: Rng;
  readonly separation: Rng;
  readonly struggle: Rng;
  readonly entry: Rng;
  /** The machine market: which machine makers' offers a consumption-good firm compares. */
  readonly machines: Rng;
  /** Migration and participation: who joins and who leaves the labour force. */
  readonly migration: Rng;
  /** The customer market: which households search and which shop they hear of. */
  readonly shops: Rng;
}

/** Spawn the named streams from the run's `RngStreams`. */
export function spawnStreams(rng: RngStreams): Streams {
  return {
    init: rng.stream("init"),
    innovation: rng.stream("innovation"),
    labour: rng.stream("labour"),
    separation: rng.stream("separation"),
    struggle: rng.stream("struggle"),
    entry: rng.stream("entry"),
    machines: rng.stream("machines"),
    migration: rng.stream("migration"),
    shops: rng.stream("shops"),
  };
}

/** The behavioural rules of a run: the workers' strategy and the capital/State regime (rules.ts). */
export interface Rules {
  readonly strategy: Strategy;
  readonly regime: Regime;
}

/**
 * What every phase receives: the state, the parameters, the streams, and the rules chosen once in
 * `create()` from the `strategy` and `regime` parameters (`rulesFor()` in rules.ts).
 */
export interface Ctx extends Rules {
  readonly s: RefusalState;
  readonly p: RefusalParams;
  readonly rng: Streams;
}
