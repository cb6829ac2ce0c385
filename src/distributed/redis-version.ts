/**
 * The oldest Redis refusal accepts: BullMQ starts on 5.0 but warns below 6.2, its recommended
 * minimum (it blocks for fractions of a second only from 6.0 on, see its redis-connection.js).
 */
export const MIN_REDIS_VERSION = "6.2.0";

/** The server's version from the text of `INFO server` (`redis_version:7.0.15`), or undefined. */
export function redisVersionFromInfo(info: string): string | undefined {
  const m = /^redis_version:([0-9][0-9.]*)\s*$/m.exec(info);
  return m?.[1];
}

/** -1, 0 or 1 as dotted version `a` is older than, equal to or newer than `b` (missing parts are 0). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/** Why this server cannot be used (a sentence), or undefined when it can. */
export function redisVersionProblem(info: string): string | undefined {
  const v = redisVersionFromInfo(info);
  if (v === undefined) return "it did not report a redis_version in INFO server; is it Redis?";
  if (compareVersions(v, MIN_REDIS_VERSION) < 0)
    return `it is Redis ${v}; refusal needs Redis ${MIN_REDIS_VERSION} or newer (the minimum BullMQ recommends); upgrade it`;
  return undefined;
}
