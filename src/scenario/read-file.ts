import { readFileSync } from "node:fs";
import { type DataFile, parseDataText } from "./datafile.ts";
import { UserError } from "./errors.ts";
import { type ModelLookup, type Scenario, scenarioFromData } from "./scenario.ts";

/** Read and parse a data file; a missing or unreadable file is a one-line UserError. */
export function readDataFile(file: string): DataFile {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "is a directory, expected a file"
          : code === "EACCES"
            ? "permission denied"
            : String((e as Error).message);
    throw new UserError(`${file}: cannot read: ${why}`);
  }
  return parseDataText(text, file);
}

/** Load and validate a scenario file (YAML or JSON). */
export function loadScenario(file: string, lookup: ModelLookup): Scenario {
  return scenarioFromData(readDataFile(file), lookup);
}
