import { SingleBar } from "cli-progress";
import type { SweepProgress } from "../experiments/prologue.ts";
import { fmt } from "./format.ts";

/** What a sweep needs from the terminal: interrupt signals and progress callbacks. */
export interface SweepUi {
  signal: AbortSignal;
  hardSignal: AbortSignal;
  onStart: (p: SweepProgress) => void;
  onProgress: (p: SweepProgress) => void;
  /** True once the user pressed Ctrl-C (or sent SIGTERM). */
  interrupted(): boolean;
  /** Stop drawing the bar (before printing the result). */
  stop(): void;
}

/**
 * Run `fn` with a progress bar on stderr (runs done/total, runs per second, ETA, failures; a plain
 * line every 5 s, or every REFUSAL_PROGRESS_MS, when not a terminal) and Ctrl-C handling: the first
 * interrupt finishes the runs in flight, a second abandons them.
 */
export async function withSweepUi<T>(label: string, fn: (ui: SweepUi) => Promise<T>): Promise<T> {
  const soft = new AbortController();
  const hard = new AbortController();
  const onSignal = () => {
    if (!soft.signal.aborted) {
      soft.abort();
      process.stderr.write(
        "\nrefusal: interrupted: finishing the runs in flight (Ctrl-C again to abandon them)\n",
      );
    } else hard.abort();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  const bar = new SingleBar({
    format: `${label} {bar} {value}/{total} | {rate} runs/s | ETA {eta_formatted} | failed {failed}`,
    noTTYOutput: true,
    notTTYSchedule: Number(process.env.REFUSAL_PROGRESS_MS) || 5000,
    stream: process.stderr,
    etaBuffer: 50,
    hideCursor: false,
  });
  // Each sweep of a command (theses run several) restarts the bar and its rate.
  let started = performance.now();
  let atStart = 0;
  try {
    return await fn({
      signal: soft.signal,
      hardSignal: hard.signal,
      interrupted: () => soft.signal.aborted,
      stop: () => bar.stop(),
      onStart: (p) => {
        atStart = p.done;
        started = performance.now();
        bar.start(p.total, p.done, { rate: "0", failed: 0 });
      },
      onProgress: (p) => {
        const secs = (performance.now() - started) / 1000;
        bar.update(p.done, { rate: fmt((p.done - atStart) / Math.max(secs, 1e-3)), failed: p.failed });
      },
    });
  } finally {
    bar.stop();
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}
