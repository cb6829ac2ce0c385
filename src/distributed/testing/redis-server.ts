import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Debian's redis-server (what `.ci/run` installs). */
export const REDIS_SERVER = "/usr/bin/redis-server";

/**
 * Whether the Redis tests can run here. Missing redis-server skips them on a developer's machine
 * but fails them in CI (`CI=true`), where it must be installed.
 */
export function redisServerAvailable(): boolean {
  if (existsSync(REDIS_SERVER)) return true;
  if (process.env.CI === "true") throw new Error(`${REDIS_SERVER} is missing; CI must install redis-server`);
  return false;
}

/** A port nobody listens on now (the kernel's choice of a free ephemeral port). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export interface RedisServerOptions {
  password?: string;
  /** Serve TLS only, with this certificate and key (PEM files). */
  tls?: { cert: string; key: string };
  port?: number;
}

/** A redis-server child on 127.0.0.1 with no persistence, and its URL. */
export class TestRedis {
  private child: ChildProcess | undefined;
  readonly dir = mkdtempSync(join(tmpdir(), "refusal-redis-"));

  private constructor(
    readonly port: number,
    private readonly opts: RedisServerOptions,
  ) {}

  static async start(opts: RedisServerOptions = {}): Promise<TestRedis> {
    const r = new TestRedis(opts.port ?? (await freePort()), opts);
    await r.start();
    return r;
  }

  /** The URL with the password (percent-encoded) and the right scheme. */
  get url(): string {
    const auth = this.opts.password ? `:${encodeURIComponent(this.opts.password)}@` : "";
    return `${this.opts.tls ? "rediss" : "redis"}://${auth}127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return this.child !== undefined;
  }

  /** Start (again, after stop(): on the same port, empty, as after a crash without persistence). */
  async start(): Promise<void> {
    if (this.child) return;
    const args = ["--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", this.dir];
    if (this.opts.tls)
      args.push(
        "--port",
        "0",
        "--tls-port",
        String(this.port),
        "--tls-cert-file",
        this.opts.tls.cert,
        "--tls-key-file",
        this.opts.tls.key,
        "--tls-ca-cert-file",
        this.opts.tls.cert,
        "--tls-auth-clients",
        "no",
      );
    else args.push("--port", String(this.port));
    if (this.opts.password) args.push("--requirepass", this.opts.password);
    const child = spawn(REDIS_SERVER, args, { stdio: ["ignore", "pipe", "pipe"] });
    this.child = child;
    let log = "";
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${log}`)), 10_000);
      child.stdout!.on("data", (d) => {
        log += d;
        if (log.includes("Ready to accept connections")) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.on("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`redis-server exited with ${code}:\n${log}`));
      });
    });
    child.removeAllListeners("exit");
    child.stdout!.resume();
    child.stderr!.resume();
  }

  /** Stop the server (SIGTERM; nothing is saved) and wait for it to exit. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = undefined;
    if (child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  }

  /** Stop for good and remove the server's directory. */
  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
