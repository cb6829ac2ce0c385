import type { Command } from "commander";
import { writeExperimentReport } from "../api-node.ts";

/** `refusal report <db> [--experiment NAME] [--out report.html] [--facts]`. */
export function registerReportCommand(program: Command): void {
  program
    .command("report")
    .description(
      "Write one self-contained HTML report (inline SVG charts, tables, manifest) of an experiment",
    )
    .argument("<db>", "results database file")
    .option("--experiment <name>", "experiment to report (default: every experiment in the database)")
    .option("--out <file>", "output HTML file", "results/report.html")
    .option("--facts", "add the stylised-facts scorecard of each experiment whose model has targets")
    .action(async (db: string, o: { experiment?: string; out: string; facts?: boolean }) => {
      const r = await writeExperimentReport(db, o.out, o.experiment, { facts: o.facts });
      process.stdout.write(
        `${r.out}: ${r.experiments.join(", ") || "no experiments"} (${Math.round(r.bytes / 1024)} KiB)\n`,
      );
    });
}
