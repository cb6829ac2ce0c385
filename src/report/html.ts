import type { Scorecard } from "../experiments/facts/index.ts";
import type { ThesisResult } from "../experiments/theses/evaluate.ts";
import { RUN_STATUSES } from "../store/types.ts";
import { fmtValue } from "./format.ts";
import { type RenderContext, renderContext } from "./html-context.ts";
import { factsSection } from "./html-facts.ts";
import { manifestSection } from "./html-manifest.ts";
import { el, factsTable, type Html, heading, join, para, raw, table } from "./html-parts.ts";
import { failuresSection, sensitivitySection, seriesSection, summariesSection } from "./html-results.ts";
import { thesesSection } from "./html-theses.ts";
import { REPORT_CSS } from "./style.ts";
import type { ReportData, ReportManifest } from "./types.ts";

function seedsText(seeds: readonly number[]): string {
  const consecutive = seeds.every((s, i) => i === 0 || s === seeds[i - 1] + 1);
  if (seeds.length > 3 && consecutive) return `${seeds.length} (${seeds[0]}–${seeds[seeds.length - 1]})`;
  if (seeds.length <= 12) return `${seeds.length} (${seeds.join(", ")})`;
  return `${seeds.length} (${seeds.slice(0, 12).join(", ")}, …)`;
}

/** What the experiment is: model, design, seeds, runs by status, design points. */
function overview(d: ReportData, ctx: RenderContext): Html {
  const stored = d.plannedRuns === null ? String(d.runs) : `${d.runs} of ${d.plannedRuns} planned`;
  const facts = factsTable([
    ["model", `${d.model} ${d.modelVersion}`],
    ["design", `${d.design.kind}, ${d.design.points} point${d.design.points === 1 ? "" : "s"}`],
    ["factors", d.design.factors.join(", ") || "none"],
    ["seeds", seedsText(d.seeds)],
    ["horizon", d.horizon === null ? "the model's default" : String(d.horizon)],
    ["runs stored", stored],
  ]);
  const statusTable = table(
    ["status", "runs"],
    RUN_STATUSES.filter((s) => d.byStatus[s] > 0 || s === "ok").map((s) => [s, String(d.byStatus[s])]),
    [false, true],
  );
  const failedCols = RUN_STATUSES.filter((s) => s !== "ok" && d.byStatus[s] > 0);
  const shown = d.points.slice(0, d.maxTablePoints);
  const pointsTable = table(
    ["point", ...d.design.factors, "runs", "ok", ...failedCols],
    shown.map((p) => [
      String(p.index),
      ...d.design.factors.map((f) => fmtValue(p.values[f])),
      String(p.runs),
      String(p.byStatus.ok),
      ...failedCols.map((s) => String(p.byStatus[s])),
    ]),
    [true, ...d.design.factors.map(() => false), true, true, ...failedCols.map(() => true)],
  );
  return join([
    facts,
    d.notes.length > 0 ? el("ul", { class: "notes" }, ...d.notes.map((n) => el("li", {}, n))) : undefined,
    heading(3, ctx.id(d.name, "runs"), "Runs by status"),
    statusTable,
    heading(3, ctx.id(d.name, "points"), "Design points"),
    shown.length < d.points.length
      ? para(`The first ${shown.length} of ${d.points.length} design points with runs:`)
      : undefined,
    pointsTable,
  ]);
}

function experimentSection(d: ReportData, m: ReportManifest, ctx: RenderContext, id: string): Html {
  return el(
    "section",
    { id },
    join([
      heading(2, ctx.id(d.name, "title"), `Experiment ${d.name}`),
      d.description ? para(d.description, "description") : undefined,
      overview(d, ctx),
      seriesSection(d, ctx),
      summariesSection(d, ctx),
      sensitivitySection(d, ctx),
      failuresSection(d, ctx),
      manifestSection(d, m, ctx),
    ]),
  );
}

/**
 * One self-contained HTML page reporting experiments: for each, its design and runs by status,
 * ensemble bands of every recorded metric, summary tables with intervals, sensitivity indices,
 * failures, and the manifest that reproduces it; before them, when given, the theses' verdicts and
 * the stylised-facts scorecards. Inline CSS and SVG only: no script, no external resource. A pure
 * function: the same data and manifest give the same bytes.
 */
export function renderReport(
  data: readonly ReportData[],
  manifest: ReportManifest,
  theses?: { results: readonly ThesisResult[]; rule: string },
  facts?: readonly Scorecard[],
): string {
  const ctx = renderContext();
  const ids = data.map((d) => ctx.id("experiment", d.name));
  const factsOnly = data.length === 0 && facts !== undefined && facts.length > 0;
  const title =
    data.length === 1
      ? `refusal report: ${data[0].name}`
      : factsOnly
        ? "refusal: stylised facts"
        : "refusal report";
  const header = join([
    el("h1", {}, title),
    factsOnly
      ? undefined
      : para(
          `${data.length} experiment${data.length === 1 ? "" : "s"} from the results database ${manifest.db}.`,
        ),
    data.length > 1
      ? el(
          "nav",
          {},
          el("ul", {}, ...data.map((d, i) => el("li", {}, el("a", { href: `#${ids[i]}` }, d.name)))),
        )
      : undefined,
    data.length === 0 && !factsOnly ? para("The database holds no experiment.") : undefined,
  ]);
  const verdicts = theses?.results.length ? thesesSection(theses.results, ctx, theses.rule) : undefined;
  const scorecards = facts?.length ? factsSection(facts, ctx) : undefined;
  const body = join([
    header,
    verdicts,
    scorecards,
    ...data.map((d, i) => experimentSection(d, manifest, ctx, ids[i])),
  ]);
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    el("title", {}, title).html,
    raw(`<style>${REPORT_CSS}</style>`).html,
    "</head>",
    "<body>",
    body.html,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
