import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { Scorecard } from "../experiments/facts/index.ts";
import type { ThesisResult } from "../experiments/theses/evaluate.ts";
import { writeFileAtomic } from "../io/atomic-file.ts";
import { checkOutputs, type Input } from "../io/output-path.ts";
import { UserError } from "../scenario/errors.ts";
import { Store } from "../store/index.ts";
import { renderReport } from "./html.ts";
import { type LoadOptions, loadReportData } from "./load.ts";

export interface WriteReportOptions extends LoadOptions {
  /** The results database. */
  db: string;
  /** One experiment (default: every experiment in the database). */
  experiment?: string;
  /** The HTML file to write (its directory is created). */
  out: string;
  /** The refusal version writing the report (shown in the manifest). */
  generator?: string;
  /** Thesis verdicts to show before the experiments, with the rule they were decided by. */
  theses?: { results: readonly ThesisResult[]; rule: string };
  /** Stylised-facts scorecards to show before the experiments. */
  facts?: readonly Scorecard[];
}

export interface WriteReportResult {
  out: string;
  bytes: number;
  experiments: string[];
}

/**
 * `refusal report`: open the database read-only, load the experiments, render the page and write
 * it (through a temporary name renamed when complete, so a reader never sees half a report).
 */
export async function writeReport(o: WriteReportOptions): Promise<WriteReportResult> {
  checkOutputs([{ path: o.out, flag: "--out" }], [{ path: o.db, what: "the results database" }]);
  const store = await Store.open(o.db, { readOnly: true });
  let html: string;
  let experiments: string[];
  try {
    const data = await loadReportData(store, o.experiment, o);
    experiments = data.map((d) => d.name);
    html = renderReport(data, { db: o.db, out: o.out, generator: o.generator }, o.theses, o.facts);
  } finally {
    await store.close();
  }
  writeHtml(o.out, html);
  return { out: o.out, bytes: Buffer.byteLength(html), experiments };
}

/** Write a page of stylised-facts scorecards alone (a model run's, which has no database). */
export function writeFactsReport(
  out: string,
  facts: readonly Scorecard[],
  generator?: string,
  inputs: readonly Input[] = [],
): WriteReportResult {
  checkOutputs([{ path: out, flag: "--report" }], inputs);
  const html = renderReport([], { db: "(none: model runs)", out, generator }, undefined, facts);
  writeHtml(out, html);
  return { out, bytes: Buffer.byteLength(html), experiments: [] };
}

function writeHtml(out: string, html: string): void {
  try {
    mkdirSync(dirname(out), { recursive: true });
  } catch (e) {
    throw new UserError(`${out}: cannot write the report: ${(e as Error).message.split("\n")[0]}`);
  }
  writeFileAtomic(out, html, "the report");
}
