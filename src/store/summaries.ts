import { sqlString } from "./sql-quote.ts";
import { Store } from "./store.ts";

/** The summaries of an experiment's runs that ended ok, keyed `point|seed|name`; null values read as NaN. */
export interface StoredSummaries {
  values: Map<string, number>;
  /** Every summary name the stored runs have (to tell a misspelt name from a missing value). */
  names: Set<string>;
  /** Rows read (0: nothing stored yet). */
  rows: number;
}

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
       WHERE e.experiment = ${sqlString(experiment)} AND r.status = 'ok'`,
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
      `SELECT count(*) FROM experiment_runs e JOIN runs r USING (run_key) WHERE e.experiment = ${sqlString(experiment)}`,
    );
    return Number(r.rows[0]?.[0] ?? 0);
  } finally {
    await store.close();
  }
}

/** The mean of one summary over the runs of a group of design points (see summaryMeansBy). */
export interface GroupMean {
  /** The group's values of the parameters it is grouped by, in their order (JSON text; null: absent). */
  group: (string | null)[];
  summary: string;
  /** Over the runs that ended ok; NaN when none has a value. */
  mean: number;
  runs: number;
}

/**
 * The mean of each summary in `summaries` over the runs of `experiment` that ended ok, grouped by
 * the values of the parameters `by` (e.g. strategy and regime), groups in the order of their first
 * design point.
 */
export async function summaryMeansBy(
  db: string,
  experiment: string,
  by: readonly string[],
  summaries: readonly string[],
): Promise<GroupMean[]> {
  const store = await Store.open(db, { readOnly: true });
  try {
    const groups = by.map((p) => `r.params->>${sqlString(p)}`).join(", ");
    const names = summaries.map(sqlString).join(",");
    const r = await store.query(`
      SELECT ${groups}, s.name, avg(s.value) AS mean, count(*) AS n
      FROM experiment_runs e JOIN runs r USING (run_key) JOIN summaries s USING (run_key)
      WHERE e.experiment = ${sqlString(experiment)} AND r.status = 'ok' AND s.name IN (${names})
      GROUP BY ALL ORDER BY min(e.point_index)`);
    return r.rows.map((row) => {
      const [name, mean, n] = row.slice(by.length);
      return {
        group: row.slice(0, by.length).map((v) => (v === null ? null : String(v))),
        summary: String(name),
        mean: mean === null ? Number.NaN : Number(mean),
        runs: Number(n),
      };
    });
  } finally {
    await store.close();
  }
}
