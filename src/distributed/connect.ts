import { Redis } from "ioredis";
import { UserError } from "../scenario/errors.ts";
import type { RedisTarget } from "./redis-url.ts";
import { redisVersionFromInfo, redisVersionProblem } from "./redis-version.ts";

export interface ConnectOptions {
  /** Give up on the first connection after this long (default 10 s). */
  timeoutMs?: number;
  /** Shown by `CLIENT LIST` (e.g. `refusal-worker`). */
  connectionName?: string;
}

export interface Connected {
  client: Redis;
  version: string;
}

const TLS_CODES = /^(ERR_TLS|ERR_SSL|DEPTH_ZERO|SELF_SIGNED|UNABLE_TO|CERT_|HOSTNAME_MISMATCH)/;

/** One line saying why Redis at `where` cannot be used, from what the connection attempt saw. */
export function connectionProblem(where: string, e: unknown, timeoutMs: number): string {
  const err = e as { code?: string; message?: string } | undefined;
  const code = err?.code ?? "";
  const msg = String(err?.message ?? e).split("\n")[0];
  if (code === "ECONNREFUSED")
    return `cannot reach Redis at ${where}: connection refused (is redis-server running there?)`;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return `cannot reach Redis at ${where}: unknown host`;
  if (code === "EHOSTUNREACH" || code === "ENETUNREACH")
    return `cannot reach Redis at ${where}: no route to the host`;
  if (code === "ETIMEDOUT" || /timed? ?out/i.test(msg))
    return `cannot reach Redis at ${where}: no answer within ${timeoutMs / 1000} s`;
  if (/^NOAUTH/.test(msg))
    return `Redis at ${where} needs a password: give it in the URL, e.g. redis://:PASSWORD@host:port`;
  if (/^WRONGPASS|invalid password|^ERR AUTH/i.test(msg))
    return `Redis at ${where} refused the user name or password in the URL`;
  if (TLS_CODES.test(code) || /certificate|SSL|TLS/i.test(msg))
    return `TLS connection to Redis at ${where} failed: ${msg} (for a private certificate authority, set NODE_EXTRA_CA_CERTS=/path/to/ca.pem)`;
  if (/Unknown RESP type|Protocol error/i.test(msg))
    return `the server at ${where} does not speak the Redis protocol (wrong port?)`;
  if (code === "ECONNRESET" || /Connection is closed/i.test(msg))
    return `Redis at ${where} closed the connection (a TLS-only port? then use rediss://)`;
  return `cannot use Redis at ${where}: ${msg}`;
}

/** The database index in a redis:// URL's path, if any. */
export function databaseIndex(url: string): number | undefined {
  try {
    const db = new URL(url).pathname.replace(/^\//, "");
    return db === "" ? undefined : Number(db);
  } catch {
    return undefined;
  }
}

/**
 * Connect to Redis and check it can serve the queue: reachable within the timeout (never waits
 * forever), credentials accepted, version at least MIN_REDIS_VERSION. Anything wrong is a one-line
 * UserError naming the server without its password. Once connected, the client reconnects by
 * itself after a loss (every 0.2 s to 2 s) and holds commands until then
 * (`maxRetriesPerRequest: null`, which BullMQ workers need); callers decide how long to wait.
 */
export async function connectRedis(target: RedisTarget, opts: ConnectOptions = {}): Promise<Connected> {
  const timeoutMs = opts.timeoutMs ?? 10_000;
  let probing = true;
  let lastError: unknown;
  const client = new Redis(target.url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: null,
    connectionName: opts.connectionName,
    retryStrategy: (times) => (probing ? null : Math.min(200 * times, 2000)),
  });
  // Without a listener ioredis prints every connection error; the callers watch the status.
  client.on("error", (e) => {
    lastError = e;
  });
  let timer: NodeJS.Timeout | undefined;
  try {
    const info = await Promise.race([
      (async () => {
        await client.connect();
        // ioredis only logs a failed SELECT and goes on in database 0: select it ourselves, so that
        // a database index out of range refuses to start instead of serving another database.
        const db = databaseIndex(target.url);
        if (db !== undefined) {
          try {
            await client.select(db);
          } catch (e) {
            throw new UserError(
              `Redis at ${target.display} cannot be used: it has no database ${db} (${String((e as Error).message).split("\n")[0]}); use a database index below its 'databases' setting (16 by default)`,
            );
          }
        }
        return client.info("server");
      })(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(Object.assign(new Error("timed out"), { code: "ETIMEDOUT" })),
          timeoutMs,
        );
      }),
    ]);
    const problem = redisVersionProblem(info);
    if (problem) throw new UserError(`Redis at ${target.display} cannot be used: ${problem}`);
    probing = false;
    return { client, version: redisVersionFromInfo(info)! };
  } catch (e) {
    client.disconnect();
    if (e instanceof UserError) throw e;
    // The error event often says more (ECONNREFUSED) than the rejection ("Connection is closed").
    const cause = (e as Error)?.message?.includes("Connection is closed") && lastError ? lastError : e;
    throw new UserError(connectionProblem(target.display, cause, timeoutMs));
  } finally {
    clearTimeout(timer);
  }
}
