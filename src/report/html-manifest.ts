import { stringify } from "yaml";
import { shellQuote } from "./format.ts";
import type { RenderContext } from "./html-context.ts";
import { el, factsTable, type Html, heading, join, para, pre } from "./html-parts.ts";
import type { ReportData, ReportManifest } from "./types.ts";

/** The experiment file as YAML, factors in design order (what to save to run the sweep again). */
export function specYaml(d: ReportData): string {
  return stringify(d.spec, { lineWidth: 0 });
}

/** The shell commands that make the database and this report again. */
export function reproduceCommands(d: ReportData, m: ReportManifest): string {
  const file = `${d.name}.yaml`;
  return [
    `# save the experiment file above as ${file}, then:`,
    `npx refusal sweep ${shellQuote(file)} --db ${shellQuote(m.db)}`,
    `npx refusal report ${shellQuote(m.db)} --experiment ${shellQuote(d.name)} --out ${shellQuote(m.out ?? "report.html")}`,
  ].join("\n");
}

/**
 * The manifest of one experiment: what ran it (software and model versions), the experiment file,
 * seeds and horizon, the database, the commands that reproduce it, and the SQL behind each table.
 */
export function manifestSection(d: ReportData, m: ReportManifest, ctx: RenderContext): Html {
  const facts: [string, string][] = [
    ["software (sweep)", d.softwareVersion ?? "unknown"],
    ...(m.generator ? ([["software (report)", m.generator]] as [string, string][]) : []),
    ["model", `${d.model} ${d.modelVersion}`],
    ["database", m.db],
    ["experiment stored", d.createdAt],
    ["seeds", d.seeds.join(", ")],
    ["horizon", d.horizon === null ? "the model's default" : String(d.horizon)],
    ["design", `${d.design.kind}, factors in design order: ${d.design.factors.join(", ") || "none"}`],
  ];
  return join([
    heading(3, ctx.id(d.name, "manifest"), "Manifest"),
    factsTable(facts),
    heading(4, ctx.id(d.name, "experiment-file"), "Experiment file"),
    para(
      "As stored in the database (seeds as a list, the horizon filled in), with the factors in the order that gives the stored design points.",
    ),
    pre(specYaml(d)),
    heading(4, ctx.id(d.name, "reproduce"), "Reproduce"),
    para(
      "Runs are keyed by model, model version, parameters, seed and horizon: the sweep below stores the same runs (into an existing database it finds them stored and runs nothing).",
    ),
    pre(reproduceCommands(d, m)),
    heading(4, ctx.id(d.name, "sql"), "SQL"),
    para(`Each statement runs with: npx refusal query ${shellQuote(m.db)} "<SQL>"`),
    ...d.queries.map((q) => join([el("p", {}, el("strong", {}, q.label)), pre(q.sql)])),
  ]);
}
