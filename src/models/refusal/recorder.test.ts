import { describe, expect, it } from "vitest";
import { stateDigest } from "../../engine/hash.ts";
import { streams } from "../../engine/rng.ts";
import { resolveParams } from "../../engine/run.ts";
import { REGIMES, type RefusalParams, refusal, STRATEGIES, simulateRefusal } from "./index.ts";
import { REFUSAL_METRICS } from "./metrics.ts";
import { type Observer, Recorder } from "./recorder.ts";
import type { RefusalState } from "./state.ts";

const params = (raw: Record<string, unknown>) =>
  resolveParams(refusal, {
    workers: 600,
    firms: 8,
    burnInYears: 2,
    initialDensity: 0.3,
    ...raw,
  }) as RefusalParams;

/** Data collection that does nothing. */
const noOp = (): Observer => ({
  row: new Float64Array(REFUSAL_METRICS.length),
  record() {},
  summary: () => ({}),
});

/** The digest of the state after `months` months of a run read by `observer`. */
function endState(p: RefusalParams, observer: Observer, months: number, seed = 7): string {
  const sim = simulateRefusal(p, streams(seed), observer);
  for (let m = 0; m < months; m++) sim.step();
  return stateDigest(sim.state);
}

describe("the recorder only reads", () => {
  for (const strategy of STRATEGIES)
    for (const regime of REGIMES)
      it(`simulateRefusal() with the recorder replaced by a no-op ends in the same state digest: ${strategy}, ${regime}`, () => {
        const p = params({ strategy, regime });
        expect(endState(p, noOp(), 96)).toBe(endState(p, new Recorder(p), 96));
      });

  it("Recorder.record() leaves the state's digest as it found it, every month", () => {
    const p = params({ strategy: "refusal", regime: "repression" });
    const sim = simulateRefusal(p, streams(3), noOp());
    const recorder = new Recorder(p);
    for (let m = 0; m <= 60; m++) {
      const before = stateDigest(sim.state);
      recorder.record(sim.state, true);
      expect(stateDigest(sim.state), `month ${m}`).toBe(before);
      sim.step();
    }
    expect(Number.isFinite(recorder.summary().wageShare)).toBe(true);
  });

  it("simulateRefusal() with an observer that writes to the state ends in another digest", () => {
    const p = params({ strategy: "bargaining" });
    const writes: Observer = {
      ...noOp(),
      record(s) {
        (s as RefusalState).meanWage *= 1.001;
      },
    };
    expect(endState(p, writes, 24)).not.toBe(endState(p, noOp(), 24));
  });
});
