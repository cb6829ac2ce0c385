import type { Rng, RngStreams } from "../../engine/rng.ts";
import type { RefusalParams } from "./params.ts";
import type { RefusalState } from "./state.ts";

/** The generator streams of a run, one per purpose, so that adding draws to one leaves the others unchanged. */
export interface Streams {
  readonly init: Rng;
  readonly innovation: Rng;
  readonly labour: Rng;
  readonly separation: Rng;
  readonly struggle: Rng;
  readonly entry: Rng;
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
  };
}

/** What every phase receives: the state, the parameters and the streams. */
export interface Ctx {
  readonly s: RefusalState;
  readonly p: RefusalParams;
  readonly rng: Streams;
}
