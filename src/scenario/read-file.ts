import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from "node:fs";
import { type DataFile, parseDataText } from "./datafile.ts";
import { UserError } from "./errors.ts";
import { formatBytes, LIMIT_FLAGS, limits } from "./limits.ts";
import { type ModelLookup, type Scenario, scenarioFromData } from "./scenario.ts";

/** What a path is when it is not a regular file, in words. */
export function kindOf(st: Stats): string {
  if (st.isDirectory()) return "a directory";
  if (st.isFIFO()) return "a named pipe (FIFO)";
  if (st.isCharacterDevice()) return "a character device";
  if (st.isBlockDevice()) return "a block device";
  if (st.isSocket()) return "a socket";
  return "not a regular file";
}

function openError(file: string, e: unknown): UserError {
  const code = (e as NodeJS.ErrnoException).code;
  const why =
    code === "ENOENT"
      ? "no such file"
      : code === "EISDIR"
        ? "is a directory, expected a file"
        : code === "EACCES" || code === "EPERM"
          ? "permission denied"
          : code === "ENOTDIR"
            ? "a part of the path is not a directory"
            : code === "ELOOP"
              ? "too many symbolic links"
              : (code ?? String((e as Error).message).split("\n")[0]);
  return new UserError(`${file}: cannot read: ${why}`);
}

/**
 * The text of an input file (scenario, experiment, thesis), read only if it is a regular file no
 * larger than the limit in force: a FIFO, a device, a socket or a directory is refused without
 * blocking on it (opened non-blocking, checked with fstat), and the size is checked before a
 * byte is parsed. `what` names the file in messages ("scenario file").
 */
export function readInputText(file: string, what = "file"): string {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (e) {
    throw openError(file, e);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new UserError(`${file}: cannot read: ${kindOf(st)}, expected a regular ${what}`);
    const max = limits().maxFileBytes;
    if (st.size > max)
      throw new UserError(
        `${file}: ${formatBytes(st.size)} is larger than the limit of ${formatBytes(max)} for a ${what} (raise it with ${LIMIT_FLAGS.maxFileBytes} MiB)`,
      );
    // Read at most max + 1 bytes: a file that grows while it is read is still bounded.
    const buf = Buffer.alloc(Math.min(st.size, max) + 1);
    let n = 0;
    for (;;) {
      const got = readSync(fd, buf, n, buf.length - n, n);
      if (got === 0) break;
      n += got;
      if (n === buf.length) break;
    }
    if (n > max)
      throw new UserError(
        `${file}: larger than the limit of ${formatBytes(max)} for a ${what} (raise it with ${LIMIT_FLAGS.maxFileBytes} MiB)`,
      );
    return buf.toString("utf8", 0, n);
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw openError(file, e);
  } finally {
    closeSync(fd);
  }
}

/** Read and parse a data file; a missing, unreadable, special or oversized file is a one-line UserError. */
export function readDataFile(file: string, what = "file"): DataFile {
  return parseDataText(readInputText(file, what), file);
}

/** Load and validate a scenario file (YAML or JSON). */
export function loadScenario(file: string, lookup: ModelLookup): Scenario {
  return scenarioFromData(readDataFile(file, "scenario file"), lookup);
}
