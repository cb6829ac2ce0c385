import type { ThesisResult } from "../experiments/theses/evaluate.ts";
import { effectsChart } from "./charts.ts";
import { fmtNum } from "./format.ts";
import type { RenderContext } from "./html-context.ts";
import { el, figure, type Html, heading, join, para, table } from "./html-parts.ts";

const pct = (x: number) => `${Math.round(100 * x)}%`;

function interval(e: ThesisResult["effects"][number]): string {
  return `${fmtNum(e.estimate)} [${fmtNum(e.ciLow)}, ${fmtNum(e.ciHigh)}]`;
}

/**
 * The verdict of every thesis: its ¶, claim, effects with 95% intervals, robustness over a
 * Latin-hypercube sample of the main parameters, and a chart of the effects. Verdicts are what the
 * runs gave under the fixed rule; nothing here knows which way a thesis should go.
 */
export function thesesSection(results: readonly ThesisResult[], ctx: RenderContext, rule: string): Html {
  const summary = table(
    ["thesis", "¶", "title", "verdict", "effects (95% interval)", "robustness"],
    results.map((r) => [
      el("a", { href: `#${ctx.id("thesis", r.id)}` }, r.id),
      r.paragraph,
      r.title,
      el("span", { class: `verdict ${r.verdict}` }, r.verdict),
      r.effects.map((e) => `${e.label}: ${interval(e)}`).join("; "),
      r.robustness
        ? `same sign in ${pct(r.robustness.shareSameSign)}, holds in ${pct(r.robustness.shareHolds)} of ${r.robustness.samples}`
        : "not sampled",
    ]),
  );
  const details = results.map((r) =>
    el(
      "section",
      { id: ctx.id("thesis", r.id) },
      join([
        heading(3, ctx.id("thesis-title", r.id), `${r.id} ${r.paragraph}: ${r.title} — ${r.verdict}`),
        para(r.claim),
        table(
          ["effect", "estimate", "95% interval", "runs used", "runs left out", "claimed", "verdict"],
          r.effects.map((e) => [
            e.label,
            fmtNum(e.estimate),
            `[${fmtNum(e.ciLow)}, ${fmtNum(e.ciHigh)}]`,
            String(e.n),
            String(e.nMissing),
            e.direction,
            e.verdict,
          ]),
        ),
        figure(
          effectsChart(r.effects, { id: ctx.chartId() }),
          `Effects of ${r.id} with their 95% intervals.`,
        ),
        r.robustness
          ? para(
              `Robustness: over ${r.robustness.samples} Latin-hypercube samples of the main parameters (${r.robustness.seeds} seed${r.robustness.seeds === 1 ? "" : "s"} each), every effect had the claimed sign in ${pct(r.robustness.shareSameSign)} and the thesis held by the full rule in ${pct(r.robustness.shareHolds)}.`,
            )
          : undefined,
        para(`${r.runs} runs; stored as experiment thesis-${r.id}.`),
      ]),
    ),
  );
  return el(
    "section",
    { id: ctx.id("theses", "all") },
    join([heading(2, ctx.id("theses-title", "all"), "Theses"), para(rule), summary, ...details]),
  );
}
