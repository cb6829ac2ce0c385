import { existsSync } from "node:fs";
import type { Command } from "commander";
import {
  experimentScorecards,
  modelScorecard,
  type Scorecard,
  type ScorecardRow,
  writeScorecardReport,
} from "../api-node.ts";
import { countLine } from "../experiments/facts/index.ts";
import { UserError } from "../scenario/errors.ts";
import { fmt, table } from "./format.ts";
import { runProgress } from "./progress.ts";
import { DEFAULT_DB } from "./sweep-commands.ts";

const out = (s: string) => process.stdout.write(s.endsWith("\n") ? s : `${s}\n`);
const collect = (v: string, prev: string[]) => [...prev, v];

export interface FactsFlags {
  set: string[];
  seed?: string;
  seeds?: string;
  horizon?: string;
  db?: string;
  experiment?: string;
  point?: string;
  json?: boolean;
  report?: string;
}

function integerFlag(raw: string, flag: string, min: number, max: number): number {
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < min || n > max)
    throw new UserError(`${flag}: expected an integer from ${min} to ${max}, got ${JSON.stringify(raw)}`);
  return n;
}

const bound = (v: number) => (Number.isFinite(v) ? fmt(v) : v > 0 ? "inf" : "-inf");

function rangeText(r: ScorecardRow): string {
  return r.range ? `[${bound(r.range[0])}, ${bound(r.range[1])}]` : "-";
}

function valueText(r: ScorecardRow): string {
  const s = r.stats;
  if (!s || s.n === 0) return "-";
  return s.n >= 2 ? `${fmt(s.mean)} [${fmt(s.ciLow)}, ${fmt(s.ciHigh)}]` : fmt(s.mean);
}

function resultText(r: ScorecardRow): string {
  const parts: string[] = [r.status];
  if (r.status === "not measured" && r.reason) parts[0] = `not measured: ${r.reason}`;
  else if (r.reason && r.status !== "no target") parts.push(`(${r.reason})`);
  if (r.sameFactAs) parts.push(`(repeats ${r.sameFactAs}, not counted)`);
  return parts.join(" ");
}

/** The scorecard as the table `refusal facts` prints. */
export function scorecardText(s: Scorecard): string {
  const rows = [["fact", "target", "source", "mean over runs [95% interval]", "runs", "result"]];
  for (const r of s.rows)
    rows.push([r.id, rangeText(r), r.sourceShort, valueText(r), String(r.stats?.n ?? 0), resultText(r)]);
  return [
    s.title,
    `targets: ${s.targetsFile}; ${s.runs} run${s.runs === 1 ? "" : "s"} scored${s.runsLeftOut ? `, ${s.runsLeftOut} left out` : ""}`,
    ...s.notes.map((n) => `note: ${n}`),
    table(rows, ""),
    countLine(s),
  ].join("\n");
}

/** `refusal facts`: the stylised-facts scorecard of a model run (an ensemble of seeds) or of a stored experiment. */
export async function factsCommand(target: string | undefined, o: FactsFlags): Promise<void> {
  const stored = o.db !== undefined || o.experiment !== undefined;
  if (target !== undefined && stored)
    throw new UserError(
      `facts: give a model (or scenario file) to run, or --db FILE --experiment NAME to score stored runs, not both`,
    );
  if (target === undefined && !stored)
    throw new UserError(
      "facts: expected a model name or scenario file (e.g. refusal facts refusal), or --experiment NAME [--db FILE]",
    );
  let cards: Scorecard[];
  if (stored) {
    if (o.experiment === undefined)
      throw new UserError(
        "--db: expected --experiment NAME too (the experiments are listed by refusal runs <db>)",
      );
    for (const [flag, v] of [
      ["--set", o.set.length ? o.set.join(" ") : undefined],
      ["--seed", o.seed],
      ["--seeds", o.seeds],
      ["--horizon", o.horizon],
    ] as const)
      if (v !== undefined)
        throw new UserError(`${flag}: applies to a model run, not to the stored experiment ${o.experiment}`);
    const point = o.point === undefined ? undefined : integerFlag(o.point, "--point", 0, 1e9);
    cards = await experimentScorecards(o.db ?? DEFAULT_DB, o.experiment, point);
  } else {
    if (o.point !== undefined)
      throw new UserError("--point: applies to a stored experiment (--experiment NAME)");
    const seeds = o.seeds === undefined ? 8 : integerFlag(o.seeds, "--seeds", 1, 1000);
    let done = 0;
    const progress = runProgress(`facts (${seeds} runs)`);
    try {
      const card = modelScorecard(target!, {
        set: o.set,
        seed: o.seed,
        horizon: o.horizon,
        seeds,
        onRun: (k) => {
          done = k;
        },
        onProgress: (d, n) => progress.update(done * n + d, seeds * n),
      });
      cards = [card];
    } finally {
      progress.end();
    }
  }
  if (o.report) {
    const inputs = stored
      ? [{ path: o.db ?? DEFAULT_DB, what: "the results database" }]
      : existsSync(target!)
        ? [{ path: target!, what: "the scenario file" }]
        : [];
    const r = writeScorecardReport(o.report, cards, inputs);
    process.stderr.write(
      `${r.out}: the scorecard${cards.length === 1 ? "" : "s"} (${Math.round(r.bytes / 1024)} KiB)\n`,
    );
  }
  if (o.json) {
    // Non-finite numbers as strings ("Infinity", "NaN"), as refusal query prints them.
    out(
      JSON.stringify({ scorecards: cards }, (_k, v) =>
        typeof v === "number" && !Number.isFinite(v) ? String(v) : v,
      ),
    );
    return;
  }
  out(cards.map(scorecardText).join("\n\n"));
}

export function registerFactsCommand(program: Command): void {
  program
    .command("facts")
    .description(
      "The stylised-facts scorecard (relative volatilities, co-movements, growth persistence and tails, firm sizes, Okun, Phillips, the Goodwin cycle, recessions, exits) of a model run or a stored experiment",
    )
    .argument(
      "[model|scenario-file]",
      "a model with stylised-facts targets (refusal) or a scenario file of one",
    )
    .option("--set <key=value>", "set a parameter (repeatable)", collect, [])
    .option("--seed <n>", "first seed (default: the scenario's, 0)")
    .option("--seeds <n>", "runs, one per seed from the first (default 8)")
    .option("--horizon <t>", "length of each run in the model's time unit (years)")
    .option("--db <file>", `results database of a stored experiment (default ${DEFAULT_DB})`)
    .option("--experiment <name>", "score the stored runs of this experiment, one scorecard per design point")
    .option("--point <i>", "only this design point of the experiment")
    .option(
      "--json",
      'print exactly one JSON object {scorecards: [...]} (non-finite numbers as "Infinity", "NaN")',
    )
    .option("--report <file>", "also write the scorecard as a self-contained HTML page")
    .action((target: string | undefined, o: FactsFlags) => factsCommand(target, o));
}
