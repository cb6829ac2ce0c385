import { UserError } from "../scenario/errors.ts";

/** `--workers N`: 0 runs inline, otherwise a pool of N worker threads; absent means every core. */
export function parseWorkers(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < 0 || n > 1024) {
    throw new UserError(`--workers: expected an integer from 0 (inline) to 1024, got ${JSON.stringify(raw)}`);
  }
  return n;
}
