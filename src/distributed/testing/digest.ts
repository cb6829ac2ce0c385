import { Store } from "../../store/index.ts";

export interface StoreDigest {
  /** Design points x seeds linked, and distinct runs among them. */
  links: number;
  runs: number;
  /** md5 of every (run key, status, series hash); of every series value; of every summary. */
  hashes: string;
  series: string;
  summaries: string;
}

/**
 * Fingerprints of what an experiment stored: equal digests mean the same runs with the same
 * series hashes, series values and summaries, to the bit (DuckDB prints doubles in their
 * shortest exact form). The experiment's name is left out, so two names can be compared.
 */
export async function storeDigest(db: string, experiment: string): Promise<StoreDigest> {
  const s = await Store.open(db, { readOnly: true });
  const e = experiment.replace(/'/g, "''");
  const runsOf = `(SELECT DISTINCT run_key FROM experiment_runs WHERE experiment = '${e}')`;
  const one = async (sql: string) => (await s.query(sql)).rows[0];
  try {
    const [links, runs] = await one(
      `SELECT count(*), count(DISTINCT run_key) FROM experiment_runs WHERE experiment = '${e}'`,
    );
    const [hashes] = await one(
      `SELECT md5(string_agg(run_key || ':' || status || ':' || coalesce(series_hash, '-'), ',' ORDER BY run_key))
       FROM runs WHERE run_key IN ${runsOf}`,
    );
    const [series] = await one(
      `SELECT md5(coalesce(string_agg(run_key || metric || ':' || t || '=' || value, ',' ORDER BY run_key, metric, t), ''))
       FROM series WHERE run_key IN ${runsOf}`,
    );
    const [summaries] = await one(
      `SELECT md5(coalesce(string_agg(run_key || name || '=' || value, ',' ORDER BY run_key, name), ''))
       FROM summaries WHERE run_key IN ${runsOf}`,
    );
    return {
      links: Number(links),
      runs: Number(runs),
      hashes: String(hashes),
      series: String(series),
      summaries: String(summaries),
    };
  } finally {
    await s.close();
  }
}

/** Runs of an experiment whose stored series rows are not all there (a partly written run). */
export async function partialRuns(db: string, experiment: string): Promise<number> {
  const s = await Store.open(db, { readOnly: true });
  try {
    const r = await s.query(
      `SELECT count(*) FROM runs r JOIN experiment_runs e USING (run_key)
       WHERE e.experiment = '${experiment.replace(/'/g, "''")}'
         AND (SELECT count(*) FROM series_data d WHERE d.run_id = r.run_id) <> r.series_rows * len(r.series_metrics)`,
    );
    return Number(r.rows[0][0]);
  } finally {
    await s.close();
  }
}
