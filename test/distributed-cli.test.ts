import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeRedis } from "../src/distributed/testing/fake-redis.ts";
import { CliProcess } from "../src/distributed/testing/processes.ts";
import { freePort, redisServerAvailable, TestRedis } from "../src/distributed/testing/redis-server.ts";
import { cli } from "./cli.ts";

/** `refusal sweep --backend redis` and `refusal worker` as a user runs them: errors, TLS, signals. */

const tmp = mkdtempSync(join(tmpdir(), "refusal-distributed-cli-"));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const file = (name: string, text: string) => {
  const f = join(tmp, name);
  writeFileSync(f, text);
  return f;
};
const small = file("small.yaml", "name: small\nmodel: goodwin\nseeds: 2\nhorizon: 10\n");
const procs: CliProcess[] = [];
const refusal = (args: string[], env: Record<string, string> = {}) => {
  const p = new CliProcess(args, env);
  procs.push(p);
  return p;
};
afterAll(async () => {
  for (const p of procs) p.kill("SIGKILL");
  await Promise.all(procs.map((p) => p.exited));
  rmSync(tmp, { recursive: true, force: true });
});

describe("distributed commands: one-line errors, exit 2", () => {
  it("sweep --backend redis with nothing listening fails at once and creates no database", async () => {
    const port = await freePort();
    const db = join(tmp, "never.duckdb");
    const r = cli(["sweep", small, "--backend", "redis", "--redis", `redis://127.0.0.1:${port}`, "--db", db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `refusal: cannot reach Redis at redis://127.0.0.1:${port}: connection refused (is redis-server running there?)\n`,
    );
    expect(existsSync(db)).toBe(false);
  });

  it("worker with nothing listening fails at once", async () => {
    const port = await freePort();
    const r = cli(["worker", "--redis", `redis://127.0.0.1:${port}`]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/connection refused/);
  });

  it("a Redis older than 6.2 is refused by its version", async () => {
    const fake = await startFakeRedis("6.0.9");
    try {
      // Not spawnSync: the fake server answers from this process's event loop.
      const r = refusal([
        "sweep",
        small,
        "--redis",
        `redis://127.0.0.1:${fake.port}`,
        "--db",
        join(tmp, "x.duckdb"),
      ]);
      expect(await r.exited).toBe(2);
      expect(r.stderr).toBe(
        `refusal: Redis at redis://127.0.0.1:${fake.port} cannot be used: it is Redis 6.0.9; refusal needs Redis 6.2.0 or newer (the minimum BullMQ recommends); upgrade it\n`,
      );
    } finally {
      await fake.close();
    }
  });

  it("--backend redis without a URL, or a bad --concurrency, is refused before anything starts", () => {
    const env = { REFUSAL_REDIS_URL: "" };
    expect(cli(["sweep", small, "--backend", "redis"], { env }).stderr).toMatch(
      /^refusal: --redis: give the Redis URL \(e\.g\. --redis redis:\/\/host:6379\) or set REFUSAL_REDIS_URL\n$/,
    );
    // (every flag combination is checked in src/distributed/options.test.ts)
    expect(cli(["worker", "--redis", "redis://h", "--concurrency", "0"]).stderr).toBe(
      'refusal: --concurrency: expected an integer from 1 to 1024, got "0"\n',
    );
  });
});

describe.skipIf(!redisServerAvailable())("distributed commands on a real Redis", () => {
  let redis: TestRedis;
  let conn: Redis;
  beforeAll(async () => {
    redis = await TestRedis.start({ password: "pa:ss word" });
    conn = new Redis(redis.url, { maxRetriesPerRequest: null });
  });
  afterAll(async () => {
    conn.disconnect();
    await redis.dispose();
  });

  it("a wrong password is refused without printing it", () => {
    const r = cli(["worker", "--redis", `redis://:guess-123@127.0.0.1:${redis.port}`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `refusal: Redis at redis://:***@127.0.0.1:${redis.port} refused the user name or password in the URL\n`,
    );
  });

  it("worker: SIGTERM finishes the run in flight; a second SIGTERM gives it back to the queue; sweep's Ctrl-C leaves the rest queued", async () => {
    // Two runs of about two seconds each.
    const f = file(
      "long.yaml",
      "name: long\nmodel: wright\nparams: {N: 20000, M: 2000000, burnInYears: 2}\nseeds: 2\nhorizon: 40\n",
    );
    const db = join(tmp, "long.duckdb");
    const coord = refusal(["sweep", f, "--redis", redis.url, "--db", db, "--lock-timeout", "2"]);
    const q = new Queue("runs", { connection: conn, prefix: "refusal:long" });
    const activeOf = async (w: CliProcess) => {
      for (;;) {
        const mine = (await q.getActive()).filter((j) => j.processedBy === `${hostname()}:${w.pid}`);
        if (mine.length > 0) return String(mine[0].id);
        await sleep(30);
      }
    };
    const a = refusal(["worker", "--redis", redis.url, "--concurrency", "1"]);
    const first = await activeOf(a);
    a.kill("SIGTERM");
    expect(await a.exited, a.stderr).toBe(0);
    expect(a.stderr).toMatch(/stopping: finishing the runs in flight/);
    expect(a.stderr).toMatch(/stopped after 1 runs/);
    expect(await q.getJobState(first)).not.toBe("active"); // finished, then collected by the coordinator
    const b = refusal(["worker", "--redis", redis.url, "--concurrency", "1"]);
    const second = await activeOf(b);
    expect(second).not.toBe(first);
    b.kill("SIGTERM");
    await b.waitFor(/stopping: finishing/);
    b.kill("SIGTERM");
    expect(await b.exited, b.stderr).toBe(0);
    expect(b.stderr).toMatch(/returning the runs in flight to the queue/);
    expect(await q.getJobState(second)).toBe("waiting");
    await coord.waitFor(/1\/2/);
    coord.kill("SIGINT");
    expect(await coord.exited).toBe(130);
    expect(coord.stdout).toMatch(/long: 1\/2 runs stored/);
    expect(coord.stdout).toMatch(
      /interrupted: 1 runs left; they stay queued in Redis and the workers keep running them: run the same command again to collect them/,
    );
    expect(await conn.hexists("refusal:experiments", "long")).toBe(1);
    await q.obliterate({ force: true });
    await q.close();
    await conn.hdel("refusal:experiments", "long");
  }, 90_000);
});

const hasOpenssl = spawnSync("openssl", ["version"]).status === 0;

describe.skipIf(!redisServerAvailable() || !hasOpenssl)("rediss:// (TLS)", () => {
  let redis: TestRedis;
  let cert: string;
  beforeAll(async () => {
    const key = join(tmp, "key.pem");
    cert = join(tmp, "cert.pem");
    const r = spawnSync("openssl", [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-keyout",
      key,
      "-out",
      cert,
      "-days",
      "1",
      "-subj",
      "/CN=127.0.0.1",
      "-addext",
      "subjectAltName=IP:127.0.0.1",
    ]);
    if (r.status !== 0) throw new Error(String(r.stderr));
    redis = await TestRedis.start({ tls: { cert, key }, password: "tls-pw" });
  });
  afterAll(() => redis.dispose());

  it("worker connects over TLS when the certificate's authority is trusted, and stops on SIGTERM", async () => {
    const w = refusal(["worker", "--redis", redis.url, "--concurrency", "1"], { NODE_EXTRA_CA_CERTS: cert });
    await w.waitFor(/connected to rediss:\/\/:\*\*\*@127\.0\.0\.1:\d+ \(Redis \d/);
    w.kill("SIGTERM");
    expect(await w.exited, w.stderr).toBe(0);
  });

  it("an untrusted certificate is a one-line error that says how to trust it", () => {
    const r = cli(["worker", "--redis", redis.url]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^refusal: TLS connection to Redis at rediss:\/\/:\*\*\*@127\.0\.0\.1:\d+ failed: self-signed certificate \(for a private certificate authority, set NODE_EXTRA_CA_CERTS=\/path\/to\/ca\.pem\)\n$/,
    );
  });
});
