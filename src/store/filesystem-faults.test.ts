import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { UserError } from "../scenario/errors.ts";
import { Store } from "./store.ts";
import { SYNTHETIC_EXPERIMENT, syntheticRun, syntheticValue } from "./testing/fixtures.ts";

/**
 * Disk-full and read-only places, on small tmpfs mounts. Needs root and mount(8): skipped
 * without them, except under CI=true (CI runs as root), where the tests must run.
 */
const dir = mkdtempSync(join(tmpdir(), "refusal-fsfaults-"));
const mounted: string[] = [];

function sh(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")}: ${r.stderr || r.error}`);
}

function mountTmpfs(path: string, size: string): void {
  mkdirSync(path, { recursive: true });
  sh("mount", ["-t", "tmpfs", "-o", `size=${size}`, "tmpfs", path]);
  mounted.push(path);
}

function canMount(): boolean {
  if (process.getuid?.() !== 0) return false;
  const probe = join(dir, "probe");
  try {
    mountTmpfs(probe, "64k");
    sh("umount", [probe]);
    mounted.pop();
    return true;
  } catch {
    return false;
  }
}

const runHere = process.env.CI === "true" || canMount();

afterAll(() => {
  for (const m of mounted.reverse()) spawnSync("umount", ["-l", m]);
  rmSync(dir, { recursive: true, force: true });
});

const TEN = Array.from({ length: 10 }, (_, j) => `m${j}`);

describe.skipIf(!runHere)("Store on a full or read-only file system", () => {
  it("putRun() on a full disk fails with one clear line, and the database stays readable and resumable", async () => {
    const mnt = join(dir, "full");
    mountTmpfs(mnt, "2m");
    const db = join(mnt, "results.duckdb");
    const store = await Store.open(db);
    await store.putExperiment({ name: "exp", ...SYNTHETIC_EXPERIMENT });
    let stored = 0;
    let error: unknown;
    // each run is 1,201 rows x 10 metrics (about 260 kB of log): 2 MB fills within a few runs
    for (; stored < 100; stored++) {
      try {
        await store.putRun(syntheticRun(stored, { steps: 1200, metrics: TEN }));
      } catch (e) {
        error = e;
        break;
      }
    }
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThan(100);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toBe(
      `${db}: disk full while writing the results database; the runs already committed are kept: free some space and start again (stored runs are skipped)`,
    );
    await store.close().catch(() => undefined);

    const ro = await Store.open(db, { readOnly: true });
    expect((await ro.query("SELECT count(*), min(series_rows), max(series_rows) FROM runs")).rows).toEqual([
      [stored, 1201, 1201],
    ]);
    const perRun = await ro.query("SELECT count(*) FROM series GROUP BY run_key HAVING count(*) <> 12010");
    expect(perRun.rows).toEqual([]);
    const last = await ro.query(
      `SELECT value FROM series WHERE run_key = 'run-${stored - 1}' AND metric = 'm9' AND t = 300`,
    );
    expect(last.rows).toEqual([[syntheticValue(stored - 1, 9, 1200)]]);
    await ro.close();

    // with space freed, the sweep resumes where it stopped
    sh("mount", ["-o", "remount,size=16m", mnt]);
    const again = await Store.open(db);
    await again.putExperiment({ name: "exp", ...SYNTHETIC_EXPERIMENT });
    expect((await again.storedRunKeys("exp")).size).toBe(stored);
    expect(await again.putRun(syntheticRun(stored, { steps: 1200, metrics: TEN }))).toBe(true);
    await again.close();
  });

  it("open() on a read-only file system refuses to write with one clear line, and opens read-only", async () => {
    const mnt = join(dir, "ro");
    mountTmpfs(mnt, "4m");
    const db = join(mnt, "results.duckdb");
    const store = await Store.open(db);
    await store.putExperiment({ name: "exp", ...SYNTHETIC_EXPERIMENT });
    await store.putRun(syntheticRun(0));
    await store.close();
    sh("mount", ["-o", "remount,ro", mnt]);

    const message = (p: string) =>
      `${p}: cannot write the results database there: read-only file system (use another --db)`;
    await expect(Store.open(db)).rejects.toThrow(message(db));
    const fresh = join(mnt, "new.duckdb");
    await expect(Store.open(fresh)).rejects.toThrow(message(fresh));
    const freshDir = join(mnt, "sub", "new.duckdb");
    await expect(Store.open(freshDir)).rejects.toThrow(message(freshDir));
    const ro = await Store.open(db, { readOnly: true });
    expect(await ro.storedRunKeys("exp")).toEqual(new Set(["run-0"]));
    await ro.close();
  });
});
