import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { cli } from "./cli.ts";

const tmp = mkdtempSync(join(tmpdir(), "refusal-sweep-"));

/** A goodwin grid: 6 points x `seeds` seeds; each run is a few ms. */
function goodwinExperiment(name: string, seeds: number, horizon = 30): string {
  const f = join(tmp, `${name}.yaml`);
  writeFileSync(
    f,
    `name: ${name}\nmodel: goodwin\nfactors:\n  alpha: {min: 0.02, max: 0.03}\n  omega0: {values: [0.8, 0.82]}\ndesign: {kind: grid, levels: 3}\nseeds: ${seeds}\nhorizon: ${horizon}\nrecord: {series: [omega], every: 5}\n`,
  );
  return f;
}

/** A threshold sweep: stochastic, so seeds matter. */
function thresholdExperiment(name: string, seeds: number, N = 100): string {
  const f = join(tmp, `${name}.yaml`);
  writeFileSync(
    f,
    `name: ${name}\nmodel: threshold\nparams: {N: ${N}, mean: 25}\nfactors:\n  sd: {min: 10, max: 16}\ndesign: {kind: grid, levels: 4}\nseeds: ${seeds}\nhorizon: 300\n`,
  );
  return f;
}

/**
 * Start a sweep in a child process and resolve once its progress line reports at least `min`
 * runs done (plain progress lines every 100 ms), so that a kill lands mid-way on any machine.
 */
function startSweep(args: string[], min: number) {
  const child = spawn(process.execPath, ["bin/refusal.mjs", "sweep", ...args], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, REFUSAL_PROGRESS_MS: "100" },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => {
    stdout += d;
  });
  const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
  const progressed = new Promise<void>((resolve, reject) => {
    child.stderr.on("data", (d) => {
      stderr += d;
      const done = [...stderr.matchAll(/ (\d+)\/\d+ \|/g)].map((m) => Number(m[1]));
      if (done.some((n) => n >= min)) resolve();
    });
    exited.then(() => reject(new Error(`sweep ended before ${min} runs: ${stderr.slice(-300)}`)));
  });
  return { child, exited, progressed, out: () => stdout };
}

const q = (db: string, sql: string) =>
  JSON.parse(cli(["query", db, sql, "--json"]).stdout) as Record<string, unknown>[];
const digest = (db: string, exp: string) =>
  q(
    db,
    `SELECT count(*) AS n, count(DISTINCT r.run_key) AS k, md5(string_agg(r.run_key || ':' || r.series_hash, ',' ORDER BY r.run_key)) AS h FROM runs r JOIN experiment_runs e USING (run_key) WHERE e.experiment = '${exp}'`,
  )[0];

describe("refusal sweep", () => {
  it("sweep stores every run once, with the same keys and hashes inline and on 2 worker threads", () => {
    const f = thresholdExperiment("same", 5);
    const a = cli(["sweep", f, "--db", join(tmp, "inline.duckdb"), "--workers", "0"]);
    const b = cli(["sweep", f, "--db", join(tmp, "pool.duckdb"), "--workers", "2"]);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    expect(a.stdout).toMatch(/same: 20\/20 runs stored/);
    const da = digest(join(tmp, "inline.duckdb"), "same");
    expect(da).toMatchObject({ n: 20, k: 20 });
    expect(digest(join(tmp, "pool.duckdb"), "same")).toEqual(da);
  });

  it("sweep's hashes equal those of refusal run --json for the same params and seed", () => {
    const db = join(tmp, "inline.duckdb");
    const row = q(db, "SELECT params->>'sd' AS sd, seed, series_hash FROM runs ORDER BY run_key LIMIT 1")[0];
    const r = JSON.parse(
      cli([
        "run",
        "threshold",
        "--set",
        "N=100",
        "--set",
        "mean=25",
        "--set",
        `sd=${row.sd}`,
        "--seed",
        String(row.seed),
        "--horizon",
        "300",
        "--json",
      ]).stdout,
    );
    expect(r.hash).toBe(row.series_hash);
  });

  it("sweep again resumes: nothing is run twice", () => {
    const f = thresholdExperiment("same", 5);
    const r = cli(["sweep", f, "--db", join(tmp, "inline.duckdb"), "--workers", "0"]);
    expect(r.stdout).toMatch(/20\/20 runs stored .*\(20 already there, 0 run now/);
    expect(digest(join(tmp, "inline.duckdb"), "same")).toMatchObject({ n: 20, k: 20 });
  });

  it("a sweep killed with SIGKILL and started again completes with no run missing and none duplicated", async () => {
    const f = goodwinExperiment("killed", 120, 60); // 720 runs, several seconds
    const db = join(tmp, "killed.duckdb");
    const s = startSweep([f, "--db", db, "--workers", "1"], 20);
    await s.progressed;
    s.child.kill("SIGKILL");
    await s.exited;
    const partial = Number(q(db, "SELECT count(*) AS n FROM runs")[0].n);
    expect(partial).toBeGreaterThan(0); // it was killed mid-way, not before or after
    expect(partial).toBeLessThan(720);
    // Every stored run is whole: it has its series rows.
    const incomplete = q(
      db,
      "SELECT count(*) AS n FROM runs r WHERE (SELECT count(*) FROM series_data d WHERE d.run_id = r.run_id) = 0",
    );
    expect(Number(incomplete[0].n)).toBe(0);
    const again = cli(["sweep", f, "--db", db, "--workers", "2"]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(
      new RegExp(`720/720 runs stored .*\\(${partial} already there, ${720 - partial} run now`),
    );
    const ref = join(tmp, "killed-ref.duckdb");
    cli(["sweep", f, "--db", ref, "--workers", "2"]);
    expect(digest(db, "killed")).toMatchObject({ n: 720, k: 720 });
    expect(digest(db, "killed")).toEqual(digest(ref, "killed"));
  }, 120_000);

  it("SIGINT finishes the runs in flight, exits 130, and a second sweep completes", async () => {
    const f = goodwinExperiment("interrupted", 120, 60);
    const db = join(tmp, "interrupted.duckdb");
    const s = startSweep([f, "--db", db, "--workers", "1"], 20);
    await s.progressed;
    s.child.kill("SIGINT");
    expect(await s.exited).toBe(130);
    expect(s.out()).toMatch(/interrupted: \d+ runs left; run the same command again to resume/);
    const again = cli(["sweep", f, "--db", db]);
    expect(again.stdout).toMatch(/720\/720 runs stored/);
    expect(digest(db, "interrupted")).toMatchObject({ n: 720, k: 720 });
  }, 120_000);
});

describe("sweep faults: one line, exit 2, nothing touched", () => {
  it("a factor naming a parameter the model does not have fails before any run (no database created)", () => {
    const f = join(tmp, "badfactor.yaml");
    writeFileSync(f, "name: bad\nmodel: goodwin\nfactors:\n  alfa: {min: 0.01, max: 0.03}\ndesign: grid\n");
    const db = join(tmp, "never.duckdb");
    const r = cli(["sweep", f, "--db", db]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(
      new RegExp(
        `^refusal: ${f}:4:3: factors\\.alfa: the model 'goodwin' has no parameter 'alfa' \\(did you mean 'alpha'\\?\\)$`,
      ),
    );
    expect(existsSync(db)).toBe(false);
  });

  it("--db pointing at a file that is not a database is refused and left untouched", () => {
    const db = join(tmp, "notes.txt");
    writeFileSync(db, "my precious notes, not a database\n".repeat(20));
    const before = readFileSync(db);
    const r = cli(["sweep", goodwinExperiment("g", 1), "--db", db]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/not a refusal results database/);
    expect(readFileSync(db).equals(before)).toBe(true);
  });

  it("two sweeps on the same database at once: the second refuses with a clear message", async () => {
    const f = goodwinExperiment("first", 60, 60);
    const db = join(tmp, "busy.duckdb");
    const s = startSweep([f, "--db", db, "--workers", "1"], 5);
    await s.progressed;
    const second = cli(["sweep", goodwinExperiment("second", 1), "--db", db]);
    s.child.kill("SIGKILL");
    await s.exited;
    expect(second.code).toBe(2);
    expect(second.stderr.trim()).toMatch(/in use by another process/);
  }, 60_000);

  it("a read-only directory is a one-line error", () => {
    if (process.getuid?.() === 0) {
      // root ignores directory permissions; a path under a regular file cannot be created either way
      const r = cli(["sweep", goodwinExperiment("g2", 1), "--db", join(tmp, "notes.txt", "x.duckdb")]);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      return;
    }
  });

  it("--workers and unknown experiments in export are checked", () => {
    expect(cli(["sweep", goodwinExperiment("g3", 1), "--workers", "-1"]).stderr).toMatch(
      /--workers: expected an integer/,
    );
    const r = cli([
      "export",
      join(tmp, "inline.duckdb"),
      "--experiment",
      "smae",
      "--format",
      "csv",
      "--out",
      join(tmp, "x.csv"),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no experiment 'smae' \(did you mean 'same'\?\)/);
  });
});

describe("query, export, runs", () => {
  it("runs lists experiments with stored/planned counts by status", () => {
    const r = cli(["runs", join(tmp, "inline.duckdb")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/same +threshold +1\.0\.0 +20\/20 +20 +0 +0 +0/);
  });

  it("query prints a table, --csv and --json; bad SQL is a one-line error", () => {
    const db = join(tmp, "inline.duckdb");
    expect(cli(["query", db, "SELECT count(*) AS n FROM runs"]).stdout).toMatch(/^n\n20\n\(1 row\)/);
    expect(cli(["query", db, "SELECT 1 AS a, 'x,y' AS b", "--csv"]).stdout).toBe('a,b\n1,"x,y"\n');
    const bad = cli(["query", db, "SELEC nonsense"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("report writes one self-contained HTML file with charts and the manifest", () => {
    const out = join(tmp, "report.html");
    const r = cli(["report", join(tmp, "inline.duckdb"), "--experiment", "same", "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain("<svg");
    expect(html).toMatch(/npx refusal sweep/);
    expect(html).not.toMatch(/<script|src="http/);
  });

  it("export writes parquet and csv that DuckDB reads back with one row per run", async () => {
    const db = join(tmp, "inline.duckdb");
    // Read back by DuckDB itself: `refusal query` cannot read files outside its database.
    const reader = await (await DuckDBInstance.create(":memory:")).connect();
    for (const format of ["parquet", "csv"]) {
      const out = join(tmp, `same.${format}`);
      const r = cli(["export", db, "--experiment", "same", "--format", format, "--out", out]);
      expect(r.code, r.stderr).toBe(0);
      const fn = format === "parquet" ? "read_parquet" : "read_csv_auto";
      const rows = (await reader.runAndReadAll(`SELECT count(*) FROM ${fn}('${out}')`)).getRowsJS();
      expect(Number(rows[0][0])).toBe(20);
      const refused = cli(["query", db, `SELECT count(*) AS n FROM ${fn}('${out}')`]);
      expect(refused.code).toBe(2); // `refusal query` may not read files
      expect(refused.stderr).toMatch(/disabled by configuration/);
    }
    reader.closeSync();
  });
});

describe("a sweep of 10^6 runs", () => {
  it("sweep of a 10^6-run grid starts storing runs within seconds, in bounded memory, and stops on SIGTERM", async () => {
    const db = join(tmp, "million.duckdb");
    const rss = join(tmp, "million.rss");
    const child = spawn(
      process.execPath,
      [
        "--import",
        join(process.cwd(), "test", "bad-inputs", "measure.mjs"),
        join(process.cwd(), "bin", "refusal.mjs"),
        "sweep",
        join(process.cwd(), "test", "bad-inputs", "million-runs.yaml"),
        "--db",
        db,
        "--workers",
        "0",
      ],
      {
        env: { ...process.env, REFUSAL_PROGRESS_MS: "200", REFUSAL_MEASURE: rss },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    const started = performance.now();
    let stderr = "";
    const firstStored = await new Promise<number>((resolve) => {
      const timer = setTimeout(() => resolve(Number.POSITIVE_INFINITY), 30_000);
      child.stderr.on("data", (d) => {
        stderr += d;
        const m = /runs \S+ (\d+)\/1000000/.exec(stderr.split("\n").slice(-3).join("\n"));
        if (m && Number(m[1]) > 0) {
          clearTimeout(timer);
          resolve((performance.now() - started) / 1000);
        }
      });
    });
    const code = await new Promise<number | null>((resolve) => {
      child.on("close", resolve);
      child.kill("SIGTERM");
    });
    expect(firstStored).toBeLessThan(15); // seconds from the command to the first stored run
    expect(code).toBe(130);
    expect(Number(readFileSync(rss, "utf8")) / 1024).toBeLessThan(800); // MB, planning nothing ahead
  }, 60_000);
});
