import { morrisIndices, sobolIndices } from "../experiments/analysis/index.ts";
import type { Design } from "../experiments/designs/index.ts";
import type { Sensitivity } from "./types.ts";

/**
 * Morris (μ*, σ) or Sobol' (S1, ST with bootstrap intervals) indices of each scalar summary of a
 * morris or sobol design; undefined for other designs. `outputs` maps a summary name to its value
 * at each design point (indexed by point index, NaN where the point has no usable run), e.g. the
 * summary averaged over seeds. Points with NaN outputs are left out as `morrisIndices` and
 * `sobolIndices` document (their elementary effects, their Saltelli rows).
 */
export function sensitivityOf(
  design: Design,
  outputs: ReadonlyMap<string, Float64Array>,
  { bootstrap = 500 }: { bootstrap?: number } = {},
): Sensitivity | undefined {
  const names = [...outputs.keys()];
  if (design.kind === "morris")
    return {
      kind: "morris",
      bySummary: names.map((summary) => ({
        summary,
        indices: morrisIndices(design.points, outputs.get(summary)!),
      })),
    };
  if (design.kind === "sobol")
    return {
      kind: "sobol",
      bootstrap,
      bySummary: names.map((summary) => ({
        summary,
        indices: sobolIndices(design.points, outputs.get(summary)!, { bootstrap, seed: 0 }),
      })),
    };
  return undefined;
}
