import type { WorkplaceCells } from "./cells.ts";
import type { StepperFailure, StepperStatus } from "./engine.ts";
import type { FromWorker, ToWorker } from "./protocol.ts";
import { SeriesBuffer } from "./series.ts";

/** What a run is doing, as the page shows it. */
export type RunPhase = "loading" | "ready" | "running" | "paused" | "done" | "error";

/** One run to set up in a worker. */
export interface RunSpec {
  model: string;
  params: Record<string, unknown>;
  seed: number;
  horizon: number;
}

/**
 * The page's handle on one simulation worker: sends it commands, collects the rows it posts
 * into a `SeriesBuffer`, keeps the latest workplace snapshot, the status and, at the end, the
 * series hash. Listeners are told at most once per animation frame.
 */
export class RunController {
  phase: RunPhase = "loading";
  series: SeriesBuffer | null = null;
  cells: WorkplaceCells | null = null;
  hasCells = false;
  step = 0;
  totalSteps = 0;
  stepsPerUnit = 1;
  status?: StepperStatus;
  failure?: StepperFailure;
  hash?: string;
  error?: string;
  /** Bumped on every change, for views that redraw only when something changed. */
  version = 0;
  private worker: Worker;
  private gen = 0;
  private spec: RunSpec | null = null;
  private unitsPerSecond = Number.POSITIVE_INFINITY;
  private listeners = new Set<() => void>();

  /** How many runs this controller has set up (tests wait on it after a change). */
  get generation(): number {
    return this.gen;
  }
  private frame = 0;
  private autoRun = false;

  constructor() {
    this.worker = new Worker(new URL("./worker.ts", import.meta.url), { type: "module", name: "simulation" });
    this.worker.onmessage = (e: MessageEvent<FromWorker>) => this.receive(e.data);
    this.worker.onerror = (e) => this.fail(e.message || "the simulation worker failed to start");
  }

  /** Set up a fresh run (also Reset), starting it at once if `autoRun`; the previous run's late messages are ignored. */
  load(spec: RunSpec, autoRun = false): void {
    this.spec = spec;
    this.autoRun = autoRun;
    this.gen++;
    this.phase = "loading";
    this.series = null;
    this.cells = null;
    this.step = 0;
    this.status = undefined;
    this.failure = undefined;
    this.hash = undefined;
    this.error = undefined;
    this.send({ type: "speed", unitsPerSecond: this.unitsPerSecond });
    this.send({ type: "init", gen: this.gen, ...spec });
    this.changed();
  }

  reset(): void {
    if (this.spec) this.load(this.spec);
  }

  run(): void {
    if (this.phase !== "ready" && this.phase !== "paused") return;
    this.phase = "running";
    this.send({ type: "run" });
    this.changed();
  }

  pause(): void {
    if (this.phase !== "running") return;
    this.phase = "paused";
    this.send({ type: "pause" });
    this.changed();
  }

  stepOnce(steps = 1): void {
    if (this.phase !== "ready" && this.phase !== "paused" && this.phase !== "running") return;
    this.phase = "paused";
    this.send({ type: "step", steps });
    this.changed();
  }

  /** Model time units per second (Infinity: as fast as possible). */
  setSpeed(unitsPerSecond: number): void {
    this.unitsPerSecond = unitsPerSecond;
    this.send({ type: "speed", unitsPerSecond });
  }

  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  dispose(): void {
    this.worker.terminate();
    this.listeners.clear();
    if (this.frame) cancelAnimationFrame(this.frame);
  }

  private send(msg: ToWorker): void {
    this.worker.postMessage(msg);
  }

  private receive(msg: FromWorker): void {
    if (msg.gen !== this.gen) return;
    switch (msg.type) {
      case "ready":
        this.series = new SeriesBuffer(msg.metrics, Math.min(msg.totalSteps + 1, 1 << 16));
        this.totalSteps = msg.totalSteps;
        this.stepsPerUnit = msg.stepsPerUnit;
        this.hasCells = msg.hasCells;
        this.phase = "ready";
        if (this.autoRun) {
          this.autoRun = false;
          this.run();
          return;
        }
        break;
      case "rows":
        this.series?.append(msg.rows, msg.count);
        this.step = msg.step;
        break;
      case "cells":
        this.cells = { size: msg.size, shade: msg.shade, outline: msg.outline };
        break;
      case "paused":
        this.step = msg.step;
        break;
      case "done":
        this.step = msg.step;
        this.status = msg.status;
        this.failure = msg.failure;
        this.hash = msg.hash;
        this.phase = "done";
        break;
      case "error":
        this.fail(msg.message);
        return;
    }
    this.changed();
  }

  private fail(message: string): void {
    this.phase = "error";
    this.error = message;
    this.changed();
  }

  private changed(): void {
    this.version++;
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      for (const fn of this.listeners) fn();
    });
  }
}
