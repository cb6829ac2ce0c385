import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";

/** A `refusal` command running in a child process, with its output collected. */
export class CliProcess {
  readonly child: ChildProcess;
  stdout = "";
  stderr = "";
  /** The exit code (null when killed by a signal). */
  readonly exited: Promise<number | null>;
  private waiters: (() => void)[] = [];

  constructor(args: string[], env: Record<string, string> = {}) {
    this.child = spawn(process.execPath, [join(process.cwd(), "bin/refusal.mjs"), ...args], {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    this.child.stdout!.on("data", (d) => {
      this.stdout += d;
      this.poke();
    });
    this.child.stderr!.on("data", (d) => {
      this.stderr += d;
      this.poke();
    });
    this.exited = new Promise((resolve) => this.child.on("exit", (code) => resolve(code)));
  }

  get pid(): number {
    return this.child.pid!;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  private poke(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  /** Wait until stderr (or stdout) matches `re`; rejects after `ms` or if the process exits first. */
  async waitFor(re: RegExp, ms = 20_000): Promise<void> {
    const deadline = performance.now() + ms;
    while (!re.test(this.stderr) && !re.test(this.stdout)) {
      if (!this.running) throw new Error(`exited before printing ${re}:\n${this.stderr}`);
      if (performance.now() > deadline) throw new Error(`no ${re} within ${ms} ms:\n${this.stderr}`);
      await new Promise<void>((r) => {
        this.waiters.push(r);
        setTimeout(r, 100);
      });
    }
  }

  kill(signal: NodeJS.Signals): void {
    if (this.running) this.child.kill(signal);
  }
}
