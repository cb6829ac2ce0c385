import { UserError } from "../scenario/errors.ts";

/** The one-line message for a database another process holds open. */
export function inUseMessage(path: string): string {
  return `${path}: the database is in use by another process (another sweep?); wait for it to finish or use another --db`;
}

export function notADatabaseMessage(path: string): string {
  return `${path}: not a refusal results database (expected a DuckDB file)`;
}

const rules: { test: RegExp; message: (path: string, m: string) => string }[] = [
  { test: /Could not set lock on file|Conflicting lock is held/i, message: (p) => inUseMessage(p) },
  { test: /not a valid DuckDB database file/i, message: (p) => notADatabaseMessage(p) },
  {
    test: /No space left on device|ENOSPC|disk is full|out of disk/i,
    message: (p) =>
      `${p}: disk full while writing the results database; the runs already committed are kept: free some space and start again (stored runs are skipped)`,
  },
  {
    test: /Read-only file system|EROFS/i,
    message: (p) => `${p}: cannot write the results database there: read-only file system (use another --db)`,
  },
  {
    test: /Permission denied|EACCES|EPERM/i,
    message: (p) => `${p}: cannot write the results database there: permission denied (use another --db)`,
  },
  {
    test: /Not a directory|ENOTDIR/i,
    message: (p) => `${p}: cannot create the results database: a part of the path is a file, not a directory`,
  },
  {
    test: /Could not read enough bytes from file/i,
    message: (p) =>
      `${p}: damaged results database: the file is truncated (shorter than its own header says); restore it from a copy or use another --db`,
  },
  {
    test: /Corrupt database file|does not match stored checksum|checksum mismatch/i,
    message: (p) =>
      `${p}: damaged results database: a block fails its checksum (the file is corrupt); restore it from a copy or use another --db`,
  },
  {
    test: /database file with version number|newer version of DuckDB|incompatible storage version/i,
    message: (p) => `${p}: written by a newer version of DuckDB than this refusal uses; upgrade refusal`,
  },
];

/** The first line of an error's message (DuckDB appends hints and URLs on later lines). */
export function firstLine(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  return m.split("\n", 1)[0];
}

/**
 * Translate a failure of DuckDB or of the file system into a one-line UserError when it is a
 * fault of the user's environment (lock held, not a database, disk full, read-only place);
 * anything else stays an Error (a bug to report), prefixed with the path and what we were doing.
 * The original error is kept as `cause`.
 */
export function storeError(path: string, e: unknown, doing: string): Error {
  if (e instanceof UserError) return e;
  const m = e instanceof Error ? `${(e as NodeJS.ErrnoException).code ?? ""} ${e.message}` : String(e);
  for (const r of rules)
    if (r.test.test(m)) return Object.assign(new UserError(r.message(path, m)), { cause: e });
  return new Error(`${path}: ${doing}: ${firstLine(e)}`, { cause: e });
}
