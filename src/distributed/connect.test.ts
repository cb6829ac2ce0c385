import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectionProblem, connectRedis } from "./connect.ts";
import { parseRedisUrl } from "./redis-url.ts";
import { startFakeRedis } from "./testing/fake-redis.ts";
import { freePort, redisServerAvailable, TestRedis } from "./testing/redis-server.ts";

const message = async (url: string, timeoutMs = 5000) => {
  try {
    const c = await connectRedis(parseRedisUrl(url), { timeoutMs });
    c.client.disconnect();
    return "connected";
  } catch (e) {
    return `${(e as Error).name}: ${(e as Error).message}`;
  }
};

describe("connectRedis without a server", () => {
  it("connectRedis() to a port nobody listens on fails at once with one line", async () => {
    const port = await freePort();
    expect(await message(`redis://127.0.0.1:${port}`)).toBe(
      `UserError: cannot reach Redis at redis://127.0.0.1:${port}: connection refused (is redis-server running there?)`,
    );
  });

  it("connectRedis() refuses a Redis older than 6.2 by the version it reports", async () => {
    const fake = await startFakeRedis("5.0.7");
    try {
      expect(await message(`redis://127.0.0.1:${fake.port}`)).toMatch(
        /^UserError: Redis at redis:\/\/127\.0\.0\.1:\d+ cannot be used: it is Redis 5\.0\.7; refusal needs Redis 6\.2\.0 or newer/,
      );
    } finally {
      await fake.close();
    }
  });

  it("connectionProblem() explains timeouts, unknown hosts and TLS failures in one line", () => {
    expect(connectionProblem("redis://h", { code: "ETIMEDOUT", message: "x" }, 10_000)).toBe(
      "cannot reach Redis at redis://h: no answer within 10 s",
    );
    expect(connectionProblem("redis://h", { code: "ENOTFOUND" }, 1)).toMatch(/unknown host/);
    expect(
      connectionProblem(
        "rediss://h",
        { code: "DEPTH_ZERO_SELF_SIGNED_CERT", message: "self-signed certificate" },
        1,
      ),
    ).toMatch(
      /^TLS connection to Redis at rediss:\/\/h failed: self-signed certificate .*NODE_EXTRA_CA_CERTS/,
    );
  });
});

describe.skipIf(!redisServerAvailable())("connectRedis with a password-protected redis-server", () => {
  let redis: TestRedis;
  beforeAll(async () => {
    redis = await TestRedis.start({ password: "top secret/@" });
  });
  afterAll(() => redis.dispose());

  it("connectRedis() logs in with the password from the URL and reads the server's version", async () => {
    const c = await connectRedis(parseRedisUrl(redis.url));
    expect(c.version).toMatch(/^\d+\.\d+/);
    expect(await c.client.ping()).toBe("PONG");
    c.client.disconnect();
  });

  it("connectRedis() without the password, or a wrong one, says so without showing it", async () => {
    const bare = `redis://127.0.0.1:${redis.port}`;
    expect(await message(bare)).toBe(
      `UserError: Redis at ${bare} needs a password: give it in the URL, e.g. redis://:PASSWORD@host:port`,
    );
    const wrong = await message(`redis://:wrong-one@127.0.0.1:${redis.port}`);
    expect(wrong).toBe(
      `UserError: Redis at redis://:***@127.0.0.1:${redis.port} refused the user name or password in the URL`,
    );
  });
});

describe.skipIf(!redisServerAvailable())("connectRedis with a database index", () => {
  let redis: TestRedis;
  beforeAll(async () => {
    redis = await TestRedis.start();
  });
  afterAll(() => redis.dispose());

  it("connectRedis() refuses a database index out of range instead of serving database 0", async () => {
    expect(await message(`${redis.url}/99`)).toMatch(
      new RegExp(
        `^UserError: Redis at ${redis.url.replace(/[.]/g, "\\.")}/99 cannot be used: it has no database 99 \\(`,
      ),
    );
    const c = await connectRedis(parseRedisUrl(`${redis.url}/3`));
    await c.client.set("k", "v");
    expect(await c.client.info("keyspace")).toMatch(/db3:keys=1/);
    c.client.disconnect();
  });
});
