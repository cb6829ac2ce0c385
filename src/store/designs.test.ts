import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { UserError } from "../scenario/errors.ts";
import { SCHEMA_VERSION } from "./schema.ts";
import { Store } from "./store.ts";
import { SYNTHETIC_EXPERIMENT, syntheticRun } from "./testing/fixtures.ts";
import { asSchemaVersion1 } from "./testing/schema-v1.ts";
import type { StoredDesign } from "./types.ts";

const dir = mkdtempSync(join(tmpdir(), "refusal-designs-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const freshPath = () => join(dir, `db-${n++}.duckdb`);

const MORRIS: StoredDesign = {
  kind: "morris",
  factors: ["r", "k2"],
  points: 3,
  roles: [
    { design: "morris", trajectory: 0, step: 0, delta: 0 },
    { design: "morris", trajectory: 0, step: 1, i: 1, factor: "k2", delta: 0.5 },
    { design: "morris", trajectory: 0, step: 2, i: 0, factor: "r", delta: -0.5 },
  ],
};

const one = async (store: Store, sql: string) => (await store.query(sql)).rows[0][0];

describe("stored designs", () => {
  it("putExperiment() stores the design with its roles, and design() gives it back", async () => {
    const path = freshPath();
    const w = await Store.open(path);
    await w.putExperiment({ name: "m", ...SYNTHETIC_EXPERIMENT, design: MORRIS });
    await w.putExperiment({
      name: "g",
      ...SYNTHETIC_EXPERIMENT,
      design: { kind: "grid", factors: ["b", "a"], points: 6 },
    });
    await w.putExperiment({ name: "none", ...SYNTHETIC_EXPERIMENT });
    await w.close();
    const r = await Store.open(path, { readOnly: true });
    expect(await r.design("m")).toEqual(MORRIS);
    expect(await r.design("g")).toEqual({ kind: "grid", factors: ["b", "a"], points: 6 });
    expect(await r.design("none")).toBeNull();
    expect(await one(r, "SELECT count(*) FROM design_roles WHERE experiment = 'm'")).toBe(3);
    await r.close();
  });

  it("putExperiment() again keeps the design once, and refuses another factor order", async () => {
    const path = freshPath();
    const w = await Store.open(path);
    await w.putExperiment({ name: "m", ...SYNTHETIC_EXPERIMENT, design: MORRIS });
    await w.putExperiment({ name: "m", ...SYNTHETIC_EXPERIMENT, design: MORRIS });
    expect(await one(w, "SELECT count(*) FROM design_roles")).toBe(3);
    const err = await w
      .putExperiment({ name: "m", ...SYNTHETIC_EXPERIMENT, design: { ...MORRIS, factors: ["k2", "r"] } })
      .catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toBe(
      `${path}: experiment 'm' is already stored with another design (morris, factors r, k2, 3 points); give the experiment a new name or use another --db`,
    );
    // the refused call changed nothing
    expect(await w.design("m")).toEqual(MORRIS);
    await w.close();
  });

  it("a database of schema version 1 is read as it is, and migrated once it is opened for writing", async () => {
    const path = freshPath();
    const w = await Store.open(path);
    await w.putExperiment({ name: "old", ...SYNTHETIC_EXPERIMENT });
    await w.putRun(syntheticRun(0, { experiment: "old" }));
    await w.close();
    await asSchemaVersion1(path);

    const ro = await Store.open(path, { readOnly: true });
    expect(ro.schemaVersion).toBe(1);
    expect(await ro.design("old")).toBeNull();
    expect(await one(ro, "SELECT value FROM meta WHERE key = 'schema_version'")).toBe("1");
    await ro.close();

    const rw = await Store.open(path);
    expect(rw.schemaVersion).toBe(SCHEMA_VERSION);
    expect(await one(rw, "SELECT value FROM meta WHERE key = 'schema_version'")).toBe(String(SCHEMA_VERSION));
    expect(await rw.design("old")).toBeNull();
    // Registered again by a sweep, the old experiment gets its design; its runs are kept.
    await rw.putExperiment({ name: "old", ...SYNTHETIC_EXPERIMENT, design: MORRIS });
    expect(await rw.design("old")).toEqual(MORRIS);
    expect(await one(rw, "SELECT count(*) FROM runs")).toBe(1);
    await rw.close();
  });
});
