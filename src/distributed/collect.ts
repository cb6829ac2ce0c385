import { Job, type Queue } from "bullmq";
import type { RunOutcome } from "../experiments/execute-run.ts";
import type { SweepProgress } from "../experiments/prologue.ts";
import { runRecord } from "../experiments/run-record.ts";
import type { RunSpec } from "../experiments/specs.ts";
import type { Store } from "../store/index.ts";
import { decodeResult, failedOutcome } from "./result.ts";

/** Results taken from Redis per look. */
const BATCH = 100;

/** What a failed job (no result from any worker) means, for the stored run's error text. */
export function failureText(reason: string | undefined): string {
  if (reason && /stalled more than allowable limit/.test(reason))
    return "its worker died every time it ran it (killed, or out of memory?); not retried";
  return `the job failed in the queue: ${reason ?? "no reason given"}`;
}

/**
 * Moves finished jobs from Redis into the store: the coordinator's write path. A job's result is
 * committed (every design point it answers) before the job is removed, so a coordinator that dies
 * in between finds the job again and stores nothing twice (`putRun` is idempotent on the run key).
 */
export class ResultCollector {
  readonly byStatus: Record<string, number> = {};
  private readonly unremovable = new Set<string>();
  /** When this coordinator first saw each active job's current attempt (keyed by its processedOn). */
  private readonly activeSince = new Map<string, { attempt: number; since: number }>();

  constructor(
    private readonly queue: Queue,
    private readonly store: Store,
    /** Runs not stored yet; collected keys are deleted from it. */
    readonly pending: Map<string, RunSpec[]>,
    readonly progress: SweepProgress,
    private readonly onProgress?: (p: SweepProgress, spec: RunSpec, outcome: RunOutcome) => void,
  ) {}

  /** The outcome a job stands for, and who ran it. */
  private outcomeOf(job: Job, failed: boolean): { outcome: RunOutcome; worker: string } {
    const key = String(job.id);
    let worker = job.processedBy ?? "?";
    if (failed) return { outcome: failedOutcome(key, failureText(job.failedReason)), worker };
    const claimed = (job.returnvalue as { worker?: unknown } | null)?.worker;
    if (typeof claimed === "string") worker = claimed;
    try {
      const r = decodeResult(job.returnvalue);
      if (r.outcome.runKey !== key) throw new Error(`it is the result of run ${r.outcome.runKey}`);
      return r;
    } catch (e) {
      return {
        outcome: failedOutcome(key, `unreadable result from worker ${worker}: ${(e as Error).message}`),
        worker,
      };
    }
  }

  private async take(job: Job, failed: boolean): Promise<void> {
    const key = String(job.id);
    const waiting = this.pending.get(key);
    if (waiting) {
      const { outcome, worker } = this.outcomeOf(job, failed);
      for (const spec of waiting) {
        await this.store.putRun(runRecord(spec, outcome, worker));
        const p = this.progress;
        p.done++;
        p.ran++;
        if (outcome.status !== "ok") p.failed++;
        this.byStatus[outcome.status] = (this.byStatus[outcome.status] ?? 0) + 1;
        this.onProgress?.({ ...p }, spec, outcome);
      }
      this.pending.delete(key);
    }
    // Only now, the run committed, may its result leave Redis.
    try {
      await job.remove();
    } catch {
      this.unremovable.add(key);
    }
  }

  /**
   * A job whose hash in Redis cannot even be read (its data or result is not JSON: corrupted or
   * written by something else) is stored once as a failed run with the reason, and removed; the
   * sweep goes on. Without this one bad job would stop every look at the finished jobs.
   */
  private async takeUnreadable(id: string, e: unknown): Promise<void> {
    if (this.pending.has(id)) {
      const outcome = failedOutcome(
        id,
        `its job in Redis could not be read (corrupted?): ${String((e as Error)?.message ?? e).split("\n")[0]}`,
      );
      await this.storeFailed(id, outcome, "?");
    }
    try {
      await this.queue.remove(id, { removeChildren: true });
    } catch {
      this.unremovable.add(id);
    }
  }

  /** The finished jobs of one state, each read on its own when one of them cannot be read. */
  private async finished(state: "completed" | "failed"): Promise<Job[]> {
    try {
      return await this.queue.getJobs([state], 0, BATCH - 1);
    } catch {
      const jobs: Job[] = [];
      for (const id of await this.queue.getRanges([state], 0, BATCH - 1)) {
        if (this.unremovable.has(id)) continue;
        try {
          const job = await Job.fromId(this.queue, id);
          if (job) jobs.push(job);
        } catch (e) {
          await this.takeUnreadable(id, e);
        }
      }
      return jobs;
    }
  }

  /**
   * Jobs still queued (waiting, delayed, prioritized) whose hash cannot be read: no worker can take
   * them (a worker that tries loses the job to the stalled-job check, over and over), so they are
   * stored as failed runs now. Returns how many were found. Looks at one batch per call.
   */
  async sweepUnreadable(): Promise<number> {
    let n = 0;
    for (const id of await this.queue.getRanges(["wait", "delayed", "prioritized"], 0, BATCH - 1)) {
      if (this.unremovable.has(id) || !this.pending.has(id)) continue;
      try {
        await Job.fromId(this.queue, id);
      } catch (e) {
        await this.takeUnreadable(id, e);
        n++;
      }
    }
    return n;
  }

  /**
   * Jobs a worker has held for more than `overdueMs` (on the coordinator's clock `now`, e.g.
   * performance.now(), from the first look at that attempt): their worker neither finished
   * them nor gave them up at their deadline (a worker that enforces none, or is stuck while its
   * lock is still extended). The coordinator stops waiting for them: each is stored once as a
   * failed run, and its job is removed when it ends (or with the queue when the sweep is done).
   * Returns how many were found. Looks at one batch per call.
   */
  async sweepOverdue(overdueMs: number, now: number): Promise<number> {
    let active: Job[];
    try {
      active = await this.queue.getJobs(["active"], 0, BATCH - 1);
    } catch {
      return 0; // a job that cannot be read: its worker cannot run it either, and loses it
    }
    let n = 0;
    for (const key of this.activeSince.keys()) if (!this.pending.has(key)) this.activeSince.delete(key);
    for (const job of active) {
      const key = String(job?.id);
      if (!job?.processedOn || !this.pending.has(key)) continue;
      // Timed on the coordinator's own clock from the first look at this attempt (a worker's
      // clock, which set processedOn, may be skewed); a retried job is a new attempt.
      const seen = this.activeSince.get(key);
      if (seen === undefined || seen.attempt !== job.processedOn) {
        this.activeSince.set(key, { attempt: job.processedOn, since: now });
        continue;
      }
      if (now - seen.since <= overdueMs) continue;
      const outcome = failedOutcome(
        key,
        `no worker finished it within ${overdueMs / 1000} s: worker ${job.processedBy ?? "?"} still holds it (stuck?); not retried`,
      );
      await this.storeFailed(key, outcome, job.processedBy ?? "?");
      n++;
    }
    return n;
  }

  /** Store every design point a run key answers as the failed `outcome`; the key is no longer pending. */
  private async storeFailed(key: string, outcome: RunOutcome, worker: string): Promise<void> {
    for (const spec of this.pending.get(key) ?? []) {
      await this.store.putRun(runRecord(spec, outcome, worker));
      const p = this.progress;
      p.done++;
      p.ran++;
      p.failed++;
      this.byStatus.error = (this.byStatus.error ?? 0) + 1;
      this.onProgress?.({ ...p }, spec, outcome);
    }
    this.pending.delete(key);
  }

  /** Store one batch of the results waiting in Redis; how many jobs were taken. */
  async collect(stop?: AbortSignal): Promise<number> {
    let n = 0;
    for (const state of ["completed", "failed"] as const) {
      const jobs = await this.finished(state);
      for (const job of jobs) {
        if (!job || this.unremovable.has(String(job.id))) continue;
        await this.take(job, state === "failed");
        n++;
        if (stop?.aborted) return n;
      }
    }
    return n;
  }
}
