import { carriers, type ThesisResult } from "../experiments/theses/evaluate.ts";
import { verdictText } from "../experiments/theses/verdict.ts";
import { fmt } from "./format.ts";

const pct = (x: number) => `${Math.round(100 * x)}%`;

/** The verdict as printed: a smoke test shows none. */
export function verdictCell(r: ThesisResult): string {
  return r.smokeTest ? "smoke test: no verdict" : verdictText(r.verdict as Parameters<typeof verdictText>[0]);
}

/** The terminal table of thesis results: verdict, effects with intervals and sesoi, carriers, assumptions, robustness. */
export function thesisRows(results: readonly ThesisResult[]): string[][] {
  return [
    ["thesis", "¶", "verdict", "effect [95% interval] (sesoi)", "carried by", "assumes", "robust"],
    ...results.map((r) => [
      r.id,
      r.paragraph,
      verdictCell(r),
      r.effects
        .map((e) => `${e.summary} ${fmt(e.estimate)} [${fmt(e.ciLow)}, ${fmt(e.ciHigh)}] (±${fmt(e.sesoi)})`)
        .join("; "),
      carriers(r)
        .map((c) => `${c.id} (${Number.isFinite(c.carried) ? pct(c.carried) : "-"})`)
        .join(", ") || "-",
      r.assumes.map((a) => a.id).join(", ") || "none",
      r.robustness
        ? `${pct(r.robustness.holds.share)} [${pct(r.robustness.holds.low)}, ${pct(r.robustness.holds.high)}] of ${r.robustness.holds.n}`
        : "-",
    ]),
  ];
}

/** The count line under the table. */
export function thesisCounts(results: readonly ThesisResult[]): string {
  if (results.some((r) => r.smokeTest))
    return "SMOKE TEST (--quick): small, short runs; estimates only, no verdicts";
  const n = (v: string) => results.filter((r) => r.verdict === v).length;
  return `${n("holds")} hold, ${n("holds-by-assumption")} hold by assumption, ${n("negligible")} negligible, ${n("fails")} fail, ${n("inconclusive")} inconclusive`;
}
