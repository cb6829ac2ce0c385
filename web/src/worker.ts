/**
 * The simulation worker: one run of one model, stepped in batches of at most ~12 ms so that
 * pause and step messages are answered at once; rows go to the page as transferred typed arrays.
 * No model logic and no loop here: the model comes from the registry by name, the loop is the
 * engine's (`Stepper`, src/engine/stepper.ts: the one `refusal run` and the sweeps run too).
 */
import type { WithCells } from "./cells.ts";
import { getModel, Stepper } from "./engine.ts";
import type { FromWorker, ToWorker, WorkerEvent } from "./protocol.ts";

interface WorkerScope {
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
}
const scope = self as unknown as WorkerScope;

/** Longest stretch of stepping before the worker looks at its messages again, ms. */
const SLICE_MS = 12;
/** Least time between two workplace snapshots, ms. */
const CELLS_EVERY_MS = 200;

let stepper: Stepper | null = null;
let running = false;
let unitsPerSecond = Number.POSITIVE_INFINITY;
let credit = 0;
let lastTick = 0;
let lastCells = Number.NEGATIVE_INFINITY;
let timer: ReturnType<typeof setTimeout> | undefined;

let gen = 0;

const post = (msg: WorkerEvent, transfer: Transferable[] = []) =>
  scope.postMessage({ ...msg, gen }, transfer);

/** Run up to `maxRows` rows until `deadline`, posting them; returns the rows produced. */
function produce(s: Stepper, maxRows: number, deadline: number): number {
  const stride = s.width + 1;
  let done = 0;
  while (done < maxRows && !s.finished) {
    const cap = Math.min(maxRows - done, 4096);
    const buf = new Float64Array(cap * stride);
    const n = s.advance(cap, buf, deadline);
    if (n > 0) {
      const rows = n === cap ? buf : buf.slice(0, n * stride);
      post({ type: "rows", rows, count: n, step: s.step }, [rows.buffer]);
    }
    done += n;
    if (n < cap || performance.now() > deadline) break;
  }
  return done;
}

function postCells(s: Stepper, force: boolean): void {
  const sim = s.sim as WithCells;
  if (!sim.cells) return;
  const now = performance.now();
  if (!force && now - lastCells < CELLS_EVERY_MS) return;
  lastCells = now;
  const c = sim.cells();
  const size = Float64Array.from(c.size);
  const shade = Float64Array.from(c.shade);
  const outline = Uint8Array.from(c.outline);
  post({ type: "cells", size, shade, outline, step: s.step }, [size.buffer, shade.buffer, outline.buffer]);
}

function finish(s: Stepper): void {
  running = false;
  postCells(s, true);
  post({ type: "done", status: s.status, failure: s.failure, hash: s.hash ?? "", step: s.step });
}

function tick(): void {
  timer = undefined;
  const s = stepper;
  if (!s || !running) return;
  const now = performance.now();
  let maxRows = Number.POSITIVE_INFINITY;
  if (Number.isFinite(unitsPerSecond)) {
    const rate = unitsPerSecond * s.model.stepsPerUnit; // steps per second
    credit = Math.min(credit + ((now - lastTick) / 1000) * rate, Math.max(1, rate / 4));
    maxRows = Math.floor(credit);
  }
  lastTick = now;
  if (maxRows > 0) credit -= produce(s, maxRows, now + SLICE_MS);
  if (s.finished) {
    finish(s);
    return;
  }
  postCells(s, false);
  timer = setTimeout(tick, Number.isFinite(unitsPerSecond) ? 16 : 0);
}

function stop(): void {
  running = false;
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
}

scope.onmessage = (e) => {
  const msg = e.data;
  try {
    switch (msg.type) {
      case "init": {
        stop();
        gen = msg.gen;
        stepper = null;
        const model = getModel(msg.model);
        const params = model.params.parse(msg.params) as Record<string, unknown>;
        stepper = new Stepper(model, params, msg.seed, msg.horizon);
        credit = 0;
        lastCells = Number.NEGATIVE_INFINITY;
        post({
          type: "ready",
          metrics: [...model.metrics],
          totalSteps: stepper.totalSteps,
          stepsPerUnit: model.stepsPerUnit,
          hasCells: typeof (stepper.sim as WithCells).cells === "function",
        });
        return;
      }
      case "speed":
        unitsPerSecond = msg.unitsPerSecond > 0 ? msg.unitsPerSecond : Number.POSITIVE_INFINITY;
        return;
      case "run":
        if (!stepper || stepper.finished || running) return;
        running = true;
        credit = 1;
        lastTick = performance.now();
        tick();
        return;
      case "pause":
        stop();
        if (stepper) post({ type: "paused", step: stepper.step });
        return;
      case "step": {
        stop();
        const s = stepper;
        if (!s || s.finished) return;
        produce(s, msg.steps + (s.rows === 0 ? 1 : 0), Number.POSITIVE_INFINITY);
        if (s.finished) {
          finish(s);
          return;
        }
        postCells(s, true);
        post({ type: "paused", step: s.step });
        return;
      }
    }
  } catch (err) {
    stop();
    post({ type: "error", message: err instanceof Error ? err.message : String(err) });
  }
};
