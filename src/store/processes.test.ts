import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { UserError } from "../scenario/errors.ts";
import { Store } from "./store.ts";

const dir = mkdtempSync(join(tmpdir(), "refusal-procs-"));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

const CHILD = join(import.meta.dirname, "testing", "child.ts");
const RUN_TS = join(import.meta.dirname, "..", "..", "bin", "run-ts.mjs");

/** Start the test child (see testing/child.ts); `lines` collects its stdout lines as they come. */
function startChild(args: string[]): {
  child: ChildProcess;
  lines: string[];
  waitFor: (re: RegExp) => Promise<string>;
  exit: Promise<number | null>;
} {
  const child = spawn(process.execPath, [RUN_TS, CHILD, ...args], { stdio: ["pipe", "pipe", "pipe"] });
  children.push(child);
  const lines: string[] = [];
  const waiters: { re: RegExp; resolve: (s: string) => void }[] = [];
  let buf = "";
  let err = "";
  child.stderr!.on("data", (d) => {
    err += d;
  });
  child.stdout!.on("data", (d) => {
    buf += d;
    let i = buf.indexOf("\n");
    while (i >= 0) {
      const line = buf.slice(0, i);
      buf = buf.slice(i + 1);
      lines.push(line);
      for (const w of waiters.splice(0)) {
        if (w.re.test(line)) w.resolve(line);
        else waiters.push(w);
      }
      i = buf.indexOf("\n");
    }
  });
  const exit = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const waitFor = (re: RegExp) =>
    new Promise<string>((resolve, reject) => {
      const hit = lines.find((l) => re.test(l));
      if (hit) return resolve(hit);
      waiters.push({ re, resolve });
      void exit.then((code) =>
        reject(new Error(`child exited (${code}) before ${re}: ${lines.join(" | ")} ${err}`)),
      );
    });
  return { child, lines, waitFor, exit };
}

/** Counts showing whether every stored run is whole: one row per (run, check) that fails. */
async function incompleteRuns(store: Store): Promise<unknown[][]> {
  const r = await store.query(`
    SELECT r.run_key, r.series_rows * len(r.series_metrics) AS expected,
           (SELECT count(*) FROM series_data d WHERE d.run_id = r.run_id) AS series,
           (SELECT count(*) FROM summaries s WHERE s.run_key = r.run_key) AS summaries,
           (SELECT count(*) FROM experiment_runs e WHERE e.run_key = r.run_key) AS links
    FROM runs r
    WHERE series <> expected OR expected <> (r.steps + 1) * 3 OR summaries <> 2 OR links <> 1`);
  const orphans = await store.query(`
    SELECT 'series', count(*) FROM series_data WHERE run_id NOT IN (SELECT run_id FROM runs)
    UNION ALL SELECT 'summaries', count(*) FROM summaries WHERE run_key NOT IN (SELECT run_key FROM runs)
    UNION ALL SELECT 'links', count(*) FROM experiment_runs WHERE run_key NOT IN (SELECT run_key FROM runs)`);
  return [...r.rows, ...orphans.rows.filter((row) => row[1] !== 0)];
}

describe("Store across processes", () => {
  it("open() refuses a database another process is writing, with a one-line message", async () => {
    const db = join(dir, "held.duckdb");
    const holder = startChild(["hold", db]);
    await holder.waitFor(/^READY$/);
    const message = `${db}: the database is in use by another process (another sweep?); wait for it to finish or use another --db`;
    for (const opts of [{}, { readOnly: true }]) {
      const p = Store.open(db, opts);
      await expect(p).rejects.toThrow(UserError);
      await expect(p).rejects.toThrow(message);
    }
    holder.child.stdin!.end();
    expect(await holder.exit).toBe(0);
    // once the holder has gone, the database opens (read-only here) and is intact
    const store = await Store.open(db, { readOnly: true });
    expect((await store.query("SELECT value FROM meta WHERE key = 'app'")).rows).toEqual([["refusal"]]);
    await store.close();
  });

  it("a writer killed with SIGKILL mid-sweep leaves only whole runs, and a resumed sweep completes with none missing or doubled", async () => {
    const db = join(dir, "crash.duckdb");
    const steps = 1200;
    const first = startChild(["write", db, "100000", String(steps)]);
    await first.waitFor(/^stored 5$/);
    first.child.kill("SIGKILL");
    await first.exit;
    expect(first.child.signalCode).toBe("SIGKILL");
    const committed = first.lines.filter((l) => l.startsWith("stored ")).map((l) => `run-${l.slice(7)}`);

    const store = await Store.open(db);
    const stored = await store.storedRunKeys("exp");
    // every run whose commit returned is there; at most the one in flight may be too
    for (const k of committed) expect(stored.has(k)).toBe(true);
    expect(stored.size - committed.length).toBeLessThanOrEqual(1);
    expect(await incompleteRuns(store)).toEqual([]);
    await store.close();

    const total = stored.size + 4;
    const second = startChild(["write", db, String(total), String(steps)]);
    await second.waitFor(/^DONE$/);
    expect(await second.exit).toBe(0);
    const resumed = second.lines.filter((l) => l.startsWith("stored ")).map((l) => `run-${l.slice(7)}`);
    expect(resumed.filter((k) => stored.has(k))).toEqual([]);
    expect(resumed).toHaveLength(total - stored.size);

    const after = await Store.open(db, { readOnly: true });
    const keys = await after.storedRunKeys("exp");
    expect(keys).toEqual(new Set(Array.from({ length: total }, (_, k) => `run-${k}`)));
    expect(
      (await after.query("SELECT count(*), count(DISTINCT run_key), count(DISTINCT run_id) FROM runs")).rows,
    ).toEqual([[total, total, total]]);
    expect(await incompleteRuns(after)).toEqual([]);
    await after.close();
  });
});
