import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from "node:fs";

/**
 * DuckDB's main header: an 8-byte checksum, then the magic bytes "DUCK" at offset 8 (checked on
 * a file written by DuckDB 1.5.6, see header.test.ts).
 */
export const DUCKDB_MAGIC = "DUCK";
export const DUCKDB_MAGIC_OFFSET = 8;

/** What is at a path we are asked to open as a database. */
export type FileKind = "missing" | "duckdb" | "other" | "directory" | "special";

/** A path that is neither a regular file nor a directory, in words. */
export function specialKind(st: Stats): string {
  if (st.isFIFO()) return "a named pipe (FIFO)";
  if (st.isCharacterDevice()) return "a character device";
  if (st.isBlockDevice()) return "a block device";
  if (st.isSocket()) return "a socket";
  return "not a regular file";
}

/**
 * Look at a path without changing it: opened read-only and non-blocking (a FIFO does not wait for
 * a writer), checked with fstat (a FIFO, device or socket is "special", never read), 12 bytes
 * read, closed. An empty file is "other" (DuckDB refuses it too). Errors other than "no such
 * file" propagate.
 */
export function fileKind(path: string): FileKind {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return "missing";
    if (code === "EISDIR") return "directory";
    throw e;
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return "directory";
    if (!st.isFile()) return "special";
    const buf = Buffer.alloc(DUCKDB_MAGIC_OFFSET + DUCKDB_MAGIC.length);
    let n: number;
    try {
      n = readSync(fd, buf, 0, buf.length, 0);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "EISDIR") return "directory";
      throw e;
    }
    if (n < buf.length) return "other";
    return buf.toString("latin1", DUCKDB_MAGIC_OFFSET) === DUCKDB_MAGIC ? "duckdb" : "other";
  } finally {
    closeSync(fd);
  }
}
