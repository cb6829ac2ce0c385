/**
 * The limits that keep every command's work bounded before it starts: how large an input file may
 * be, how many runs an experiment may plan, and how much memory its plan may need. Defaults are
 * stated here and in the README; the CLI raises them with `--max-file-size`, `--max-runs` and
 * `--max-memory` (see cli/flags.ts), once per command, before any file is read.
 */

import { UserError } from "./errors.ts";

const MiB = 1024 * 1024;

/** Longest horizon of a run, in the model's time unit (scenario, experiment and thesis files, and --horizon). */
export const MAX_HORIZON = 1e7;

export interface Limits {
  /** Largest scenario, experiment or thesis file read, in bytes (parsing takes ~100-250 bytes of memory per byte). */
  maxFileBytes: number;
  /** Most runs (design points x seeds) an experiment or thesis may plan. */
  maxRuns: number;
  /** Most memory an experiment's plan may be estimated to need, in bytes (see experiments/plan-size.ts). */
  maxPlanBytes: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxFileBytes: 1 * MiB,
  maxRuns: 1_000_000,
  maxPlanBytes: 512 * MiB,
});

/** The flag that raises each limit (named in the messages of refusals). */
export const LIMIT_FLAGS: Readonly<Record<keyof Limits, string>> = Object.freeze({
  maxFileBytes: "--max-file-size",
  maxRuns: "--max-runs",
  maxPlanBytes: "--max-memory",
});

let current: Limits = { ...DEFAULT_LIMITS };

/** The limits in force. */
export function limits(): Readonly<Limits> {
  return current;
}

/** Set some limits (the others keep their value); returns the previous ones, to restore them. */
export function setLimits(next: Partial<Limits>): Limits {
  const before = current;
  current = { ...current, ...next };
  return before;
}

/**
 * Refuse a plan over the run or memory limit before anything is expanded: the message names the
 * limit, the flag that raises it, and how many runs were planned. `where` prefixes the message
 * (`file:line:col: design`).
 */
export function checkPlannedRuns(runs: number, bytes: number, where: string): void {
  const { maxRuns, maxPlanBytes } = limits();
  const planned =
    Number.isFinite(runs) && runs < 1e21 ? Math.round(runs).toLocaleString("en-US") : String(runs);
  if (!(runs <= maxRuns))
    throw new UserError(
      `${where}: ${planned} runs planned, more than the limit of ${maxRuns.toLocaleString("en-US")} (raise it with ${LIMIT_FLAGS.maxRuns} N)`,
    );
  if (!(bytes <= maxPlanBytes))
    throw new UserError(
      `${where}: ${planned} runs planned, estimated to need ${formatBytes(bytes)} of memory to plan, more than the limit of ${formatBytes(maxPlanBytes)} (raise it with ${LIMIT_FLAGS.maxPlanBytes} MiB)`,
    );
}

/** `1.5 MiB`, `512 MiB`, `3 GiB`: a byte count for messages. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < MiB) return `${Number((n / 1024).toPrecision(3))} KiB`;
  if (n < 1024 * MiB) return `${Number((n / MiB).toPrecision(3))} MiB`;
  return `${Number((n / (1024 * MiB)).toPrecision(3))} GiB`;
}
