import { statSync } from "node:fs";
import { availableParallelism } from "node:os";
import type { Command } from "commander";
import { UserError } from "../scenario/errors.ts";
import { DEFAULT_LIMITS, formatBytes, type Limits, setLimits } from "../scenario/limits.ts";
import { quoteJson } from "../scenario/quote.ts";

const MiB = 1024 * 1024;

/** Print a one-line note on stderr (not an error: the command goes on). */
export function note(line: string): void {
  process.stderr.write(`refusal: note: ${line}\n`);
}

/**
 * A count of threads from a flag, capped at the cores of this machine (more threads than cores
 * only take memory: each holds a model and a V8 heap), with a note when capped.
 */
export function capAtCores(n: number, flag: string, cores = availableParallelism()): number {
  if (n <= cores) return n;
  note(`${flag} ${n}: this machine has ${cores} core${cores === 1 ? "" : "s"}; using ${cores}`);
  return cores;
}

/** `--workers N`: 0 runs inline, otherwise a pool of N worker threads (at most the cores); absent means every core. */
export function parseWorkers(raw: string | undefined, cores = availableParallelism()): number | undefined {
  if (raw === undefined) return undefined;
  const n = raw.trim() === "" ? Number.NaN : Number(raw);
  if (!Number.isSafeInteger(n) || n < 0 || n > 1024) {
    throw new UserError(`--workers: expected an integer from 0 (inline) to 1024, got ${quoteJson(raw)}`);
  }
  return capAtCores(n, "--workers", cores);
}

function positive(raw: string, flag: string, integer: boolean, max: number): number {
  const n = raw.trim() === "" ? Number.NaN : Number(raw);
  if (!Number.isFinite(n) || n <= 0 || n > max || (integer && !Number.isSafeInteger(n)))
    throw new UserError(
      `${flag}: expected ${integer ? "an integer" : "a number"} above 0 and at most ${max}, got ${quoteJson(raw)}`,
    );
  return n;
}

export interface LimitFlags {
  maxFileSize?: string;
  maxRuns?: string;
  maxMemory?: string;
}

/** Add `--max-file-size`, `--max-runs` and `--max-memory` to a command that reads input files. */
export function withLimitOptions(cmd: Command, plans = true): Command {
  cmd.option(
    "--max-file-size <MiB>",
    `largest scenario/experiment/thesis file read (default ${formatBytes(DEFAULT_LIMITS.maxFileBytes)})`,
  );
  if (plans)
    cmd
      .option(
        "--max-runs <n>",
        `most runs an experiment may plan (default ${DEFAULT_LIMITS.maxRuns.toLocaleString("en-US")})`,
      )
      .option(
        "--max-memory <MiB>",
        `most memory an experiment's plan may be estimated to need (default ${formatBytes(DEFAULT_LIMITS.maxPlanBytes)})`,
      );
  return cmd;
}

/** Apply the limit flags of a command (see scenario/limits.ts). */
export function applyLimitFlags(o: LimitFlags): void {
  const next: Partial<Limits> = {};
  if (o.maxFileSize !== undefined)
    next.maxFileBytes = Math.round(positive(o.maxFileSize, "--max-file-size", false, 1024 * 1024) * MiB);
  if (o.maxRuns !== undefined) next.maxRuns = positive(o.maxRuns, "--max-runs", true, 2 ** 31 - 1);
  if (o.maxMemory !== undefined)
    next.maxPlanBytes = Math.round(positive(o.maxMemory, "--max-memory", false, 1024 * 1024) * MiB);
  setLimits(next);
}

/** A directory given by a flag: exists and is a directory, or a one-line UserError. */
export function checkDirectory(dir: string, flag: string): void {
  let st: ReturnType<typeof statSync>;
  try {
    st = statSync(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(
      `${flag} ${dir}: ${code === "ENOENT" ? "no such directory" : code === "EACCES" ? "permission denied" : `cannot read: ${code ?? (e as Error).message}`}`,
    );
  }
  if (!st.isDirectory()) throw new UserError(`${flag} ${dir}: not a directory`);
}
