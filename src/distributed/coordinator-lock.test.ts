import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CoordinatorLock } from "./coordinator-lock.ts";
import { redisServerAvailable, TestRedis } from "./testing/redis-server.ts";

describe.skipIf(!redisServerAvailable())("CoordinatorLock", () => {
  let redis: TestRedis;
  let client: Redis;
  beforeAll(async () => {
    redis = await TestRedis.start();
    client = new Redis(redis.url, { maxRetriesPerRequest: null });
  });
  afterAll(async () => {
    client.disconnect();
    await redis.dispose();
  });

  it("CoordinatorLock.acquire() refuses while another coordinator keeps its lock alive, naming it", async () => {
    const a = await CoordinatorLock.acquire(client, "t:live", "host-a:1", 300, "experiment 'e'");
    let waitedFor = "";
    await expect(
      CoordinatorLock.acquire(client, "t:live", "host-b:2", 300, "experiment 'e'", (holder) => {
        waitedFor = holder;
      }),
    ).rejects.toThrow(
      "experiment 'e' is already being coordinated by host-a:1; only one coordinator per experiment: wait for it to finish or stop it",
    );
    expect(waitedFor).toBe("host-a:1");
    await a.release();
    expect(await client.exists("t:live")).toBe(0);
  });

  it("CoordinatorLock.acquire() takes over the lock of a coordinator that died once it expires", async () => {
    const dead = await CoordinatorLock.acquire(client, "t:dead", "host-a:1", 300, "e");
    dead.stop(); // it no longer extends its lock, as after SIGKILL
    const next = await CoordinatorLock.acquire(client, "t:dead", "host-b:2", 300, "e");
    expect(await client.get("t:dead")).toBe("host-b:2");
    await dead.release(); // not its lock any more: nothing happens
    expect(await client.get("t:dead")).toBe("host-b:2");
    await next.release();
  });

  it("a CoordinatorLock takes its key back after Redis lost it, and reports another holder as lost", async () => {
    const lock = await CoordinatorLock.acquire(client, "t:lost", "me", 150, "experiment 'e'");
    await client.del("t:lost"); // as after a restart without persistence
    await new Promise((r) => setTimeout(r, 120));
    expect(await client.get("t:lost")).toBe("me");
    await client.set("t:lost", "intruder");
    await expect(lock.lost).rejects.toThrow("experiment 'e': another coordinator (intruder) took over");
    lock.stop();
  });
});
