// `refusal lab` on its own, as main.ts will run it: for tests, until main.ts registers the command.
import { Command, CommanderError } from "commander";
import { registerLabCommand } from "../../src/cli/lab-command.ts";
import { UserError } from "../../src/scenario/errors.ts";

const program = new Command("refusal").exitOverride();
registerLabCommand(program);
try {
  await program.parseAsync(process.argv.slice(2), { from: "user" });
} catch (e) {
  if (e instanceof UserError) {
    process.stderr.write(`refusal: ${e.message}\n`);
    process.exitCode = 2;
  } else if (e instanceof CommanderError) process.exitCode = 2;
  else throw e;
}
