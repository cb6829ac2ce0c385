import { z } from "zod";
import { type DataFile, parseDataText, validateAt } from "../../scenario/datafile.ts";
import { UserError } from "../../scenario/errors.ts";
import { readDataFile } from "../../scenario/read-file.ts";

/** A bound of a target range: a number, or ±infinity for a one-sided fact (`.inf` in YAML). */
const bound = z.union([z.number(), z.literal(Number.POSITIVE_INFINITY), z.literal(Number.NEGATIVE_INFINITY)]);
const text = z.string().min(1);

/** One row of a stylised-facts targets file (see src/models/refusal/stylised-facts.yaml). */
export const targetSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9_]*$/, "a lower-case identifier"),
    fact: text.describe("the fact in words"),
    statistic: text.describe("how to compute it on the model's output"),
    filter: text,
    frequency: text,
    range: z.tuple([bound, bound]).nullable().describe("[lo, hi], inclusive; null = no target found"),
    point: z.number().nullable().describe("the source's own number, or the one computed from official data"),
    source: text,
    where: text,
    data: text,
    note: z.string(),
    range_rule: text,
    verified: z.enum(["primary", "computed", "secondary", "none"]),
    same_fact_as: z.string().optional().describe("id of the row this one repeats (not counted again)"),
  })
  .strict();

export type Target = z.infer<typeof targetSchema>;

/** The file: a list of rows (each checked against {@link targetSchema} on its own, for clear errors). */
const listSchema = z.array(z.unknown()).min(1);

/**
 * Parse and validate a targets file (YAML text; nothing in it is evaluated). Beyond the schema:
 * ids are unique, a range has lo <= hi and a source and is not `verified: none`, and `same_fact_as`
 * names another row. Any problem is a one-line {@link UserError} `file:line:col: [i].field: ...`.
 */
export function parseTargets(textOfFile: string, file: string): Target[] {
  return targetsFromData(parseDataText(textOfFile, file));
}

/** Read, parse and validate a targets file (a missing file is a one-line UserError). */
export function loadTargets(file: string): Target[] {
  return targetsFromData(readDataFile(file));
}

/** Validate parsed targets (see {@link parseTargets}). */
export function targetsFromData(df: DataFile): Target[] {
  const file = df.file;
  const list = validateAt(listSchema, df.data, df);
  const rows = list.map((r, i) => validateAt(targetSchema, r, df, [i]));
  const at = (i: number, field: string, message: string): never => {
    throw new UserError(`${file}:${df.locate([i, field])}: [${i}].${field}: ${message}`);
  };
  const seen = new Map<string, number>();
  rows.forEach((r, i) => {
    const first = seen.get(r.id);
    if (first !== undefined) at(i, "id", `expected a unique id, got '${r.id}' again (first at [${first}])`);
    seen.set(r.id, i);
  });
  rows.forEach((r, i) => {
    if (r.range) {
      const [lo, hi] = r.range;
      if (!(lo <= hi)) at(i, "range", `expected [lo, hi] with lo <= hi, got [${lo}, ${hi}]`);
      if (r.verified === "none")
        at(i, "verified", "expected primary, computed or secondary for a row with a range");
    }
    if (r.same_fact_as !== undefined) {
      if (!seen.has(r.same_fact_as))
        at(i, "same_fact_as", `expected the id of another row, got '${r.same_fact_as}'`);
      if (r.same_fact_as === r.id)
        at(i, "same_fact_as", "expected the id of another row, got the row's own id");
    }
  });
  return rows;
}

/**
 * The source in a few words for a table: the authors and year (`McCracken & Ng (2020)`; three
 * or more authors as `Stanley et al. (1996)`), or the text before the first comma.
 */
export function shortSource(source: string): string {
  const m = /^([^()]*?)\s*\((\d{4})\)/.exec(source);
  if (m) {
    const authors = m[1].trim();
    const names = authors.split(/,|&| and /).filter((s) => s.trim());
    const lead = names.length >= 3 ? `${names[0].trim()} et al.` : authors;
    return `${lead} (${m[2]})`;
  }
  return source.split(",")[0].trim();
}
