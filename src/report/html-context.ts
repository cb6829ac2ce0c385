import { fmtValue, slug } from "./format.ts";
import type { ReportData, ReportPoint } from "./types.ts";

/** Counters of one rendering: unique element ids and chart ids, so that the output is deterministic. */
export interface RenderContext {
  /** A unique HTML id made from the parts given. */
  id(...parts: string[]): string;
  /** A unique, short prefix for the ids inside the next chart's SVG. */
  chartId(): string;
}

export function renderContext(): RenderContext {
  const used = new Set<string>();
  let charts = 0;
  return {
    id(...parts) {
      const base = parts.map(slug).join("-");
      let id = base;
      for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
      used.add(id);
      return id;
    },
    chartId: () => `c${charts++}`,
  };
}

/** A short label of a design point: its factor values when there are at most two factors, else its index. */
export function pointLabel(d: ReportData, p: ReportPoint | undefined, index: number): string {
  const factors = d.design.factors;
  if (!p || factors.length === 0 || factors.length > 2) return `point ${index}`;
  return factors.map((f) => `${f}=${fmtValue(p.values[f])}`).join(", ");
}

/** The factor of a one-factor grid whose values are all numbers, if the design is one. */
export function numericGridFactor(d: ReportData): string | undefined {
  if (d.design.kind !== "grid" || d.design.factors.length !== 1) return undefined;
  const f = d.design.factors[0];
  return d.points.every((p) => typeof p.values[f] === "number") ? f : undefined;
}
