import { realpathSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { UserError } from "../scenario/errors.ts";
import { fileKind } from "../store/header.ts";

/** An output a command is about to write, and the flag that named it. */
export interface Output {
  path: string;
  /** e.g. `--out`; `--out (series file)` for a sibling. */
  flag: string;
}

/** An input a command reads, named in the message when an output would replace it. */
export interface Input {
  path: string;
  /** e.g. "the results database", "the scenario file". */
  what: string;
}

/** Where a path leads, links followed; for a file not there yet, its real directory and its name. */
export function realTarget(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(realpathSync(dirname(resolve(path))), basename(path));
    } catch {
      return resolve(path);
    }
  }
}

function identity(path: string): string | undefined {
  try {
    const st = statSync(path);
    return `${st.dev}:${st.ino}`;
  } catch {
    return undefined;
  }
}

/**
 * Refuse, before anything is written, an output that would destroy an input: one that resolves
 * (links followed, or the same file through a hard link) to a file the command reads (the results
 * database and its write-ahead log included), an existing output that is not a regular file
 * (a device, a FIFO, a directory: renaming over it would replace it), and an existing output that
 * is a DuckDB database (never replaced by an output, whatever the flags). One line, exit 2.
 */
export function checkOutputs(outputs: readonly Output[], inputs: readonly Input[]): void {
  const ins: { real: string; id?: string; what: string; path: string }[] = [];
  for (const i of inputs) {
    for (const [p, what] of [
      [i.path, i.what],
      ...(i.what === "the results database" ? [[`${i.path}.wal`, "the results database's log"]] : []),
    ] as const)
      ins.push({ real: realTarget(p), id: identity(p), what, path: p });
  }
  const seen = new Map<string, Output>();
  for (const o of outputs) {
    const real = realTarget(o.path);
    const id = identity(o.path);
    for (const i of ins)
      if (real === i.real || (id !== undefined && id === i.id))
        throw new UserError(
          `${o.flag} ${o.path}: is ${i.what} ${i.path} (writing it would destroy it); choose another ${o.flag.split(" ")[0]}`,
        );
    const twice = seen.get(real);
    if (twice)
      throw new UserError(`${o.flag} ${o.path}: is also ${twice.flag} ${twice.path}; choose another`);
    seen.set(real, o);
    let st: ReturnType<typeof statSync> | undefined;
    try {
      st = statSync(o.path);
    } catch {
      st = undefined;
    }
    if (!st) continue;
    if (!st.isFile())
      throw new UserError(
        `${o.flag} ${o.path}: exists and is not a regular file (${st.isDirectory() ? "a directory" : "a device, FIFO or socket"}); choose another ${o.flag.split(" ")[0]}`,
      );
    if (fileKind(o.path) === "duckdb")
      throw new UserError(
        `${o.flag} ${o.path}: is a DuckDB database; refusal never replaces a database with an output: choose another ${o.flag.split(" ")[0]}`,
      );
  }
}
