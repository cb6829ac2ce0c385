import { execFileSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import {
  closeSync,
  ftruncateSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Store } from "../../src/store/index.ts";
import { syntheticRun } from "../../src/store/testing/fixtures.ts";
import { type BadInput, CASES } from "./cases.ts";

const BAD = join(process.cwd(), "test", "bad-inputs");
const fx = mkdtempSync(join(tmpdir(), "refusal-bad-fx-"));
const work = mkdtempSync(join(tmpdir(), "refusal-bad-run-"));
afterAll(() => {
  rmSync(fx, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

/** Limits every case must stay within (measured: the slowest ~3 s, the largest ~250 MB). */
const MAX_SECONDS = 30;
const MAX_RSS_MB = 600;

async function duck(path: string, ...sql: string[]): Promise<void> {
  const inst = await DuckDBInstance.create(path);
  const conn = await inst.connect();
  for (const s of sql) await conn.run(s);
  conn.closeSync();
  inst.closeSync();
}

async function makeFixtures(): Promise<void> {
  const db = join(fx, "r.duckdb");
  const store = await Store.open(db);
  await store.putExperiment({
    name: "exp",
    model: "synthetic",
    modelVersion: "1.0.0",
    spec: {},
    softwareVersion: "t",
  });
  await store.putRun(syntheticRun(0));
  await store.close();
  symlinkSync(db, join(fx, "link.parquet"));
  await duck(join(fx, "views.duckdb"), "CREATE VIEW v AS SELECT 1 AS x");
  writeFileSync(join(fx, "truncated.duckdb"), readFileSync(db).subarray(0, 20_000));
  writeFileSync(join(fx, "dropped.duckdb"), readFileSync(db));
  await duck(join(fx, "dropped.duckdb"), "DROP VIEW runs_by_experiment", "DROP TABLE runs CASCADE");
  await duck(join(fx, "meta.duckdb"), "CREATE TABLE meta (id INTEGER, note TEXT)");
  const wal = join(fx, "wal.duckdb");
  execFileSync(process.execPath, [
    "--input-type=module",
    "-e",
    `import { DuckDBInstance } from "@duckdb/node-api";
const i = await DuckDBInstance.create(${JSON.stringify(wal)}); const c = await i.connect();
await c.run("CREATE TABLE prices (a INT)"); await c.run("CHECKPOINT");
await c.run("INSERT INTO prices SELECT range FROM range(20000)"); process.exit(0);`,
  ]);
  writeFileSync(join(fx, "copy.json"), '{"model": "goodwin", "horizon": 1}');
  execFileSync("mkfifo", [join(fx, "fifo.yaml")]);
  mkdirSync(join(fx, "dir.yaml"));
  const big = openSync(join(fx, "big.json"), "w");
  ftruncateSync(big, 50 * 1024 * 1024); // sparse: its size is what is checked, before any byte is read
  closeSync(big);
  const keys = (n: number) => Array.from({ length: n }, (_, i) => `  key${i}: ${i}\n`).join("");
  writeFileSync(join(fx, "keys-160k.yaml"), `model: goodwin\nparams:\n${keys(160_000)}`);
  writeFileSync(join(fx, "keys-40k.yaml"), `model: goodwin\nparams:\n${keys(40_000)}  key0: 1\n`);
}

/** Hash of every regular file under a folder (FIFOs and links skipped), to show nothing changed. */
function digest(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir, { recursive: true }) as string[]) {
    const p = join(dir, f);
    if (statSync(p, { throwIfNoEntry: false })?.isFile() && !f.endsWith(".yaml.fifo"))
      out[f] = createHash("sha256").update(readFileSync(p)).digest("hex");
  }
  return out;
}

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
  rssMb: number;
  cwd: string;
}

/** Run one case as a user would, in its own empty folder, measuring its time and peak memory. */
function runCase(c: BadInput, i: number): Promise<Outcome> {
  const cwd = join(work, `case-${i}`);
  mkdirSync(cwd);
  const measure = join(work, `rss-${i}`);
  const args = c.args.map((a) => a.replaceAll("$BAD", BAD).replaceAll("$FX", fx));
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ["--import", join(BAD, "measure.mjs"), join(process.cwd(), "bin", "refusal.mjs"), ...args],
      {
        cwd,
        env: { ...process.env, REFUSAL_MEASURE: measure, NODE_OPTIONS: "" },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), MAX_SECONDS * 1000);
    child.on("close", (code) => {
      clearTimeout(timer);
      let rssKb = Number.NaN;
      try {
        rssKb = Number(readFileSync(measure, "utf8"));
      } catch {}
      resolve({
        code,
        stdout,
        stderr,
        seconds: (performance.now() - started) / 1000,
        rssMb: rssKb / 1024,
        cwd,
      });
    });
  });
}

describe("the bad-inputs corpus (issue 11)", () => {
  const outcomes = new Map<string, Outcome>();
  let before: Record<string, string>;

  beforeAll(async () => {
    await makeFixtures();
    before = digest(fx);
    // Two cases at a time (the machine has 2 cores); each is a real `refusal` process.
    let next = 0;
    const lane = async () => {
      while (next < CASES.length) {
        const i = next++;
        outcomes.set(CASES[i].name, await runCase(CASES[i], i));
      }
    };
    await Promise.all([lane(), lane()]);
    const worst = [...outcomes.values()].reduce(
      (w, o) => ({ s: Math.max(w.s, o.seconds), m: Math.max(w.m, o.rssMb) }),
      { s: 0, m: 0 },
    );
    process.stdout.write(
      `bad-inputs: ${outcomes.size} cases, slowest ${worst.s.toFixed(2)} s, largest peak memory ${worst.m.toFixed(0)} MB\n`,
    );
  }, 600_000);

  it.each(CASES.map((c) => [c.name, c] as const))(
    "%s: one line, exit code, no stack, nothing written, bounded",
    (_, c) => {
      const o = outcomes.get(c.name)!;
      const lines = o.stderr.trimEnd().split("\n");
      expect(o.stderr, o.stderr).not.toMatch(/internal error/);
      expect(o.stderr).not.toMatch(/\n\s+at /);
      expect(lines, o.stderr).toHaveLength(1);
      expect(lines[0]).toMatch(c.stderr);
      expect(o.code, o.stderr).toBe(c.code);
      expect(o.stdout).toBe("");
      expect(readdirSync(o.cwd)).toEqual([]);
      expect(o.seconds).toBeLessThan(MAX_SECONDS);
      expect(o.rssMb).toBeLessThan(MAX_RSS_MB);
    },
  );

  it("no case changed a byte of the fixtures (databases, WAL, scenario files)", () => {
    expect(digest(fx)).toEqual(before);
  });
});
