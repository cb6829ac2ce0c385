import { availableParallelism } from "node:os";
import type { Command } from "commander";
import {
  exportResults,
  listStoredExperiments,
  loadExperimentFile,
  queryResults,
  runSweep,
} from "../api-node.ts";
import {
  checkPrefix,
  chooseBackend,
  DEFAULT_JOB_RETRIES,
  DEFAULT_JOB_TIMEOUT_MS,
  DEFAULT_PREFIX,
  type DistributedSweepResult,
  distributedSweep,
  parseConcurrency,
  parseRetries,
  parseSeconds,
  REDIS_URL_ENV,
  type RunningWorker,
  redisTarget,
  refuseRedisOnly,
  startWorker,
} from "../distributed/index.ts";
import { UserError } from "../scenario/errors.ts";
import { capAtCores, parseWorkers, withLimitOptions } from "./flags.ts";
import { fmt, table } from "./format.ts";
import { withSweepUi } from "./sweep-ui.ts";

const out = (s: string) => process.stdout.write(s.endsWith("\n") ? s : `${s}\n`);
export const DEFAULT_DB = "results/refusal.duckdb";

export interface SweepFlags {
  db?: string;
  workers?: string;
  resume?: boolean;
  backend?: string;
  redis?: string;
  prefix?: string;
  lockTimeout?: string;
  redisTimeout?: string;
  jobTimeout?: string;
  jobRetries?: string;
}

/**
 * `refusal sweep`: run an experiment into the store with a progress bar; Ctrl-C finishes the runs
 * in flight. `--backend redis` makes this process the coordinator of a distributed sweep: the runs
 * go to a Redis queue served by `refusal worker` processes, and their results come back here.
 */
export async function sweepCommand(file: string, o: SweepFlags): Promise<void> {
  const workers = parseWorkers(o.workers);
  const backend = chooseBackend({ backend: o.backend, workers, redis: o.redis });
  const prefix = checkPrefix(o.prefix ?? DEFAULT_PREFIX);
  const lockTimeoutMs = parseSeconds(o.lockTimeout, "--lock-timeout", 15_000);
  const redisTimeoutMs = parseSeconds(o.redisTimeout, "--redis-timeout", 60_000);
  const jobTimeoutMs = parseSeconds(o.jobTimeout, "--job-timeout", DEFAULT_JOB_TIMEOUT_MS);
  const jobRetries = parseRetries(o.jobRetries);
  refuseRedisOnly(backend.kind, { "--job-timeout": o.jobTimeout, "--job-retries": o.jobRetries });
  const exp = loadExperimentFile(file);
  const db = o.db ?? DEFAULT_DB;
  const started = performance.now();
  await withSweepUi("runs", async (ui) => {
    const r =
      backend.kind === "redis"
        ? await distributedSweep(exp, {
            resume: o.resume,
            onStart: ui.onStart,
            onProgress: ui.onProgress,
            db,
            redis: backend.target,
            prefix,
            lockTimeoutMs,
            redisTimeoutMs,
            jobTimeoutMs,
            jobRetries,
            signal: ui.signal,
            hardSignal: ui.hardSignal,
            onNotice: (line) => process.stderr.write(`refusal: ${line}\n`),
          })
        : await runSweep(exp, {
            resume: o.resume,
            onStart: ui.onStart,
            onProgress: ui.onProgress,
            db,
            workers: backend.kind === "inline" ? 0 : backend.workers,
            signal: ui.signal,
            hardSignal: ui.hardSignal,
          });
    ui.stop();
    const secs = (performance.now() - started) / 1000;
    const statuses = Object.entries(r.byStatus)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ");
    out(
      `${r.experiment}: ${r.done}/${r.total} runs stored in ${db} (${r.alreadyStored} already there, ${r.ran} run now in ${fmt(secs)} s${statuses ? `: ${statuses}` : ""})`,
    );
    if (backend.kind === "redis") {
      const d = r as DistributedSweepResult;
      out(
        `queue: ${d.enqueued} runs enqueued, ${d.alreadyQueued} already queued${d.requeued ? `, ${d.requeued} enqueued again after Redis lost them` : ""}`,
      );
    }
    if (r.interrupted) {
      out(
        backend.kind === "redis"
          ? `interrupted: ${r.total - r.done} runs left; they stay queued in Redis and the workers keep running them: run the same command again to collect them`
          : `interrupted: ${r.total - r.done} runs left; run the same command again to resume`,
      );
      process.exitCode = 130;
    }
  });
}

function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? "" : typeof v === "object" ? JSON.stringify(v) : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** `refusal query <db> "<SQL>"`: a table, or --json / --csv. */
export async function queryCommand(
  db: string,
  sql: string,
  o: { json?: boolean; csv?: boolean },
): Promise<void> {
  const r = await queryResults(db, sql);
  if (o.json) {
    out(JSON.stringify(r.rows.map((row) => Object.fromEntries(r.columns.map((c, i) => [c, row[i]])))));
  } else if (o.csv) {
    out([r.columns.map(csvCell).join(","), ...r.rows.map((row) => row.map(csvCell).join(","))].join("\n"));
  } else {
    const cells = r.rows.map((row) =>
      row.map((v) =>
        typeof v === "number"
          ? fmt(v)
          : v === null
            ? ""
            : typeof v === "object"
              ? JSON.stringify(v)
              : String(v),
      ),
    );
    out(table([r.columns, ...cells], ""));
    out(`(${r.rows.length} row${r.rows.length === 1 ? "" : "s"})`);
  }
}

/** `refusal export <db> --experiment NAME --format parquet|csv --out PATH`. */
export async function exportCommand(
  db: string,
  o: { experiment: string; format: string; out: string },
): Promise<void> {
  if (o.format !== "csv" && o.format !== "parquet")
    throw new UserError(`--format: expected csv or parquet, got ${JSON.stringify(o.format)}`);
  const r = await exportResults(db, o.experiment, o.format, o.out);
  out(JSON.stringify(r));
}

/** `refusal runs <db>`: experiments and how many of their runs are stored, by status. */
export async function runsCommand(db: string, o: { json?: boolean }): Promise<void> {
  const list = await listStoredExperiments(db);
  if (o.json) {
    out(JSON.stringify(list));
    return;
  }
  if (list.length === 0) {
    out(`${db}: no experiments stored`);
    return;
  }
  const rows = [
    [
      "experiment",
      "model",
      "version",
      "stored/planned",
      "ok",
      "diverged",
      "invariant-failed",
      "error",
      "created",
    ],
  ];
  for (const e of list) {
    rows.push([
      e.name,
      e.model,
      e.modelVersion,
      `${e.runs}/${e.plannedRuns ?? "?"}`,
      ...(["ok", "diverged", "invariant-failed", "error"] as const).map((s) => String(e.byStatus[s] ?? 0)),
      e.createdAt,
    ]);
  }
  out(table(rows, ""));
}

export interface WorkerFlags {
  redis?: string;
  concurrency?: string;
  prefix?: string;
  lockTimeout?: string;
}

/**
 * `refusal worker`: serve the Redis queues of distributed sweeps until told to stop. SIGTERM or
 * Ctrl-C: take no more runs, finish those in flight and exit 0; a second one: return the runs in
 * flight to the queue at once (another worker takes them) and exit 0; a third: exit 130 now.
 */
export async function workerCommand(o: WorkerFlags): Promise<void> {
  const target = redisTarget(o.redis);
  const concurrency = capAtCores(parseConcurrency(o.concurrency, availableParallelism()), "--concurrency");
  const prefix = checkPrefix(o.prefix ?? DEFAULT_PREFIX);
  const lockTimeoutMs = parseSeconds(o.lockTimeout, "--lock-timeout", 30_000);
  const say = (line: string) => process.stderr.write(`refusal worker: ${line}\n`);
  // Signal handlers first: a SIGTERM that comes as soon as the worker says it is ready must be ours.
  let signals = 0;
  let worker: RunningWorker | undefined;
  let stopped: (() => void) | undefined;
  let failed: ((e: unknown) => void) | undefined;
  const finished = new Promise<void>((resolve, reject) => {
    stopped = resolve;
    failed = reject;
  });
  const stop = () => {
    if (!worker || signals === 0) return;
    if (signals === 1)
      say("stopping: finishing the runs in flight (signal again to return them to the queue now)");
    else say("stopping now: returning the runs in flight to the queue");
    worker.close(signals > 1).then(stopped, failed);
  };
  const onSignal = () => {
    signals++;
    if (signals > 2) process.exit(130);
    stop();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    worker = await startWorker({ redis: target, prefix, concurrency, lockTimeoutMs, log: say });
    say(
      `${worker.name} connected to ${target.display} (Redis ${worker.redisVersion}), prefix '${prefix}', ${concurrency} run${concurrency === 1 ? "" : "s"} at a time; waiting for experiments (SIGTERM or Ctrl-C to stop)`,
    );
    stop(); // a signal that came while starting
    await finished;
    say(`stopped after ${worker.done()} runs`);
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}

/** `refusal worker` (registered once, whoever calls this first). */
export function registerWorkerCommand(program: Command): void {
  if (program.commands.some((c) => c.name() === "worker")) return;
  program
    .command("worker")
    .description("Run the runs of distributed sweeps (`refusal sweep --backend redis`) from a Redis queue")
    .option("--redis <url>", `redis://[:password@]host:port, rediss:// for TLS (or set ${REDIS_URL_ENV})`)
    .option("--concurrency <n>", "runs at a time, each on a worker thread (default: all cores)")
    .option("--prefix <name>", "key prefix in Redis; the same as the coordinators'", DEFAULT_PREFIX)
    .option(
      "--lock-timeout <s>",
      "seconds before a run of a worker that died is given to another worker (live workers extend it)",
      "30",
    )
    .action((o) => workerCommand(o));
}

/** The commands of experiments and the results database: sweep, query, export, runs; and worker. */
export function registerSweepCommands(program: Command): void {
  withLimitOptions(program.command("sweep"))
    .description(
      "Run an experiment (ensembles, grids, samples, sensitivity designs) into the results database",
    )
    .argument("<experiment-file>", "a YAML/JSON experiment file")
    .option("--db <file>", "results database", "results/refusal.duckdb")
    .option("--workers <n>", "worker threads (0 = inline; default: all cores)")
    .option("--no-resume", "run every run again, even those already stored")
    .option(
      "--backend <kind>",
      "inline, threads, or redis (a queue served by `refusal worker` on any machines)",
    )
    .option(
      "--redis <url>",
      `Redis of the redis backend: redis://[:password@]host:port, rediss:// for TLS (or set ${REDIS_URL_ENV})`,
    )
    .option("--prefix <name>", "key prefix in Redis; workers must use the same", DEFAULT_PREFIX)
    .option("--lock-timeout <s>", "redis: seconds a coordinator that died blocks the next one", "15")
    .option("--redis-timeout <s>", "redis: give up after Redis has been unreachable this many seconds", "60")
    .option(
      "--job-timeout <s>",
      `redis: seconds a run may take once a worker took it; then it is retried (default ${DEFAULT_JOB_TIMEOUT_MS / 1000})`,
    )
    .option(
      "--job-retries <n>",
      `redis: times a run past its deadline is retried before it is stored as failed (default ${DEFAULT_JOB_RETRIES})`,
    )
    .action((file, o) => sweepCommand(file, o));

  registerWorkerCommand(program);

  program
    .command("query")
    .description("Run SQL on a results database (read-only)")
    .argument("<db>", "results database file")
    .argument("<sql>", 'an SQL query, e.g. "SELECT status, count(*) FROM runs GROUP BY status"')
    .option("--json", "print rows as a JSON array of objects")
    .option("--csv", "print rows as CSV")
    .action((db, sql, o) => queryCommand(db, sql, o));

  program
    .command("export")
    .description("Export an experiment's runs (and series) to Parquet or CSV")
    .argument("<db>", "results database file")
    .requiredOption("--experiment <name>", "experiment to export")
    .option("--format <fmt>", "parquet or csv", "parquet")
    .requiredOption("--out <path>", "output file (series go to a sibling file; see the store README)")
    .action((db, o) => exportCommand(db, o));

  program
    .command("runs")
    .description("List the experiments of a results database with their runs by status")
    .argument("<db>", "results database file")
    .option("--json", "print as JSON")
    .action((db, o) => runsCommand(db, o));
}
