import type { Redis } from "ioredis";
import { UserError } from "../scenario/errors.ts";

/** Extend our lock; take it back if it vanished (Redis restarted empty); 0 if another holds it. */
const RENEW = `
if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) end
if redis.call('exists', KEYS[1]) == 0 then redis.call('set', KEYS[1], ARGV[1], 'PX', ARGV[2]) return 2 end
return 0`;

/** Delete the lock only if it is still ours. */
const RELEASE = `
if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end
return 0`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * One coordinator per experiment: a Redis key holding the coordinator's name, with a time to live
 * that the holder keeps extending (every third of it). Two coordinators of one experiment would
 * each take results the other waits for; a coordinator that died (SIGKILL, power loss) stops
 * extending, so its lock expires after `ttlMs` and a new coordinator takes over.
 */
export class CoordinatorLock {
  private timer: NodeJS.Timeout | undefined;
  private rejectLost: ((e: Error) => void) | undefined;
  /** Rejects if another coordinator holds the lock (ours expired while we could not extend it). */
  readonly lost: Promise<never>;

  private constructor(
    private readonly client: Redis,
    readonly key: string,
    readonly token: string,
    private readonly ttlMs: number,
    private readonly what: string,
  ) {
    this.lost = new Promise<never>((_, reject) => {
      this.rejectLost = reject;
    });
    this.lost.catch(() => undefined);
    this.timer = setInterval(() => void this.renew(), Math.max(50, Math.floor(ttlMs / 3)));
  }

  /**
   * Take the lock. If a coordinator holds it, wait up to `ttlMs` (plus a second) for it to expire,
   * which it does if that coordinator died; if it is still held then, the other coordinator is
   * alive: a one-line UserError naming it.
   */
  static async acquire(
    client: Redis,
    key: string,
    token: string,
    ttlMs: number,
    what: string,
    onWait?: (holder: string, ms: number) => void,
  ): Promise<CoordinatorLock> {
    const waitMs = ttlMs + 1000;
    const step = Math.min(250, Math.max(20, Math.floor(ttlMs / 8)));
    let waited = 0;
    let told = false;
    for (;;) {
      if ((await client.set(key, token, "PX", ttlMs, "NX")) === "OK")
        return new CoordinatorLock(client, key, token, ttlMs, what);
      const holder = (await client.get(key)) ?? "?";
      if (waited >= waitMs)
        throw new UserError(
          `${what} is already being coordinated by ${holder}; only one coordinator per experiment: wait for it to finish or stop it`,
        );
      if (!told) {
        onWait?.(holder, Math.max(0, await client.pttl(key)));
        told = true;
      }
      await sleep(step);
      waited += step;
    }
  }

  private async renew(): Promise<void> {
    try {
      const r = await this.client.eval(RENEW, 1, this.key, this.token, String(this.ttlMs));
      if (r === 0) {
        const holder = (await this.client.get(this.key)) ?? "?";
        this.stop();
        this.rejectLost?.(new UserError(`${this.what}: another coordinator (${holder}) took over`));
      }
    } catch {
      // Redis unreachable: the connection watch decides when to give up.
    }
  }

  /** Stop extending the lock (it expires after its time to live); for when Redis is unreachable. */
  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Give the lock up (if still ours). */
  async release(): Promise<void> {
    this.stop();
    await this.client.eval(RELEASE, 1, this.key, this.token);
  }
}
