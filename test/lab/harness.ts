import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { ensureLab, PACKAGE_ROOT } from "../../src/cli/lab-build.ts";

export const CHROMIUM = "/usr/bin/chromium";

/** Launch flags for Debian's chromium in a container: no sandbox, no GPU, nothing fetched from the network. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/**
 * Whether the browser tests can run: chromium must be installed. Missing, they are skipped,
 * except under CI=true, where a missing chromium is a failure (the CI image must have it).
 */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === "true") throw new Error(`${CHROMIUM} is missing: CI must install chromium`);
  return false;
}

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import("playwright-core");
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** The command that runs `refusal lab`: the real CLI once main.ts registers it, else the same command on its own. */
export function labArgv(): string[] {
  const main = readFileSync(join(PACKAGE_ROOT, "src/cli/main.ts"), "utf8");
  return main.includes("registerLabCommand(")
    ? [join(PACKAGE_ROOT, "bin/refusal.mjs"), "lab"]
    : [join(PACKAGE_ROOT, "bin/run-ts.mjs"), join(PACKAGE_ROOT, "test/lab/lab-cli.ts"), "lab"];
}

export interface SpawnedLab {
  url: string;
  proc: ChildProcess;
  stop(): Promise<number | null>;
}

/** Start `refusal lab --port 0 [extra]` and wait for the URL it prints. */
export async function spawnLab(extra: string[] = []): Promise<SpawnedLab> {
  const proc = spawn(process.execPath, [...labArgv(), "--port", "0", ...extra], {
    cwd: PACKAGE_ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  proc.stderr?.on("data", (d) => {
    err += d;
  });
  const url = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(
      () => fail(new Error(`refusal lab printed no URL in 60 s: ${out} ${err}`)),
      60_000,
    );
    proc.stdout?.on("data", (d) => {
      out += d;
      const m = /http:\/\/[^\s]+/.exec(out);
      if (m) {
        clearTimeout(timer);
        ok(m[0]);
      }
    });
    proc.once("exit", (code) => {
      clearTimeout(timer);
      fail(new Error(`refusal lab exited (${code}): ${err}`));
    });
  });
  const stop = () =>
    new Promise<number | null>((ok) => {
      if (proc.exitCode !== null) return ok(proc.exitCode);
      proc.once("exit", (code) => ok(code));
      proc.kill("SIGINT");
    });
  return { url, proc, stop };
}

/** Build the lab when it is missing or older than its sources (vite build, in this process). */
export async function buildLabIfNeeded(): Promise<void> {
  await ensureLab();
}

/** Run `refusal lab ARGS` to completion (for commands that exit at once, e.g. a bad flag). */
export function labCliSync(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [...labArgv(), ...args], {
    cwd: PACKAGE_ROOT,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
