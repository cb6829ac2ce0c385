import { UserError } from "../scenario/errors.ts";

/** Where Redis is, as given by the user, and how to name it in messages without its password. */
export interface RedisTarget {
  /** The URL as given (ioredis reads host, port, user, password, database and TLS from it). */
  url: string;
  /** The URL with the password replaced by `***`: the only form that appears in messages. */
  display: string;
  tls: boolean;
  host: string;
  port: number;
}

const EXAMPLE = "redis://host:6379 or rediss://:password@host:6380/0";

/** A URL with anything between `//` and `@` masked: for a string that is not even a URL. */
function maskCredentials(raw: string): string {
  return raw.replace(/\/\/[^@/]*@/, "//***@");
}

/**
 * Check a Redis URL (`redis://` or `rediss://` for TLS; `user:password@` and a database number
 * optional) and derive the form shown in messages. The password never appears in an error.
 */
export function parseRedisUrl(raw: string, flag = "--redis"): RedisTarget {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new UserError(
      `${flag}: expected a URL like ${EXAMPLE}, got ${JSON.stringify(maskCredentials(raw))}`,
    );
  }
  if (u.protocol !== "redis:" && u.protocol !== "rediss:")
    throw new UserError(
      `${flag}: expected a redis:// or rediss:// (TLS) URL, got ${JSON.stringify(`${u.protocol}//${u.host}`)}`,
    );
  if (!u.hostname) throw new UserError(`${flag}: the URL has no host (expected ${EXAMPLE})`);
  const port = u.port ? Number(u.port) : 6379;
  const db = u.pathname.replace(/^\//, "");
  if (db !== "" && !/^\d{1,4}$/.test(db))
    throw new UserError(`${flag}: the database after the host must be a number, got ${JSON.stringify(db)}`);
  const auth = u.username || u.password ? `${u.username}${u.password ? ":***" : ""}@` : "";
  return {
    url: raw,
    display: `${u.protocol}//${auth}${u.host}${db ? `/${db}` : ""}`,
    tls: u.protocol === "rediss:",
    host: u.hostname,
    port,
  };
}

/** `raw` with its password masked (for messages that quote a URL we could not parse). */
export function displayRedisUrl(raw: string): string {
  try {
    return parseRedisUrl(raw).display;
  } catch {
    return maskCredentials(raw);
  }
}
