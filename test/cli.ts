import { spawnSync } from "node:child_process";

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run the `refusal` command as a user would (node bin/refusal.mjs ...). */
export function cli(
  args: string[],
  opts: { cwd?: string; input?: string; env?: Record<string, string> } = {},
): CliResult {
  const r = spawnSync(process.execPath, [`${process.cwd()}/bin/refusal.mjs`, ...args], {
    cwd: opts.cwd ?? process.cwd(),
    input: opts.input,
    encoding: "utf8",
    env: { ...process.env, ...opts.env },
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
