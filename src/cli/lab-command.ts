import { type Command, Option } from "commander";
import { UserError } from "../scenario/errors.ts";
import { ensureLab } from "./lab-build.ts";
import { startLabServer } from "./lab-server.ts";

export const DEFAULT_LAB_PORT = 5180;

export interface LabFlags {
  port?: string;
  host?: string;
  dir?: string;
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_LAB_PORT;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < 0 || n > 65535 || raw.trim() === "")
    throw new UserError(
      `--port: expected an integer from 0 (any free port) to 65535, got ${JSON.stringify(raw)}`,
    );
  return n;
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1"]);

/**
 * `refusal lab`: serve the built browser lab (dist/lab/, built on first use or when its sources
 * changed) on 127.0.0.1 and print its URL; runs until Ctrl-C.
 */
export async function labCommand(o: LabFlags): Promise<void> {
  const port = parsePort(o.port);
  const host = o.host ?? "127.0.0.1";
  const err = (s: string) => process.stderr.write(`refusal lab: ${s}\n`);
  let root: string;
  try {
    root = o.dir ?? (await ensureLab(err));
  } catch (e) {
    throw new UserError(e instanceof Error ? e.message : String(e));
  }
  const server = await startLabServer({ root, port, host }).catch((e: NodeJS.ErrnoException) => {
    if (e.code === "EADDRINUSE")
      throw new UserError(`--port ${port}: in use; try --port 0 for any free port`);
    if (e.code === "EADDRNOTAVAIL" || e.code === "ENOTFOUND")
      throw new UserError(`--host ${host}: not an address of this machine`);
    if (e.code === "ENOENT") throw new UserError(`--dir ${root}: no such directory`);
    throw e;
  });
  if (!LOOPBACK.has(host)) err(`warning: listening on ${host}, reachable from other machines`);
  process.stdout.write(`refusal lab: ${server.url}  (Ctrl-C to stop)\n`);
  await new Promise<void>((done) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      server.close().then(done);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

/** Add `refusal lab [--port N] [--host 127.0.0.1]` to the program. */
export function registerLabCommand(program: Command): void {
  program
    .command("lab")
    .description("Serve the browser lab (presets, sliders, live charts) on 127.0.0.1 and print its URL")
    .option("--port <n>", `port to listen on (0: any free port; default ${DEFAULT_LAB_PORT})`)
    .option("--host <address>", "address to listen on (default 127.0.0.1: this machine only)")
    .addOption(new Option("--dir <path>", "serve this directory instead of the built lab").hideHelp())
    .action((o: LabFlags) => labCommand(o));
}
