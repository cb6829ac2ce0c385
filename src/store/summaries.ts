import { Store } from "./store.ts";

/** The summaries of an experiment's runs that ended ok, keyed `point|seed|name`; null values read as NaN. */
export interface StoredSummaries {
  values: Map<string, number>;
  /** Every summary name the stored runs have (to tell a misspelt name from a missing value). */
  names: Set<string>;
  /** Rows read (0: nothing stored yet). */
  rows: number;
}

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** Read the summaries `wanted` of the runs of `experiment` that ended ok. */
export async function readSummaries(
  db: string,
  experiment: string,
  wanted: readonly string[],
): Promise<StoredSummaries> {
  const store = await Store.open(db, { readOnly: true });
  try {
    const r = await store.query(
      `SELECT e.point_index, e.seed, s.name, s.value FROM experiment_runs e JOIN runs r USING (run_key) JOIN summaries s USING (run_key)
       WHERE e.experiment = ${quote(experiment)} AND r.status = 'ok'`,
    );
    const values = new Map<string, number>();
    const names = new Set<string>();
    const want = new Set(wanted);
    for (const [p, seed, name, value] of r.rows) {
      names.add(String(name));
      if (want.has(String(name)))
        values.set(`${p}|${seed}|${name}`, value === null ? Number.NaN : Number(value));
    }
    return { values, names, rows: r.rows.length };
  } finally {
    await store.close();
  }
}

/** How many runs of `experiment` are stored (0 when the experiment is not). */
export async function storedRunCount(db: string, experiment: string): Promise<number> {
  const store = await Store.open(db, { readOnly: true });
  try {
    const r = await store.query(
      `SELECT count(*) FROM experiment_runs e JOIN runs r USING (run_key) WHERE e.experiment = ${quote(experiment)}`,
    );
    return Number(r.rows[0]?.[0] ?? 0);
  } finally {
    await store.close();
  }
}
