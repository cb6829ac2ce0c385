import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runModel } from "../../engine/run.ts";
import { modelFacts } from "../../models/facts.ts";
import { registry } from "../../models/index.ts";
import { refusal } from "../../models/refusal/index.ts";
import { UserError } from "../../scenario/errors.ts";
import { Store } from "../../store/index.ts";
import { loadExperiment } from "../experiment-file.ts";
import { sweep } from "../sweep.ts";
import { runForFacts, scoreExperiment, scoreModel } from "./index.ts";

const spec = modelFacts.refusal;
const base = { workers: 1000, firms: 20, burnInYears: 5 };
const params = refusal.params.parse(base) as Record<string, unknown>;
const tmp = mkdtempSync(join(tmpdir(), "refusal-facts-"));
const lookup = (name: string) => {
  const model = registry.get(name);
  return model ? { model, spec: modelFacts[name] } : undefined;
};

async function storedExperiment(name: string, record: string): Promise<string> {
  const file = join(tmp, `${name}.yaml`);
  writeFileSync(
    file,
    `name: ${name}\nmodel: refusal\nparams: {workers: 1000, firms: 20, burnInYears: 5}\nseeds: 2\nhorizon: 20\nrecord: ${record}\n`,
  );
  const db = join(tmp, `${name}.duckdb`);
  await sweep(loadExperiment(file, registry), { db, workers: 0 });
  return db;
}

async function withStore<T>(db: string, f: (s: Store) => Promise<T>): Promise<T> {
  const s = await Store.open(db, { readOnly: true });
  try {
    return await f(s);
  } finally {
    await s.close();
  }
}

describe("runForFacts()", () => {
  it("is the same run as runModel (same hash) and reads the firm sizes of every year after the burn-in", () => {
    const { run, inputs } = runForFacts(refusal, spec, params, 3, 15);
    expect(run.hash).toBe(runModel(refusal, params, { seed: 3, horizon: 15 }).hash);
    expect(inputs.firmSizes).toHaveLength(11); // the end of the burn-in and each of the 10 years after
    expect(inputs.firmGrowth).toHaveLength(10);
    // Firm sizes add up to the employed at the end of the run: N (1 − u).
    const last = inputs.firmSizes![10];
    expect(last.reduce((a, b) => a + b, 0)).toBeCloseTo(1000 * (1 - run.final.unemploymentRate), 9);
    expect(inputs.quarterly.gdp).toHaveLength(40);
    // since refusal 2.0.0 investment is recorded; since 3.0.0 the exits of firms under two years;
    // since 3.1.0 the inventories, so investment is gross as in the national accounts
    expect(inputs.quarterly.investment).toHaveLength(40);
    expect(inputs.missing.investment).toBeUndefined();
    expect(inputs.quarterly.fixedInvestment).toHaveLength(40);
    // Gross investment is fixed investment plus the change in inventories: over the 40 quarters
    // after the burn-in (months 61..180), the gap adds up to the change in inventories.
    const inv: number[] = [];
    const k = refusal.metrics.indexOf("inventories");
    runModel(refusal, params, { seed: 3, horizon: 15, onRow: (_t, row) => inv.push(row[k]) });
    const q = inputs.quarterly;
    let gap = 0;
    for (let i = 0; i < 40; i++) gap += 3 * (q.investment![i] - q.fixedInvestment![i]);
    expect(inv[180] - inv[60]).not.toBe(0);
    expect(gap).toBeCloseTo(inv[180] - inv[60], 9);
    expect(inputs.monthly.firmYoungExits).toHaveLength(120);
  });
});

describe("scoreExperiment()", () => {
  it("scores stored runs as a model run scores them, except the firm sizes, which are not stored", async () => {
    const db = await storedExperiment("facts-all", "{series: all, every: 1}");
    const [card] = await withStore(db, (s) => scoreExperiment(s, "facts-all", { lookup }));
    const live = scoreModel({ model: refusal, spec, params, seeds: [0, 1], horizon: 20 });
    expect(card.runs).toBe(2);
    expect(card.title).toMatch(
      new RegExp(
        `^experiment facts-all, point 0: refusal ${refusal.version.replaceAll(".", "\\.")} burnInYears=5 firms=20 workers=1000, 2 seeds \\(0, 1\\)`,
      ),
    );
    for (const row of card.rows) {
      const other = live.rows.find((r) => r.id === row.id)!;
      if (row.id === "firm_size_tail_exponent" || row.id === "firm_growth_laplace") {
        expect(row.status).toBe("not measured");
        expect(row.reason).toMatch(/the stored runs hold no firm sizes/);
        continue;
      }
      expect(row.status, row.id).toBe(other.status);
      if (row.stats && other.stats && Number.isFinite(other.stats.mean))
        expect(row.stats.mean, row.id).toBeCloseTo(other.stats.mean, 12);
    }
  });

  it("with series thinned to every third month and a few metrics: says so, and what is missing", async () => {
    const db = await storedExperiment("facts-thin", "{series: [output, unemploymentRate], every: 3}");
    const [card] = await withStore(db, (s) => scoreExperiment(s, "facts-thin", { lookup }));
    expect(card.notes.join(" ")).toMatch(/every third month: each quarter is its last month's value/);
    const row = (id: string) => card.rows.find((r) => r.id === id)!;
    expect(row("okun_gap").status).not.toBe("not measured");
    expect(row("corr_labour_share").reason).toBe("the stored runs hold no wageShare series");
    expect(row("firm_exit_rate").reason).toBe("the stored runs hold no firms series");
  });

  it("an unknown experiment or design point is a one-line UserError with what was expected", async () => {
    const db = join(tmp, "facts-all.duckdb");
    await expect(withStore(db, (s) => scoreExperiment(s, "facts-al", { lookup }))).rejects.toThrow(
      /^--experiment facts-al: no such experiment in the database \(did you mean 'facts-all'\?\)/,
    );
    await expect(withStore(db, (s) => scoreExperiment(s, "facts-all", { lookup, point: 4 }))).rejects.toThrow(
      UserError,
    );
  });
});
