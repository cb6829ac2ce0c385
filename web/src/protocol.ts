import type { StepperFailure, StepperStatus } from "./engine.ts";

/** Messages from the page to a simulation worker. */
export type ToWorker =
  | {
      type: "init";
      /** Generation of the run: every later message of the worker carries it. */
      gen: number;
      model: string;
      params: Record<string, unknown>;
      seed: number;
      horizon: number;
    }
  | { type: "run" }
  | { type: "pause" }
  /** Advance by `steps` steps (the first call also records the row at t = 0), then pause. */
  | { type: "step"; steps: number }
  /** Model time units per second; Infinity runs as fast as the model allows. */
  | { type: "speed"; unitsPerSecond: number };

/** What a simulation worker tells the page. */
export type WorkerEvent =
  | {
      type: "ready";
      metrics: string[];
      totalSteps: number;
      stepsPerUnit: number;
      hasCells: boolean;
    }
  /** New rows, row-major (t, then the metrics), `count` of them; the buffer is transferred. */
  | { type: "rows"; rows: Float64Array; count: number; step: number }
  | { type: "cells"; size: Float64Array; shade: Float64Array; outline: Uint8Array; step: number }
  | { type: "paused"; step: number }
  | { type: "done"; status: StepperStatus; failure?: StepperFailure; hash: string; step: number }
  | { type: "error"; message: string };

/** A message from a simulation worker: an event tagged with the generation of its run. */
export type FromWorker = WorkerEvent & { gen: number };
