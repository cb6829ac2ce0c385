import { Command, CommanderError } from "commander";
import { OutputError, UserError } from "../scenario/errors.ts";
import { escapeControls } from "../scenario/quote.ts";
import { modelsCommand, runCommand, schemaCommand, validateCommand } from "./commands.ts";
import { demoCommand } from "./demo.ts";
import { registerFactsCommand } from "./facts-command.ts";
import { applyLimitFlags, withLimitOptions } from "./flags.ts";
import { registerFlagshipCommands } from "./flagship-commands.ts";
import { registerLabCommand } from "./lab-command.ts";
import { registerReportCommand } from "./report-command.ts";
import { registerSweepCommands } from "./sweep-commands.ts";

const collect = (v: string, prev: string[]) => [...prev, v];

export function buildProgram(): Command {
  const program = new Command("refusal")
    .description(
      "A simulation laboratory for Tronti's The Strategy of Refusal: deterministic engine, anchor models, experiments.",
    )
    .version("0.1.0")
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      // One line: commander's "(Did you mean --x?)" goes on the same line as its error.
      outputError: (s, write) =>
        write(
          `${oneLine(
            s
              .trim()
              .replace(/^error: /, "refusal: ")
              .replace(/\s*\n\(Did you mean/g, " (did you mean"),
          )}\n`,
        ),
    });

  program
    .command("models")
    .description("List the models, each with its parameters, defaults and meaning")
    .option("--json", "print as JSON")
    .action((o) => modelsCommand(o));

  withLimitOptions(program.command("run"), false)
    .description("Run a model (by name) or a scenario file once, and print a summary")
    .argument("<model|scenario-file>", "a model name (see `refusal models`) or a YAML/JSON scenario file")
    .option("--set <key=value>", "set a parameter (repeatable)", collect, [])
    .option("--seed <n>", "seed of the run's random streams (integer >= 0)")
    .option("--horizon <t>", "length of the run in the model's time unit (years, periods, rounds)")
    .option("--out <file>", "write the series to FILE.csv or FILE.json")
    .option("--json", "print exactly one JSON object with the result")
    .option("--check", "check every invariant at every step")
    .action((target, o) => runCommand(target, o));

  withLimitOptions(
    program
      .command("validate")
      .description("Check a scenario file without running it")
      .argument("<scenario-file>"),
    false,
  ).action((file) => validateCommand(file));

  program
    .command("schema")
    .description("Print the JSON Schema of scenario files for a model")
    .argument("<model>")
    .action((name) => schemaCommand(name));

  program
    .command("demo")
    .description("A short demo: the Goodwin and Keen cycles with a printed summary")
    .option("--horizon <years>", "years to simulate (default: 100 for Goodwin, 300 for Keen)")
    .action((o) => demoCommand(o));

  registerSweepCommands(program);
  registerFactsCommand(program);
  registerReportCommand(program);
  registerFlagshipCommands(program);
  registerLabCommand(program);
  // The limits of a command's own flags, in force before its action reads any file.
  program.hook("preAction", (_program, action) => applyLimitFlags(action.opts()));

  return program;
}

/** A message as one line: newlines and control characters shown as escapes (see scenario/quote.ts). */
export function oneLine(message: string): string {
  return escapeControls(message);
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: "user" });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (
        e.code === "commander.helpDisplayed" ||
        e.code === "commander.version" ||
        e.code === "commander.help"
      )
        return 0;
      return 2; // commander already printed its one-line message
    }
    if (e instanceof UserError || e instanceof OutputError) {
      process.stderr.write(`refusal: ${oneLine(e.message)}\n`);
      return e.exitCode;
    }
    process.stderr.write(`refusal: internal error: ${oneLine(e instanceof Error ? e.message : String(e))}\n`);
    if (process.env.REFUSAL_DEBUG) process.stderr.write(`${(e as Error).stack}\n`);
    return 1;
  }
}

const code = await main(process.argv.slice(2));
// Commands may have set an exit code of their own (130 after an interrupt, 1 for a failed run).
if (code !== 0) process.exitCode = code;
