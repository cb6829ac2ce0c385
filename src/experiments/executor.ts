import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import { registry } from "../models/index.ts";
import type { ModelLookup } from "../scenario/scenario.ts";
import { executeRun, type RunOutcome } from "./execute-run.ts";
import type { RunSpec } from "./specs.ts";

export interface ExecuteOptions {
  /** 0 runs inline on the main thread; n > 0 uses a pool of n worker threads (default: all cores). */
  workers?: number;
  /** Where an inline run finds its model (default: the registry; worker threads always use the registry). */
  models?: ModelLookup;
  /** Called in completion order; awaited before more results are handled (the single writer). */
  onResult: (spec: RunSpec, outcome: RunOutcome) => Promise<void> | void;
  /** When aborted, no new run starts; runs in flight finish and are handed to onResult. */
  signal?: AbortSignal;
  /** When aborted, runs in flight are abandoned too (a second Ctrl-C). */
  hardSignal?: AbortSignal;
}

export interface ExecuteSummary {
  completed: number;
  /** Specs not run because of an abort. */
  skipped: number;
  abandoned: number;
}

const WORKER_FILE = fileURLToPath(new URL("./worker.mjs", import.meta.url));

/** Default number of worker threads: every core. */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Run specs inline or on a worker-thread pool. The results do not depend on the executor: each
 * run is a pure function of its spec. At most 2 x workers runs are in flight, so memory stays
 * flat however long the sweep.
 */
export async function executeSpecs(specs: readonly RunSpec[], opts: ExecuteOptions): Promise<ExecuteSummary> {
  const workers = opts.workers ?? defaultWorkers();
  let completed = 0;
  if (workers === 0) {
    for (let i = 0; i < specs.length; i++) {
      if (opts.signal?.aborted) return { completed, skipped: specs.length - i, abandoned: 0 };
      const out = executeRun(
        specs[i],
        (n) => (opts.models ?? registry).get(n),
        () => performance.now(),
      );
      await opts.onResult(specs[i], out);
      completed++;
      // Let signal handlers run between inline runs.
      await new Promise((r) => setImmediate(r));
    }
    return { completed, skipped: 0, abandoned: 0 };
  }

  const pool = new Piscina({
    filename: WORKER_FILE,
    maxThreads: workers,
    minThreads: workers,
    idleTimeout: 1000,
  });
  const hard = new AbortController();
  const onHard = () => hard.abort();
  opts.hardSignal?.addEventListener("abort", onHard);
  let next = 0;
  let abandoned = 0;
  let writing: Promise<void> = Promise.resolve();
  try {
    const inFlight = new Set<Promise<void>>();
    const launch = (spec: RunSpec) => {
      const p = (pool.run(spec, { signal: hard.signal }) as Promise<RunOutcome>)
        .then((out) => {
          // Serialise the writes: one writer, in completion order.
          writing = writing
            .then(() => opts.onResult(spec, out))
            .then(() => {
              completed++;
            });
          return writing;
        })
        .catch((e) => {
          if (hard.signal.aborted) abandoned++;
          else throw e;
        })
        .finally(() => inFlight.delete(p));
      inFlight.add(p);
    };
    while (next < specs.length) {
      if (opts.signal?.aborted || hard.signal.aborted) break;
      while (inFlight.size < 2 * workers && next < specs.length && !opts.signal?.aborted)
        launch(specs[next++]);
      if (inFlight.size > 0) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    await writing;
    return { completed, skipped: specs.length - next, abandoned };
  } finally {
    opts.hardSignal?.removeEventListener("abort", onHard);
    await pool.destroy();
  }
}
