import type { Command } from "commander";
import type { ThesisResult } from "../experiments/theses/evaluate.ts";
import {
  COMPARE_COLUMNS,
  compareExperiment,
  compareTable,
  loadTheses,
  runCompare,
  runTheses,
  THESES_DIR,
  writeFlagshipReport,
} from "../flagship.ts";
import { UserError } from "../scenario/errors.ts";
import { checkDirectory, parseWorkers, withLimitOptions } from "./flags.ts";
import { fmt, table } from "./format.ts";
import { withSweepUi } from "./sweep-ui.ts";

const out = (s: string) => process.stdout.write(s.endsWith("\n") ? s : `${s}\n`);

function verdictRows(results: readonly ThesisResult[]): string[][] {
  return [
    ["thesis", "¶", "verdict", "effect [95% interval]", "robust", "title"],
    ...results.map((r) => [
      r.id,
      r.paragraph,
      r.verdict,
      r.effects
        .map((e) => `${e.label.split(":")[0]} ${fmt(e.estimate)} [${fmt(e.ciLow)}, ${fmt(e.ciHigh)}]`)
        .join("; "),
      r.robustness ? `${Math.round(100 * r.robustness.shareSameSign)}%` : "-",
      r.title,
    ]),
  ];
}

interface FlagshipFlags {
  quick?: boolean;
  db: string;
  workers?: string;
  out: string;
  dir: string;
  only?: string;
}

async function thesesCommand(o: FlagshipFlags): Promise<ThesisResult[]> {
  const workers = parseWorkers(o.workers);
  checkDirectory(o.dir, "--dir");
  const theses = loadTheses(
    Boolean(o.quick),
    o.dir,
    o.only?.split(",").map((s) => s.trim()),
  );
  if (theses.length === 0)
    throw new UserError(`${o.dir}: no thesis files${o.only ? ` matching --only ${o.only}` : ""}`);
  const results = await withSweepUi("theses", async (ui) =>
    runTheses(
      theses,
      { db: o.db, workers, signal: ui.signal, hardSignal: ui.hardSignal, onProgress: ui.onProgress },
      (r) => process.stderr.write(`${r.id}: ${r.verdict} (${r.runs} runs)\n`),
    ),
  );
  out(table(verdictRows(results), ""));
  out(
    `(${results.filter((r) => r.verdict === "holds").length} hold, ${results.filter((r) => r.verdict === "fails").length} fail, ${results.filter((r) => r.verdict === "inconclusive").length} inconclusive; runs in ${o.db})`,
  );
  if (results.some((r) => r.interrupted) || results.length < theses.length) process.exitCode = 130;
  return results;
}

async function compareCommand(o: FlagshipFlags): Promise<void> {
  const workers = parseWorkers(o.workers);
  checkDirectory(o.dir, "--dir");
  const exp = compareExperiment(Boolean(o.quick));
  const theses = loadTheses(Boolean(o.quick), o.dir);
  const started = performance.now();
  const swept = await withSweepUi(exp.name, (ui) => runCompare(exp, { db: o.db, workers, ...ui }));
  out(`${exp.name}: ${swept.done}/${swept.total} runs in ${o.db} (${swept.alreadyStored} already there)`);
  if (swept.interrupted) {
    out("interrupted: run the same command again to resume");
    process.exitCode = 130;
    return;
  }
  const rows = await compareTable(o.db, exp.name);
  out(
    table(
      [
        ["strategy", "regime", "runs", ...COMPARE_COLUMNS.map(([, h]) => h)],
        ...rows.map((r) => [
          r.strategy,
          r.regime,
          String(r.runs),
          ...COMPARE_COLUMNS.map(([s]) => fmt(r.means[s])),
        ]),
      ],
      "",
    ),
  );
  const results = await withSweepUi("theses", (ui) =>
    runTheses(theses, {
      db: o.db,
      workers,
      signal: ui.signal,
      hardSignal: ui.hardSignal,
      onProgress: ui.onProgress,
    }),
  );
  out("");
  out(table(verdictRows(results), ""));
  if (results.length < theses.length || results.some((r) => r.interrupted)) {
    out("interrupted: run the same command again to resume");
    process.exitCode = 130;
    return;
  }
  const report = await writeFlagshipReport(o.db, o.out, exp.name, results);
  out(
    `report: ${report.out} (${Math.round(report.bytes / 1024)} KiB); ${fmt((performance.now() - started) / 1000)} s in all`,
  );
}

/** `refusal theses` and `refusal compare` (the flagship, `npm start`). */
export function registerFlagshipCommands(program: Command): void {
  withLimitOptions(program.command("compare"))
    .description(
      "The flagship: every workers' strategy under every regime, the theses' verdicts, an HTML report",
    )
    .option("--quick", "a small, short run (a smoke test: weak evidence)")
    .option("--db <file>", "results database", "results/refusal.duckdb")
    .option("--out <file>", "HTML report", "results/report.html")
    .option("--workers <n>", "worker threads (0 = inline; default: all cores)")
    .option("--dir <dir>", "directory of thesis files", THESES_DIR)
    .action((o: FlagshipFlags) => compareCommand(o));

  withLimitOptions(program.command("theses"))
    .description("Run the theses of the essay as experiments and print their verdicts")
    .option("--quick", "a small, short run (a smoke test: weak evidence)")
    .option("--db <file>", "results database", "results/refusal.duckdb")
    .option("--workers <n>", "worker threads (0 = inline; default: all cores)")
    .option("--dir <dir>", "directory of thesis files", THESES_DIR)
    .option("--only <ids>", "comma-separated thesis ids, e.g. T1,T5")
    .action(async (o: FlagshipFlags) => {
      await thesesCommand(o);
    });
}
