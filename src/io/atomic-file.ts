import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { OutputError, UserError } from "../scenario/errors.ts";

/** The file-system calls a writer makes (a test passes failing ones). */
export interface WriteCalls {
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number): number;
}

const realCalls: WriteCalls = { writeSync: (fd, b, o, l) => writeSync(fd, b, o, l) };

/** A one-line reason for a failed write, from the error's code. */
function why(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOSPC") return "disk full";
  if (code === "EDQUOT") return "disk quota exceeded";
  if (code === "EROFS") return "read-only file system";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ENOENT") return "no such directory";
  if (code === "ENOTDIR") return "a part of the path is not a directory";
  if (code === "EISDIR") return "is a directory";
  if (code === "EIO") return "input/output error";
  return code ?? String((e as Error).message).split("\n")[0];
}

/**
 * An output file written under a temporary name beside it (`<path>.tmp-<pid>`, created
 * exclusively) and renamed over the target only when complete, so that no reader and no crash
 * ever sees half a file. Every write is checked: a short write or an error (ENOSPC, EIO) removes
 * the temporary file and throws a one-line OutputError (exit 1); a target that cannot be created
 * at all is a UserError (exit 2).
 */
export class AtomicFile {
  private fd: number | undefined;
  private bytes = 0;
  readonly tmp: string;

  private constructor(
    readonly path: string,
    private readonly what: string,
    private readonly calls: WriteCalls,
  ) {
    this.tmp = `${path}.tmp-${process.pid}`;
  }

  /** Open the temporary file beside `path`; `what` names the output in messages ("the report"). */
  static open(path: string, what: string, calls: WriteCalls = realCalls): AtomicFile {
    const f = new AtomicFile(path, what, calls);
    rmSync(f.tmp, { force: true }); // a leftover of this pid (a killed run): never written through
    try {
      f.fd = openSync(f.tmp, "wx", 0o644);
    } catch (e) {
      throw new UserError(`${path}: cannot write ${what}: ${why(e)}`);
    }
    return f;
  }

  /** Bytes written so far. */
  get size(): number {
    return this.bytes;
  }

  /** Append text or bytes; every byte checked written. */
  write(data: string | Uint8Array): void {
    if (this.fd === undefined) throw new Error(`${this.path}: write after close`);
    const buf = typeof data === "string" ? Buffer.from(data) : data;
    let off = 0;
    while (off < buf.length) {
      let n: number;
      try {
        n = this.calls.writeSync(this.fd, buf, off, buf.length - off);
      } catch (e) {
        this.fail(why(e), e);
      }
      if (!(n > 0)) this.fail("short write (the disk is full?)");
      off += n;
    }
    this.bytes += buf.length;
  }

  /** Flush to disk and move the file into place. */
  commit(): void {
    const fd = this.fd;
    if (fd === undefined) throw new Error(`${this.path}: commit after close`);
    try {
      fsyncSync(fd);
      closeSync(fd);
      this.fd = undefined;
      renameSync(this.tmp, this.path);
    } catch (e) {
      this.fail(why(e), e);
    }
  }

  /** Remove the temporary file (the target is left as it was). Idempotent. */
  abort(): void {
    if (this.fd !== undefined) {
      try {
        closeSync(this.fd);
      } catch {}
      this.fd = undefined;
    }
    rmSync(this.tmp, { force: true });
  }

  private fail(reason: string, cause?: unknown): never {
    this.abort();
    throw new OutputError(
      `${this.path}: cannot write ${this.what}: ${reason}; nothing was written (the partial file was removed)`,
      { cause },
    );
  }
}

/** Write a whole file atomically (see AtomicFile). */
export function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  what: string,
  calls?: WriteCalls,
): number {
  const f = AtomicFile.open(path, what, calls);
  try {
    f.write(data);
    f.commit();
    return f.size;
  } catch (e) {
    f.abort();
    throw e;
  }
}
