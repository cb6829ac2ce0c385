import type { RunOutcome } from "../experiments/execute-run.ts";
import { fromWire, toWire } from "./wire.ts";

/**
 * Version of what workers and coordinators exchange through Redis (job data and results). A
 * worker takes no job of an experiment registered with another protocol.
 */
export const PROTOCOL = 1;

const STATUSES = new Set(["ok", "diverged", "invariant-failed", "error"]);

/** What a worker returns for a job: its name and the run's outcome, exactly (see wire.ts). */
export function encodeResult(outcome: RunOutcome, worker: string): unknown {
  return { v: PROTOCOL, worker, outcome: toWire(outcome) };
}

const isF64 = (x: unknown): x is Float64Array => x instanceof Float64Array;

/** The outcome and worker name of a job's return value; throws when it is not one. */
export function decodeResult(value: unknown): { outcome: RunOutcome; worker: string } {
  const r = value as { v?: unknown; worker?: unknown; outcome?: unknown } | null;
  if (r === null || typeof r !== "object") throw new Error("the result is not an object");
  if (r.v !== PROTOCOL) throw new Error(`result protocol ${JSON.stringify(r.v)}, expected ${PROTOCOL}`);
  const o = fromWire(r.outcome) as RunOutcome;
  const s = o?.series;
  const ok =
    typeof o === "object" &&
    typeof o.runKey === "string" &&
    STATUSES.has(o.status) &&
    Number.isInteger(o.steps) &&
    typeof o.tEnd === "number" &&
    (o.seriesHash === null || typeof o.seriesHash === "string") &&
    typeof o.summary === "object" &&
    o.summary !== null &&
    Object.values(o.summary).every((x) => typeof x === "number") &&
    typeof s === "object" &&
    isF64(s.t) &&
    Array.isArray(s.metrics) &&
    Array.isArray(s.values) &&
    s.values.length === s.metrics.length &&
    s.values.every((v) => isF64(v) && v.length === s.t.length);
  if (!ok) throw new Error("the result is not a run outcome");
  return { outcome: o, worker: typeof r.worker === "string" ? r.worker : "?" };
}

/** The outcome stored for a run whose job failed in the queue (no result from any worker). */
export function failedOutcome(runKey: string, errorText: string): RunOutcome {
  return {
    runKey,
    status: "error",
    errorText,
    steps: 0,
    tEnd: 0,
    seriesHash: null,
    summary: {},
    final: {},
    series: { t: new Float64Array(0), metrics: [], values: [] },
    wallMs: 0,
  };
}
