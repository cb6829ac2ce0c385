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
  /**
   * Where an inline run finds its model (default: the registry). A worker thread finds a model of
   * the default list by name, and any other in the module its spec names (`RunSpec.modelModule`).
   */
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
 * run is a pure function of its spec. Specs are pulled one at a time (an array, or a stream that
 * is read as runs are launched) and at most 2 x workers runs are in flight, so memory stays flat
 * however long the sweep.
 */
export async function executeSpecs(
  specs: Iterable<RunSpec> | AsyncIterable<RunSpec>,
  opts: ExecuteOptions,
): Promise<ExecuteSummary> {
  const workers = opts.workers ?? defaultWorkers();
  const it: AsyncIterator<RunSpec> | Iterator<RunSpec> =
    Symbol.asyncIterator in specs
      ? (specs as AsyncIterable<RunSpec>)[Symbol.asyncIterator]()
      : (specs as Iterable<RunSpec>)[Symbol.iterator]();
  let exhausted = false;
  const pull = async (): Promise<RunSpec | undefined> => {
    if (exhausted) return undefined;
    const r = await it.next();
    if (r.done) exhausted = true;
    return r.done ? undefined : r.value;
  };
  /** Specs not launched when an abort stopped the sweep (counted only for arrays; else 1 for "some"). */
  const left = (launched: number): number =>
    exhausted ? 0 : Array.isArray(specs) ? specs.length - launched : 1;
  let completed = 0;
  if (workers === 0) {
    let launched = 0;
    for (;;) {
      if (opts.signal?.aborted) return { completed, skipped: left(launched), abandoned: 0 };
      const spec = await pull();
      if (!spec) break;
      launched++;
      const out = executeRun(
        spec,
        (n) => (opts.models ?? registry).get(n),
        () => performance.now(),
      );
      await opts.onResult(spec, out);
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
  let launched = 0;
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
    while (!exhausted) {
      if (opts.signal?.aborted || hard.signal.aborted) break;
      while (inFlight.size < 2 * workers && !opts.signal?.aborted) {
        const spec = await pull();
        if (!spec) break;
        launched++;
        launch(spec);
      }
      if (inFlight.size > 0) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    await writing;
    return { completed, skipped: left(launched), abandoned };
  } finally {
    opts.hardSignal?.removeEventListener("abort", onHard);
    await pool.destroy();
  }
}
