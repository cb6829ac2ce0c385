import { describe, expect, it } from "vitest";
import {
  compareVersions,
  MIN_REDIS_VERSION,
  redisVersionFromInfo,
  redisVersionProblem,
} from "./redis-version.ts";

const info = (v: string) =>
  `# Server\r\nredis_version:${v}\r\nredis_git_sha1:00000000\r\nredis_mode:standalone\r\n`;

describe("redis version", () => {
  it("redisVersionFromInfo() reads redis_version from INFO server text", () => {
    expect(redisVersionFromInfo(info("7.0.15"))).toBe("7.0.15");
    expect(redisVersionFromInfo("# Server\r\nredis_mode:standalone\r\n")).toBeUndefined();
  });

  it("compareVersions() compares numerically part by part, missing parts as 0", () => {
    expect(compareVersions("6.10.0", "6.2.0")).toBe(1); // not a string comparison
    expect(compareVersions("6.2", "6.2.0")).toBe(0);
    expect(compareVersions("5.0.14", "6.2.0")).toBe(-1);
  });

  it("redisVersionProblem() accepts the minimum and newer, refuses older with the versions named", () => {
    expect(redisVersionProblem(info(MIN_REDIS_VERSION))).toBeUndefined();
    expect(redisVersionProblem(info("7.2.4"))).toBeUndefined();
    expect(redisVersionProblem(info("6.0.16"))).toBe(
      "it is Redis 6.0.16; refusal needs Redis 6.2.0 or newer (the minimum BullMQ recommends); upgrade it",
    );
    expect(redisVersionProblem("# Server\r\n")).toMatch(/did not report a redis_version/);
  });
});
