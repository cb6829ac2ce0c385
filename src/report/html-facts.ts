import { countLine, type Scorecard, type ScorecardRow } from "../experiments/facts/index.ts";
import { fmtNum } from "./format.ts";
import type { RenderContext } from "./html-context.ts";
import { el, type Html, heading, join, para, table } from "./html-parts.ts";

const RESULT_CLASS: Record<ScorecardRow["status"], string> = {
  holds: "verdict holds",
  "does not hold": "verdict fails",
  "no target": "verdict inconclusive",
  "not measured": "verdict not-decided",
};

function rangeText(r: ScorecardRow): string {
  return r.range ? `[${fmtNum(r.range[0])}, ${fmtNum(r.range[1])}]` : "no target";
}

function valueText(r: ScorecardRow): string {
  const s = r.stats;
  if (!s || s.n === 0) return "–";
  return s.n >= 2 ? `${fmtNum(s.mean)} [${fmtNum(s.ciLow)}, ${fmtNum(s.ciHigh)}]` : fmtNum(s.mean);
}

function resultCell(r: ScorecardRow): Html {
  const badge = el("span", { class: RESULT_CLASS[r.status] }, r.status);
  const extra = [r.sameFactAs ? `repeats ${r.sameFactAs}, not counted` : "", r.reason ?? ""].filter(Boolean);
  return extra.length ? el("span", {}, badge, `: ${extra.join("; ")}`) : badge;
}

function card(s: Scorecard, ctx: RenderContext): Html {
  return join([
    heading(3, ctx.id("facts", s.title), s.title),
    s.notes.length > 0 ? el("ul", { class: "notes" }, ...s.notes.map((n) => el("li", {}, n))) : undefined,
    para(countLine(s)),
    table(
      ["fact", "target", "source", "mean over runs [95% interval]", "runs", "result"],
      s.rows.map((r) => [
        join([el("code", {}, r.id), el("br", {}), el("span", {}, r.fact)]),
        rangeText(r),
        el("span", { title: r.source }, r.sourceShort),
        valueText(r),
        r.stats ? String(r.stats.n) : "0",
        resultCell(r),
      ]),
      [false, false, false, true, true, false],
    ),
  ]);
}

/**
 * The stylised-facts section: for each scorecard (a model run's ensemble, or a stored experiment's
 * design point), every target row with its range and source, the mean over the runs with its 95%
 * interval, and whether it holds, then how many facts are inside their ranges.
 */
export function factsSection(cards: readonly Scorecard[], ctx: RenderContext): Html {
  const files = [...new Set(cards.map((c) => c.targetsFile))];
  return el(
    "section",
    { id: ctx.id("facts", "all") },
    join([
      heading(2, ctx.id("facts-title", "all"), "Stylised facts"),
      para(
        `Each fact is measured on quarterly aggregates of each run after its burn-in (Baxter–King 6–32 quarters, K = 12, where the row says so), then averaged over the runs with a Student-t 95% interval. A fact holds when the mean lies inside its target range. Targets, their sources and how each was computed: ${files.join(", ")}. A row whose source gave no number is "no target"; a row the model cannot measure says what it lacks.`,
      ),
      ...cards.map((c) => card(c, ctx)),
    ]),
  );
}
