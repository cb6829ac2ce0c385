import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "./cli.ts";

const tmp = mkdtempSync(join(tmpdir(), "refusal-flagship-"));
const q = (db: string, sql: string) =>
  JSON.parse(cli(["query", db, sql, "--json"]).stdout) as Record<string, unknown>[];

describe("refusal compare --quick (the flagship, end to end)", () => {
  it("compare --quick stores every strategy x regime, prints the table and the verdicts, and writes the report", () => {
    const db = join(tmp, "q.duckdb");
    const out = join(tmp, "report.html");
    const r = cli(["compare", "--quick", "--db", db, "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    // The table: 5 strategies x 3 regimes.
    for (const s of ["none", "bargaining", "passivity", "general-strike", "refusal"]) {
      for (const g of ["laissez-faire", "planning", "repression"])
        expect(r.stdout).toMatch(new RegExp(`^${s} +${g} +2 `, "m"));
    }
    expect(r.stdout).toMatch(
      /growth\/yr +wage share +unemployment +crises +strike-months\/yr +organisation +productivity\/yr +domination/,
    );
    // A smoke test: every thesis shows its estimates, none a verdict, and it says so.
    for (let i = 1; i <= 10; i++)
      expect(r.stdout).toMatch(new RegExp(`^T${i}-quick +¶\\d+.*? smoke test: no verdict `, "m"));
    expect(r.stdout).not.toMatch(/\b(holds|fails|inconclusive|negligible)\b/);
    expect(r.stdout).toMatch(/SMOKE TEST \(--quick\)/);
    const html = readFileSync(out, "utf8");
    expect(html).toContain("Theses");
    expect(html).toContain("SMOKE TEST (--quick)");
    expect(html).toMatch(/SHA-256 [0-9a-f]{64}/);
    for (let i = 1; i <= 10; i++) expect(html).toContain(`T${i}-quick`);
    expect(html).toContain("Experiment compare-quick");
    expect(html).not.toMatch(/<script|src="http/);
    const runs = q(db, "SELECT count(*) AS n FROM experiment_runs WHERE experiment = 'compare-quick'")[0].n;
    expect(runs).toBe(30);
  }, 300_000);

  it("refusal runs are the same inline and on worker threads", () => {
    const f = join(tmp, "det.yaml");
    writeFileSync(
      f,
      "name: det\nmodel: refusal\nparams: {workers: 500, firms: 6, burnInYears: 1}\nfactors:\n  strategy: {values: [none, bargaining, refusal]}\ndesign: grid\nseeds: 2\nhorizon: 4\n",
    );
    const digest = (db: string) =>
      q(
        db,
        "SELECT md5(string_agg(run_key || series_hash, ',' ORDER BY run_key)) AS h, count(*) AS n FROM runs",
      )[0];
    expect(cli(["sweep", f, "--db", join(tmp, "d0.duckdb"), "--workers", "0"]).code).toBe(0);
    expect(cli(["sweep", f, "--db", join(tmp, "d2.duckdb"), "--workers", "2"]).code).toBe(0);
    expect(digest(join(tmp, "d0.duckdb"))).toEqual(digest(join(tmp, "d2.duckdb")));
    expect(digest(join(tmp, "d0.duckdb")).n).toBe(6);
  }, 120_000);

  it("theses --only runs the named theses and refuses an empty selection", () => {
    const r = cli(["theses", "--quick", "--only", "T7", "--db", join(tmp, "q.duckdb")]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^T7-quick +¶18 ¶19 ¶36 +smoke test: no verdict/m);
    const none = cli(["theses", "--only", "T99"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no thesis files matching --only T99/);
    const smoke = cli(["theses", "--quick", "--robustness", "--only", "T7"]);
    expect(smoke.code).toBe(2);
    expect(smoke.stderr).toMatch(/a smoke test \(--quick\) has no robustness analysis/);
    const backend = cli(["theses", "--only", "T7", "--backend", "carrier-pigeon"]);
    expect(backend.code).toBe(2);
    expect(backend.stderr).toMatch(/--backend: expected inline, threads or redis/);
  }, 120_000);
});
