import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseExperiment } from "../experiments/experiment-file.ts";
import { sweep } from "../experiments/sweep.ts";
import { registry } from "../models/index.ts";
import { Store } from "../store/index.ts";
import { asSchemaVersion1 } from "../store/testing/schema-v1.ts";
import { loadReportData } from "./load.ts";
import type { ReportData } from "./types.ts";

// factors deliberately not in alphabetical order: the stored file keeps keys sorted
const SOBOL = `name: gw-sobol
model: goodwin
factors:
  omega0: { min: 0.75, max: 0.85 }
  alpha: { min: 0.015, max: 0.03 }
design: { kind: sobol, samples: 4, seed: 2 }
seeds: 1
horizon: 3
record: { series: none }
`;

const MORRIS = `name: gw-morris
model: goodwin
factors:
  omega0: { min: 0.75, max: 0.85 }
  alpha: { min: 0.015, max: 0.03 }
design: { kind: morris, samples: 2, seed: 1 }
seeds: 1
horizon: 3
record: { series: none }
`;

let dir: string;

async function load(db: string): Promise<ReportData[]> {
  const s = await Store.open(db, { readOnly: true });
  try {
    return await loadReportData(s);
  } finally {
    await s.close();
  }
}

/** A database of the two experiments, swept inline. */
async function sweptDb(name: string): Promise<string> {
  const db = join(dir, name);
  for (const [file, text] of [
    ["sobol.yaml", SOBOL],
    ["morris.yaml", MORRIS],
  ]) {
    writeFileSync(join(dir, file), text);
    await sweep(parseExperiment(text, join(dir, file), registry), { db, workers: 0 });
  }
  return db;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "refusal-report-legacy-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("loadReportData on a database written before designs were stored", () => {
  it("loadReportData() reads the design the sweep stored: factor order and Morris / Sobol' roles", async () => {
    const db = await sweptDb("new.duckdb");
    const s = await Store.open(db, { readOnly: true });
    expect((await s.design("gw-sobol"))?.factors).toEqual(["omega0", "alpha"]);
    expect((await s.design("gw-morris"))?.roles).toHaveLength(2 * 3);
    await s.close();
    const data = await load(db);
    expect(data.map((d) => [d.name, d.design.factors, d.design.recovered, d.sensitivity?.kind])).toEqual([
      ["gw-sobol", ["omega0", "alpha"], true, "sobol"],
      ["gw-morris", ["omega0", "alpha"], true, "morris"],
    ]);
  });

  it("loadReportData() of a schema version 1 database gives the same report from the stored file's factorOrder", async () => {
    const db = await sweptDb("v1.duckdb");
    const before = await load(db);
    await asSchemaVersion1(db);
    const after = await load(db);
    expect(after).toEqual(before);
  });

  it("loadReportData() without a stored design or factorOrder says the design is unknown, and shows the rest", async () => {
    const db = await sweptDb("no-order.duckdb");
    const before = await load(db);
    await asSchemaVersion1(db);
    const w = await Store.open(db); // migrated, but the designs of the old experiments stay unknown
    await w.close();
    const { DuckDBInstance } = await import("@duckdb/node-api");
    const inst = await DuckDBInstance.create(db);
    const conn = await inst.connect();
    await conn.run("UPDATE experiments SET spec = json_merge_patch(spec, '{\"factorOrder\": null}')");
    conn.closeSync();
    inst.closeSync();
    const after = await load(db);
    for (const name of ["gw-sobol", "gw-morris"]) {
      const a = after.find((d) => d.name === name)!;
      const b = before.find((d) => d.name === name)!;
      expect(a.design).toEqual({ ...b.design, factors: ["alpha", "omega0"], recovered: false });
      expect(a.sensitivity).toBeUndefined();
      expect(a.notes).toContain(
        "The design is not stored (the database was written before refusal kept designs), and the stored experiment file's factor order does not give the stored runs: sensitivity indices are not computed.",
      );
      expect(a.runs).toBe(b.runs);
      expect(a.summaries).toEqual(b.summaries);
      expect(a.points.map((p) => p.values)).toEqual(b.points.map((p) => p.values));
    }
  });
});
