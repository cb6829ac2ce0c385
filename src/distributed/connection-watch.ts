import type { Redis } from "ioredis";
import { UserError } from "../scenario/errors.ts";

/**
 * Watch a client's connection: `failed` rejects with a one-line UserError once Redis has been
 * unreachable for `timeoutMs` without a break. The client keeps reconnecting meanwhile, and
 * commands sent in the gap wait for it; a short outage is just a pause.
 */
export class ConnectionWatch {
  readonly failed: Promise<never>;
  private reject: ((e: Error) => void) | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly onClose = () => {
    if (this.timer || this.stopped) return;
    this.onDown?.();
    this.timer = setTimeout(() => this.reject?.(new UserError(this.message(this.timeoutMs))), this.timeoutMs);
  };
  private readonly onReady = () => {
    if (!this.timer) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.onUp?.();
  };
  private stopped = false;

  constructor(
    private readonly client: Redis,
    private readonly timeoutMs: number,
    private readonly message: (ms: number) => string,
    private readonly onDown?: () => void,
    private readonly onUp?: () => void,
  ) {
    this.failed = new Promise<never>((_, reject) => {
      this.reject = reject;
    });
    this.failed.catch(() => undefined);
    client.on("close", this.onClose);
    client.on("ready", this.onReady);
  }

  /** True while the connection is down. */
  get down(): boolean {
    return this.timer !== undefined;
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.client.off("close", this.onClose);
    this.client.off("ready", this.onReady);
  }
}
