import { describe, expect, it } from "vitest";
import {
  chooseBackend,
  DEFAULT_JOB_RETRIES,
  parseConcurrency,
  parseRetries,
  parseSeconds,
  REDIS_URL_ENV,
  redisTarget,
  refuseRedisOnly,
} from "./options.ts";

describe("distributed options", () => {
  it("parseSeconds() turns seconds (decimals allowed) into milliseconds, or gives the fallback", () => {
    expect(parseSeconds("1.5", "--x", 7)).toBe(1500);
    expect(parseSeconds(undefined, "--x", 7)).toBe(7);
    for (const bad of ["0", "-1", "", "abc", "Infinity"])
      expect(() => parseSeconds(bad, "--lock-timeout", 1)).toThrow(
        /--lock-timeout: expected a number of seconds/,
      );
  });

  it("parseConcurrency() takes integers from 1 to 1024", () => {
    expect(parseConcurrency("3", 8)).toBe(3);
    expect(parseConcurrency(undefined, 8)).toBe(8);
    for (const bad of ["0", "1.5", "2000", "x"])
      expect(() => parseConcurrency(bad, 1)).toThrow(/--concurrency/);
  });

  it("parseRetries() takes integers from 0 to 10, or gives the default (1)", () => {
    expect(parseRetries("0")).toBe(0);
    expect(parseRetries("10")).toBe(10);
    expect(parseRetries(undefined)).toBe(DEFAULT_JOB_RETRIES);
    expect(DEFAULT_JOB_RETRIES).toBe(1);
    for (const bad of ["", " ", "-1", "1.5", "11", "x", "1e3"])
      expect(() => parseRetries(bad)).toThrow(/^--job-retries: expected an integer from 0 to 10, got /);
  });

  it("refuseRedisOnly() refuses --job-timeout and --job-retries with another backend instead of ignoring them", () => {
    expect(() => refuseRedisOnly("redis", { "--job-timeout": "5", "--job-retries": "2" })).not.toThrow();
    expect(() => refuseRedisOnly("threads", { "--job-timeout": undefined })).not.toThrow();
    expect(() => refuseRedisOnly("threads", { "--job-timeout": "5" })).toThrow(
      "--job-timeout: only used with --backend redis (got --backend threads)",
    );
    expect(() => refuseRedisOnly("inline", { "--job-retries": "0" })).toThrow(
      "--job-retries: only used with --backend redis (got --backend inline)",
    );
  });

  it("redisTarget() takes --redis first, then REFUSAL_REDIS_URL, and refuses neither", () => {
    expect(redisTarget("redis://a:1", { [REDIS_URL_ENV]: "redis://b:2" }).host).toBe("a");
    expect(redisTarget(undefined, { [REDIS_URL_ENV]: "redis://b:2" }).host).toBe("b");
    expect(() => redisTarget(undefined, {})).toThrow(/give the Redis URL .* or set REFUSAL_REDIS_URL/);
    expect(() => redisTarget(undefined, { [REDIS_URL_ENV]: "http://b" })).toThrow(/^REFUSAL_REDIS_URL: /);
  });

  it("chooseBackend() infers the backend from --redis and --workers when --backend is not given", () => {
    expect(chooseBackend({})).toEqual({ kind: "threads", workers: undefined });
    expect(chooseBackend({ workers: 0 })).toEqual({ kind: "inline" });
    expect(chooseBackend({ workers: 3 })).toEqual({ kind: "threads", workers: 3 });
    expect(chooseBackend({ redis: "redis://h:1" })).toMatchObject({
      kind: "redis",
      target: { host: "h", port: 1 },
    });
    expect(chooseBackend({ backend: "redis" }, { [REDIS_URL_ENV]: "redis://e:9" })).toMatchObject({
      target: { host: "e" },
    });
  });

  it("chooseBackend() refuses flags that contradict the backend instead of ignoring them", () => {
    expect(() => chooseBackend({ backend: "cloud" })).toThrow(/--backend: expected inline, threads or redis/);
    expect(() => chooseBackend({ backend: "inline", workers: 2 })).toThrow(
      /--backend inline runs on the main thread/,
    );
    expect(() => chooseBackend({ backend: "threads", workers: 0 })).toThrow(/--workers 0 runs inline/);
    expect(() => chooseBackend({ backend: "threads", redis: "redis://h" })).toThrow(
      /--redis: only used with --backend redis/,
    );
    expect(() => chooseBackend({ backend: "redis", redis: "redis://h", workers: 2 })).toThrow(
      /start `refusal worker --concurrency N`/,
    );
    expect(() => chooseBackend({ backend: "redis" }, {})).toThrow(/give the Redis URL/);
  });
});
