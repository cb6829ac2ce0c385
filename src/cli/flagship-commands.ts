import type { Command } from "commander";
import type { ThesisResult } from "../experiments/theses/evaluate.ts";
import {
  COMPARE_COLUMNS,
  compareExperiment,
  compareTable,
  loadTheses,
  planCompare,
  runTheses,
  THESES_DIR,
  writeFlagshipReport,
} from "../flagship.ts";
import { UserError } from "../scenario/errors.ts";
import { sweepExecutor } from "./backend.ts";
import { checkDirectory, parseWorkers, withLimitOptions } from "./flags.ts";
import { fmt, table } from "./format.ts";
import { withSweepUi } from "./sweep-ui.ts";
import { thesisCounts, thesisRows, verdictCell } from "./thesis-table.ts";

const out = (s: string) => process.stdout.write(s.endsWith("\n") ? s : `${s}\n`);

interface FlagshipFlags {
  quick?: boolean;
  db: string;
  workers?: string;
  out: string;
  dir: string;
  only?: string;
  robustness?: boolean;
  backend?: string;
  redis?: string;
  prefix?: string;
  lockTimeout?: string;
  redisTimeout?: string;
  jobTimeout?: string;
  jobRetries?: string;
}

function backendFlags(o: FlagshipFlags) {
  return { ...o, workers: parseWorkers(o.workers) };
}

async function thesesCommand(o: FlagshipFlags): Promise<ThesisResult[]> {
  if (o.robustness && o.quick)
    throw new UserError("--robustness: a smoke test (--quick) has no robustness analysis; drop one of them");
  const flags = backendFlags(o);
  checkDirectory(o.dir, "--dir");
  const theses = loadTheses(
    Boolean(o.quick),
    o.dir,
    o.only?.split(",").map((s) => s.trim()),
  );
  if (theses.length === 0)
    throw new UserError(`${o.dir}: no thesis files${o.only ? ` matching --only ${o.only}` : ""}`);
  const started = performance.now();
  const results = await withSweepUi("theses", async (ui) =>
    runTheses(
      theses,
      { db: o.db, workers: flags.workers, signal: ui.signal, execute: sweepExecutor(flags, o.db, ui) },
      (r) =>
        process.stderr.write(
          `${r.id}: ${verdictCell(r)} (${r.runs} runs${r.robustness ? `; robustness over ${r.robustness.samples} points` : ""})\n`,
        ),
      o.robustness ? "run" : "stored",
    ),
  );
  out(table(thesisRows(results), ""));
  out(`(${thesisCounts(results)}; runs in ${o.db}; ${fmt((performance.now() - started) / 1000)} s)`);
  for (const r of results) {
    if (!r.robustness) continue;
    out(`${r.id} robustness, where it holds: ${r.robustness.treeWords.join("; ")}`);
    if (r.assumes.length)
      out(
        `${r.id} robustness, where it holds with the full model: ${r.robustness.treeWithAssumptionsWords.join("; ")}`,
      );
  }
  if (results.some((r) => r.interrupted) || results.length < theses.length) process.exitCode = 130;
  return results;
}

async function compareCommand(o: FlagshipFlags): Promise<void> {
  const flags = backendFlags(o);
  checkDirectory(o.dir, "--dir");
  const exp = compareExperiment(Boolean(o.quick));
  const theses = loadTheses(Boolean(o.quick), o.dir);
  const started = performance.now();
  const swept = await withSweepUi(exp.name, (ui) => sweepExecutor(flags, o.db, ui)(exp, planCompare(exp)));
  out(`${exp.name}: ${swept.done}/${swept.total} runs in ${o.db} (${swept.alreadyStored} already there)`);
  if (swept.interrupted) {
    out("interrupted: run the same command again to resume");
    process.exitCode = 130;
    return;
  }
  if (o.quick)
    out("SMOKE TEST (--quick): small, short runs; the table and the theses show estimates, no verdicts");
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
      workers: flags.workers,
      signal: ui.signal,
      execute: sweepExecutor(flags, o.db, ui),
    }),
  );
  out("");
  out(table(thesisRows(results), ""));
  out(`(${thesisCounts(results)})`);
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
/** The sweep backend's options, the same on compare and theses. */
function withBackendOptions(cmd: Command): Command {
  return cmd
    .option(
      "--backend <kind>",
      "inline, threads, or redis (a queue served by `refusal worker` on any machines)",
    )
    .option("--redis <url>", "Redis of the redis backend: redis://[:password@]host:port, rediss:// for TLS")
    .option("--prefix <p>", "redis: key prefix")
    .option("--lock-timeout <s>", "redis: seconds a coordinator that died blocks the next one", "15")
    .option("--redis-timeout <s>", "redis: give up after Redis has been unreachable this many seconds", "60")
    .option(
      "--job-timeout <s>",
      "redis: seconds a run may take once a worker took it; then it is retried (default 3600)",
    )
    .option(
      "--job-retries <n>",
      "redis: times a run past its deadline is retried before it is stored as failed (default 1)",
    );
}

export function registerFlagshipCommands(program: Command): void {
  withBackendOptions(withLimitOptions(program.command("compare")))
    .description(
      "The flagship: every workers' strategy under every regime, the theses' verdicts, an HTML report",
    )
    .option("--quick", "a smoke test: small, short runs, estimates only, no verdicts")
    .option("--db <file>", "results database", "results/refusal.duckdb")
    .option("--out <file>", "HTML report", "results/report.html")
    .option("--workers <n>", "worker threads (0 = inline; default: all cores)")
    .option("--dir <dir>", "directory of thesis files", THESES_DIR)
    .action((o: FlagshipFlags) => compareCommand(o));

  withBackendOptions(withLimitOptions(program.command("theses")))
    .description("Run the theses of the essay as experiments and print their verdicts")
    .option("--quick", "a smoke test: small, short runs, estimates only, no verdicts")
    .option("--db <file>", "results database", "results/refusal.duckdb")
    .option("--workers <n>", "worker threads (0 = inline; default: all cores)")
    .option("--dir <dir>", "directory of thesis files", THESES_DIR)
    .option("--only <ids>", "comma-separated thesis ids, e.g. T1,T5")
    .option(
      "--robustness",
      "also the global robustness analysis: Morris screening of every parameter, then a Latin hypercube over the top ones (long)",
    )
    .action(async (o: FlagshipFlags) => {
      await thesesCommand(o);
    });
}
