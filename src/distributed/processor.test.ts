import type { Job } from "bullmq";
import { describe, expect, it } from "vitest";
import { executeRun, type RunOutcome } from "../experiments/execute-run.ts";
import { parseExperiment } from "../experiments/experiment-file.ts";
import { buildRunSpecs, type RunSpec } from "../experiments/specs.ts";
import { registry } from "../models/index.ts";
import { makeProcessor, type RunPool } from "./processor.ts";
import { decodeResult } from "./result.ts";
import { toWire } from "./wire.ts";

const exp = parseExperiment("name: p\nmodel: threshold\nseeds: 1\nhorizon: 50\n", "p.yaml", registry);
const [spec] = buildRunSpecs(exp, registry.get("threshold")!, [{ index: 0, values: {} }]);
const inline: RunPool = { run: async (s) => executeRun(s, (n) => registry.get(n)) };

/** A stand-in for a BullMQ job: id, data, times taken, and a record of moveToWait calls. */
function fakeJob(data: unknown, id = spec.runKey, attemptsStarted = 1) {
  const moved: (string | undefined)[] = [];
  const job = { id, data, attemptsStarted, moveToWait: async (token?: string) => moved.push(token) };
  return { job: job as unknown as Job, moved };
}
const decoded = (v: unknown) => decodeResult(JSON.parse(JSON.stringify(v)));

describe("makeProcessor", () => {
  it("makeProcessor() returns the outcome executeRun() gives inline, with the worker's name", async () => {
    const p = makeProcessor(inline, "w:1", new AbortController().signal);
    const { job } = fakeJob(toWire(spec));
    const r = decoded(await p(job, "tok"));
    expect(r.worker).toBe("w:1");
    expect(r.outcome.seriesHash).toBe(executeRun(spec, (n) => registry.get(n)).seriesHash);
    expect(r.outcome.status).toBe("ok");
  });

  it("makeProcessor() refuses a job over the caps (horizon 1e9) or altered in Redis at once, as a failed run", async () => {
    let ran = 0;
    const counting: RunPool = {
      run: async (s) => {
        ran++;
        return executeRun(s, (n) => registry.get(n));
      },
    };
    const p = makeProcessor(counting, "w", new AbortController().signal);
    const long = decoded(await p(fakeJob(toWire({ ...spec, horizon: 1e9 })).job));
    expect(long.outcome.status).toBe("error");
    expect(long.outcome.errorText).toMatch(
      /^refused run spec: horizon: expected a number > 0 and <= 10000000, got 1000000000$/,
    );
    const altered = decoded(await p(fakeJob(toWire({ ...spec, params: { ...spec.params, N: 61 } })).job));
    expect(altered.outcome.errorText).toBe(
      "refused run spec: its run key is not the hash of its model, params, seed and horizon",
    );
    expect(ran).toBe(0);
  });

  it("makeProcessor() turns a run that cannot be run into an error outcome instead of a job failure", async () => {
    const crashing: RunPool = { run: async () => Promise.reject(new Error("thread died")) };
    const p = makeProcessor(crashing, "w", new AbortController().signal);
    const r = decoded(await p(fakeJob(toWire(spec)).job));
    expect(r.outcome).toMatchObject({ runKey: spec.runKey, status: "error" });
    expect(r.outcome.errorText).toBe("the worker could not run it: thread died");
  });

  it("makeProcessor() stores an unreadable spec, or one for another run key, as an error run", async () => {
    const p = makeProcessor(inline, "w", new AbortController().signal);
    const garbage = decoded(await p(fakeJob({ $num: "bogus" }).job));
    expect(garbage.outcome.status).toBe("error");
    expect(garbage.outcome.errorText).toMatch(/^unreadable run spec: wire: unknown number tag/);
    const other = decoded(await p(fakeJob(toWire(spec), "another-key").job));
    expect(other.outcome).toMatchObject({ runKey: "another-key", status: "error" });
  });

  it("makeProcessor() with bad params yields the run's own error status (executeRun catches it)", async () => {
    const bad: RunSpec = { ...spec, params: { ...spec.params, N: -5 } };
    const p = makeProcessor(inline, "w", new AbortController().signal);
    const r = decoded(await p(fakeJob(toWire(bad)).job));
    expect(r.outcome.status).toBe("error");
  });

  it("makeProcessor() gives up a run past its deadline, stopping it: back to the queue while attempts are left, then a failed run", async () => {
    const signals: AbortSignal[] = [];
    const endless: RunPool = {
      run: (_s, o) =>
        new Promise<RunOutcome>((_, reject) => {
          signals.push(o.signal!);
          o.signal?.addEventListener("abort", () => reject(new Error("The task has been aborted")));
        }),
    };
    const p = makeProcessor(endless, "w", new AbortController().signal, () => ({
      timeoutMs: 50,
      attempts: 2,
    }));
    const started = performance.now();
    const first = fakeJob(toWire(spec), spec.runKey, 1);
    await expect(p(first.job, "tok-1")).rejects.toMatchObject({ name: "WaitingError" });
    expect(first.moved).toEqual(["tok-1"]);
    const last = fakeJob(toWire(spec), spec.runKey, 2);
    const r = decoded(await p(last.job, "tok-2"));
    expect(last.moved).toEqual([]);
    expect(r.outcome).toMatchObject({ runKey: spec.runKey, status: "error" });
    expect(r.outcome.errorText).toBe(
      "no worker finished it within its deadline of 0.05 s, in 2 attempts (raise it with --job-timeout S); not retried",
    );
    expect(signals.map((x) => x.aborted)).toEqual([true, true]);
    expect(performance.now() - started).toBeLessThan(5000);
    // A run that ends in time is not touched by its deadline.
    const inTime = makeProcessor(inline, "w", new AbortController().signal, () => ({
      timeoutMs: 60_000,
      attempts: 1,
    }));
    expect(decoded(await inTime(fakeJob(toWire(spec)).job)).outcome.status).toBe("ok");
  });

  it("makeProcessor() told to stop now gives the job back to the queue and throws BullMQ's WaitingError", async () => {
    const stop = new AbortController();
    const slow: RunPool = {
      run: (_s, o) =>
        new Promise<RunOutcome>((_, reject) =>
          o.signal?.addEventListener("abort", () => reject(new Error("aborted"))),
        ),
    };
    const p = makeProcessor(slow, "w", stop.signal);
    const { job, moved } = fakeJob(toWire(spec));
    const running = p(job, "tok-7");
    stop.abort();
    await expect(running).rejects.toMatchObject({ name: "WaitingError" });
    expect(moved).toEqual(["tok-7"]);
  });
});
