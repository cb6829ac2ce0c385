import { carriers, type ThesisResult } from "../experiments/theses/evaluate.ts";
import type { Effect } from "../experiments/theses/verdict.ts";
import { verdictText } from "../experiments/theses/verdict.ts";
import { intervalChart } from "./charts.ts";
import { fmtNum } from "./format.ts";
import type { RenderContext } from "./html-context.ts";
import { el, figure, type Html, heading, join, para, pre, table } from "./html-parts.ts";

const pct = (x: number) => (Number.isFinite(x) ? `${Math.round(100 * x)}%` : "-");
const interval = (e: Effect) => `${fmtNum(e.estimate)} [${fmtNum(e.ciLow)}, ${fmtNum(e.ciHigh)}]`;

/** The verdict badge; a smoke test shows none. */
function verdictBadge(r: ThesisResult): Html {
  if (r.smokeTest) return el("span", { class: "verdict not-decided" }, "smoke test: no verdict");
  const v = r.verdict as Exclude<ThesisResult["verdict"], "not decided">;
  return el("span", { class: `verdict ${v}` }, verdictText(v));
}

function robustnessCell(r: ThesisResult): string {
  const rb = r.robustness;
  if (!rb) return r.smokeTest ? "-" : "not run (refusal theses --robustness)";
  return `holds by the full rule in ${pct(rb.holds.share)} [${pct(rb.holds.low)}, ${pct(rb.holds.high)}] of ${rb.holds.n} points`;
}

function effectsTable(effects: readonly Effect[], smoke: boolean): Html {
  return table(
    [
      "effect",
      "claim",
      "estimate [95% interval]",
      "sesoi",
      "runs used",
      "left out",
      "counted against the claim",
      "Holm p (claimed side / equivalence)",
      "verdict",
    ],
    effects.map((e) => [
      e.label,
      e.claim,
      interval(e),
      `± ${fmtNum(e.sesoi)}`,
      String(e.n),
      String(e.nExcluded),
      String(e.nImputed),
      `${fmtNum(e.claim === "decrease" ? e.pHolm.down : e.claim === "increase" ? e.pHolm.up : Math.min(e.pHolm.up, e.pHolm.down))} / ${fmtNum(e.pHolm.equivalence)}`,
      smoke ? "-" : e.verdict,
    ]),
  );
}

function attribution(r: ThesisResult, ctx: RenderContext): Html | undefined {
  if (r.knockouts.length === 0) return undefined;
  const rows = r.knockouts.map((k) => [
    k.mechanism.id,
    `${k.mechanism.title} (${k.mechanism.source})`,
    k.effects.map(interval).join("; "),
    k.carried.map(pct).join("; "),
    r.smokeTest ? "-" : k.verdict,
  ]);
  const charts = r.effects.map((e, i) =>
    figure(
      intervalChart(
        [
          { label: "whole model", ...pick(e) },
          ...r.knockouts.map((k) => ({ label: `without ${k.mechanism.id}`, ...pick(k.effects[i]) })),
          ...(r.withoutAssumptions && !r.knockouts.some((k) => k.variant === r.withoutAssumptions?.variant)
            ? [{ label: "without every assumption", ...pick(r.withoutAssumptions.effects[i]) }]
            : []),
        ],
        { id: ctx.chartId(), sesoi: e.sesoi, xName: e.label },
      ),
      `${r.id}: ${e.label}, with its 95% interval, with the whole model and with each mechanism knocked out in turn; the shaded band is ± the sesoi (${fmtNum(e.sesoi)}).`,
    ),
  );
  return join([
    heading(4, ctx.id("thesis-attribution", r.id), "Attribution: each mechanism off in turn"),
    table(
      ["mechanism", "what", "effect with it off [95% interval]", "share of the effect it carries", "verdict"],
      rows,
    ),
    ...charts,
  ]);
}

function pick(e: Effect | undefined) {
  return {
    estimate: e?.estimate ?? Number.NaN,
    ciLow: e?.ciLow ?? Number.NaN,
    ciHigh: e?.ciHigh ?? Number.NaN,
  };
}

function assumptions(r: ThesisResult): Html {
  if (r.assumes.length === 0)
    return para(`Assumes no mechanism that restates the claim: ${r.assumesNothing ?? ""}`);
  return join([
    para(
      "Assumes these mechanisms, whose rule restates the claim; the thesis holds (and not merely by assumption) only if its effects survive with them off:",
    ),
    table(
      ["mechanism", "switched off by", "why it restates the claim"],
      r.assumes.map((a) => [
        `${a.id}: ${a.title}`,
        Object.entries(a.off)
          .map(([k, v]) => `${k} = ${v}`)
          .join(", "),
        a.reason ?? "",
      ]),
    ),
    r.withoutAssumptions
      ? para(
          `With every assumed mechanism off: ${r.withoutAssumptions.effects.map((e) => `${e.label} ${interval(e)}`).join("; ")} — ${r.smokeTest ? "no verdict (smoke test)" : r.withoutAssumptions.verdict}.`,
        )
      : undefined,
  ]);
}

function robustness(r: ThesisResult, ctx: RenderContext): Html | undefined {
  const rb = r.robustness;
  if (!rb) return undefined;
  return join([
    heading(4, ctx.id("thesis-robustness", r.id), "Global robustness"),
    para(
      `Morris screening (${rb.screen.trajectories} trajectories over ${rb.screen.factors} parameters, each with its plausible range) ranked the parameters by their influence on the effects; the top ${rb.screen.top.length} were sampled by a Latin hypercube of ${rb.samples} points × ${rb.seeds} seeds, and the thesis decided at each point by the full rule. It holds in ${pct(rb.holds.share)} of the points (Wilson 95% interval [${pct(rb.holds.low)}, ${pct(rb.holds.high)}]); with the full model, by assumption or not, in ${pct(rb.holdsWithAssumptions.share)} [${pct(rb.holdsWithAssumptions.low)}, ${pct(rb.holdsWithAssumptions.high)}].`,
    ),
    table(
      ["parameter", "Morris μ* of each effect", "rank score"],
      rb.screen.ranking.slice(0, 10).map((p) => [p.name, p.muStar.map(fmtNum).join("; "), fmtNum(p.score)]),
    ),
    para("What decides the verdict (a classification tree of depth 2 over the sampled parameters):"),
    el("ul", {}, ...rb.treeWords.map((w) => el("li", {}, w))),
    r.assumes.length
      ? join([
          para("Where it holds with the full model, by assumption or not:"),
          el("ul", {}, ...rb.treeWithAssumptionsWords.map((w) => el("li", {}, w))),
        ])
      : undefined,
  ]);
}

/**
 * The verdict of every thesis: its ¶, claim, effects with 95% intervals against their smallest
 * effect of interest, what it assumes, which mechanisms carry it, its global robustness, and the
 * thesis file that decided it (with its hash). Verdicts are what the runs gave under the fixed
 * rule; nothing here knows which way a thesis should go.
 */
export function thesesSection(results: readonly ThesisResult[], ctx: RenderContext, rule: string): Html {
  const smoke = results.some((r) => r.smokeTest);
  const summary = table(
    [
      "thesis",
      "¶",
      "title",
      "verdict",
      "effects [95% interval] (sesoi)",
      "carried by",
      "assumes",
      "robustness",
    ],
    results.map((r) => [
      el("a", { href: `#${ctx.id("thesis", r.id)}` }, r.id),
      r.paragraph,
      r.title,
      verdictBadge(r),
      r.effects.map((e) => `${e.label}: ${interval(e)} (± ${fmtNum(e.sesoi)})`).join("; "),
      carriers(r)
        .map((c) => `${c.id} (${pct(c.carried)})`)
        .join(", ") || "-",
      r.assumes.map((a) => a.id).join(", ") || "none",
      robustnessCell(r),
    ]),
  );
  const details = results.map((r) =>
    el(
      "section",
      { id: ctx.id("thesis", r.id) },
      join([
        heading(3, ctx.id("thesis-title", r.id), `${r.id} ${r.paragraph}: ${r.title}`),
        para(join([el("span", {}, "Verdict: "), verdictBadge(r)])),
        para(r.claim),
        effectsTable(r.effects, r.smokeTest),
        assumptions(r),
        attribution(r, ctx),
        robustness(r, ctx),
        para(`${r.runs} runs in the main ensemble. Decided by ${r.source}, SHA-256 ${r.fileHash}:`),
        el(
          "details",
          {},
          el("summary", {}, `the thesis file (${r.fileText.length} characters)`),
          pre(r.fileText),
        ),
      ]),
    ),
  );
  return el(
    "section",
    { id: ctx.id("theses", "all") },
    join([
      heading(2, ctx.id("theses-title", "all"), "Theses"),
      smoke
        ? para(
            "SMOKE TEST (--quick): small, short runs. The numbers below are estimates that check the machinery; they decide nothing, and no verdict is shown.",
            "smoke",
          )
        : undefined,
      para(rule),
      summary,
      ...details,
    ]),
  );
}
