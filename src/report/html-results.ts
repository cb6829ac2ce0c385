/** The result sections of an experiment: series bands, summary tables, sensitivity, failures. */
import type { EnsembleStats } from "../experiments/analysis/index.ts";
import { bandChart, morrisChart, PALETTE, sobolChart, summaryChart } from "./charts.ts";
import { fmtNum, fmtValue } from "./format.ts";
import { numericGridFactor, pointLabel, type RenderContext } from "./html-context.ts";
import { type Content, el, figure, type Html, heading, join, para, table } from "./html-parts.ts";
import { OK_SHARE, type ReportData, type SummaryTable } from "./types.ts";

const interval = (lo: number, hi: number): string =>
  Number.isFinite(lo) && Number.isFinite(hi) ? `[${fmtNum(lo)}, ${fmtNum(hi)}]` : "–";

const STAT_HEAD = ["n", "missing", "mean", "sd", "q05", "q50", "q95", "95% CI of mean"];

function statCells(s: EnsembleStats): string[] {
  return [
    String(s.n),
    String(s.nMissing),
    fmtNum(s.mean),
    fmtNum(s.sd),
    fmtNum(s.q05),
    fmtNum(s.q50),
    fmtNum(s.q95),
    interval(s.ciLow, s.ciHigh),
  ];
}

const swatch = (color: string): Html => el("span", { class: "swatch", style: `background:${color}` });

/** Mean and 5–95% bands over time per design point (and pooled), one chart per metric. */
export function seriesSection(d: ReportData, ctx: RenderContext): Html {
  const parts: (Html | undefined)[] = [heading(3, ctx.id(d.name, "series"), "Series")];
  if (d.metrics.length === 0) {
    parts.push(
      para("No series were recorded for this experiment (record.series: none), or no run ended ok."),
    );
    return join(parts);
  }
  const byIndex = new Map(d.points.map((p) => [p.index, p]));
  const colorOf = new Map(d.bandPoints.map((p, i) => [p, PALETTE[i % PALETTE.length]]));
  parts.push(
    para(
      "Each chart shows, at every recorded time, the mean over seeds (line) and the band from the 5% to the 95% quantile, for each design point, over the runs that ended ok. A run that stopped before a time (its model's own stopping rule) counts there with its last value.",
    ),
  );
  if (d.design.factors.length > 2 && d.bandPoints.length > 0)
    parts.push(
      table(
        ["", "point", ...d.design.factors],
        d.bandPoints.map((i) => [
          swatch(colorOf.get(i)!),
          String(i),
          ...d.design.factors.map((f) => fmtValue(byIndex.get(i)?.values[f])),
        ]),
      ),
    );
  for (const m of d.metrics) {
    const entries = m.perPoint.map((band) => {
      const i = band.point ?? -1;
      return { label: pointLabel(d, byIndex.get(i), i), color: colorOf.get(i) ?? "#555", band };
    });
    if (entries.length > 0)
      parts.push(
        figure(
          bandChart(entries, { id: ctx.chartId(), yName: m.metric }),
          `${m.metric}: mean and 5–95% band over seeds, by design point`,
        ),
      );
    if (m.pooled)
      parts.push(
        figure(
          bandChart([{ label: "every run", color: "#555", band: m.pooled }], {
            id: ctx.chartId(),
            yName: m.metric,
          }),
          `${m.metric}: mean and 5–95% band over every run of the experiment (all design points and seeds pooled)`,
        ),
      );
  }
  return join(parts);
}

const isConstant = (s: SummaryTable): boolean =>
  s.all.n > 0 && s.all.min === s.all.max && s.all.nMissing === 0;

/** Per summary: statistics over seeds by design point (or pooled), with a chart against a lone grid factor. */
export function summariesSection(d: ReportData, ctx: RenderContext): Html {
  const parts: (Html | undefined)[] = [heading(3, ctx.id(d.name, "summaries"), "Summaries")];
  const constant = d.summaries.filter(isConstant);
  const varying = d.summaries.filter((s) => !isConstant(s));
  if (d.summaries.length === 0) {
    parts.push(para("No scalar summaries are stored for this experiment's runs."));
    return join(parts);
  }
  parts.push(
    para(
      "Statistics over seeds of each scalar summary: n runs that ended ok with a finite value, missing runs (failed, or no finite value), sample sd, quantiles of type 7, and the 95% confidence interval of the mean (Student's t).",
    ),
  );
  const perPoint = varying.some((s) => s.byPoint.length > 0);
  const byIndex = new Map(d.points.map((p) => [p.index, p]));
  const gridFactor = numericGridFactor(d);
  if (perPoint) {
    for (const s of varying) {
      parts.push(heading(4, ctx.id(d.name, "summary", s.name), s.name));
      if (gridFactor && s.byPoint.some((b) => Number.isFinite(b.stats.mean)))
        parts.push(
          figure(
            summaryChart(
              s.byPoint.map((b) => ({
                x: byIndex.get(b.point)!.values[gridFactor] as number,
                mean: b.stats.mean,
                ciLow: b.stats.ciLow,
                ciHigh: b.stats.ciHigh,
              })),
              { id: ctx.chartId(), factor: gridFactor },
            ),
            `${s.name}: mean over seeds with its 95% confidence interval, against ${gridFactor}`,
          ),
        );
      parts.push(
        table(
          ["point", ...d.design.factors, ...STAT_HEAD],
          s.byPoint.map((b) => [
            String(b.point),
            ...d.design.factors.map((f) => fmtValue(byIndex.get(b.point)?.values[f])),
            ...statCells(b.stats),
          ]),
          [true, ...d.design.factors.map(() => false), ...STAT_HEAD.map(() => true)],
        ),
      );
    }
  } else if (varying.length > 0) {
    parts.push(
      para("Every run of the experiment pooled (all design points and seeds):"),
      table(
        ["summary", ...STAT_HEAD],
        varying.map((s) => [s.name, ...statCells(s.all)]),
        [false, ...STAT_HEAD.map(() => true)],
      ),
    );
  }
  if (constant.length > 0)
    parts.push(
      para(`The same in every run: ${constant.map((s) => `${s.name} = ${fmtNum(s.all.mean)}`).join(", ")}.`),
    );
  return join(parts);
}

/** Sobol' or Morris indices of each summary: a table and a bar chart per summary. */
export function sensitivitySection(d: ReportData, ctx: RenderContext): Html | undefined {
  const sens = d.sensitivity;
  if (!sens) return undefined;
  const parts: (Html | undefined)[] = [
    heading(
      3,
      ctx.id(d.name, "sensitivity"),
      sens.kind === "sobol" ? "Sensitivity: Sobol' indices" : "Sensitivity: Morris screening",
    ),
  ];
  const undefinedFor: string[] = [];
  parts.push(
    para(
      sens.kind === "sobol"
        ? `First-order (S1) and total (ST) Sobol' indices of each summary averaged over seeds at each design point (Saltelli et al. 2010; Jansen 1999), with 95% bootstrap percentile intervals (${sens.bootstrap} resamples). Rows of the Saltelli design with a failed run are left out (n: rows used).`
        : "Morris (1991) elementary effects of each summary averaged over seeds at each design point: μ* (mean absolute effect, Campolongo et al. 2007) ranks the factors' influence, σ (their sd) shows non-linearity or interactions, μ is the signed mean; units: change of the summary per whole factor range; r: effects used.",
    ),
  );
  if (sens.bySummary.some((x) => x.summary === OK_SHARE))
    parts.push(
      para(
        `Some runs failed: “${OK_SHARE}” (the share of a point's seeds whose run ended ok) comes first, to show which factors decide whether runs fail; the summaries after it leave failed runs out.`,
      ),
    );
  if (sens.kind === "sobol") {
    for (const { summary, indices } of sens.bySummary) {
      if (!indices.some((x) => Number.isFinite(x.S1) || Number.isFinite(x.ST))) {
        undefinedFor.push(summary);
        continue;
      }
      parts.push(
        heading(4, ctx.id(d.name, "sobol", summary), summary),
        table(
          ["factor", "S1", "S1 95% interval", "ST", "ST 95% interval", "n"],
          indices.map((x) => [
            x.name,
            fmtNum(x.S1),
            interval(x.S1Low, x.S1High),
            fmtNum(x.ST),
            interval(x.STLow, x.STHigh),
            String(x.n),
          ]),
          [false, true, true, true, true, true],
        ),
        figure(
          sobolChart(indices, { id: ctx.chartId() }),
          `${summary}: S1 and ST per factor with 95% bootstrap intervals`,
        ),
      );
    }
  } else {
    for (const { summary, indices } of sens.bySummary) {
      if (!indices.some((x) => Number.isFinite(x.muStar) && x.muStar > 0)) {
        undefinedFor.push(summary);
        continue;
      }
      parts.push(
        heading(4, ctx.id(d.name, "morris", summary), summary),
        table(
          ["factor", "μ*", "μ", "σ", "r"],
          indices.map((x) => [x.name, fmtNum(x.muStar), fmtNum(x.mu), fmtNum(x.sigma), String(x.r)]),
          [false, true, true, true, true],
        ),
        figure(morrisChart(indices, { id: ctx.chartId() }), `${summary}: μ* and σ per factor`),
      );
    }
  }
  if (undefinedFor.length > 0)
    parts.push(
      para(`No variation across the design (indices undefined or zero): ${undefinedFor.join(", ")}.`),
    );
  return join(parts);
}

/** Runs that did not end ok, with their messages (the first ones). */
export function failuresSection(d: ReportData, ctx: RenderContext): Html {
  const parts: (Html | undefined)[] = [heading(3, ctx.id(d.name, "failures"), "Failures")];
  if (d.failuresTotal === 0) {
    parts.push(
      para(d.runs === 0 ? "No run of this experiment is stored yet." : "Every stored run ended ok."),
    );
    return join(parts);
  }
  if (d.failures.length < d.failuresTotal)
    parts.push(para(`The first ${d.failures.length} of ${d.failuresTotal} failed runs (by point and seed):`));
  const cut = (s: string): Content => (s.length > 300 ? `${s.slice(0, 300)}…` : s);
  parts.push(
    table(
      ["point", "seed", "status", "message", "run key"],
      d.failures.map((f) => [
        String(f.pointIndex),
        String(f.seed),
        f.status,
        cut(f.message),
        el("code", {}, f.runKey),
      ]),
      [true, true, false, false, false],
    ),
  );
  return join(parts);
}
