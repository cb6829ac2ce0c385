import type { Rng } from "../../engine/rng.ts";
import { sobolSequence } from "./sobol-sequence.ts";
import type { SobolRole, UnitSample } from "./types.ts";

/**
 * Saltelli's sampling scheme for first- and total-order Sobol' indices (Saltelli et al. 2010,
 * "Variance based sensitivity analysis of model output. Design and estimator for the total
 * sensitivity index", Comput. Phys. Commun. 181:259-270, Sect. 3): two independent N x k base
 * matrices A and B, and for each factor i the matrix AB_i, equal to A except that column i comes
 * from B; N (k + 2) model runs in all.
 *
 * A and B are the two halves of the first N points of a 2k-dimensional Sobol' sequence (columns
 * 1..k and k+1..2k), digitally shifted with `rng` (see {@link sobolSequence}); N a power of 2 keeps
 * the sequence's balance. Points are row-major as in SALib: for each row j, A_j, AB_1j, ..., AB_kj,
 * B_j (so point j (k + 2) + 1 + i is AB_i row j).
 */
export function saltelliUnit(N: number, names: readonly string[], rng: Rng): UnitSample {
  const k = names.length;
  const base = sobolSequence(N, 2 * k, rng);
  const n = N * (k + 2);
  const unit = new Float64Array(n * k);
  const roles: SobolRole[] = [];
  for (let j = 0; j < N; j++) {
    const a = j * 2 * k;
    const b = a + k;
    const row0 = j * (k + 2);
    for (let c = 0; c < k; c++) {
      unit[row0 * k + c] = base[a + c];
      unit[(row0 + k + 1) * k + c] = base[b + c];
    }
    roles.push({ design: "sobol", block: "A", j });
    for (let i = 0; i < k; i++) {
      const row = row0 + 1 + i;
      for (let c = 0; c < k; c++) unit[row * k + c] = c === i ? base[b + c] : base[a + c];
      roles.push({ design: "sobol", block: "AB", j, i, factor: names[i] });
    }
    roles.push({ design: "sobol", block: "B", j });
  }
  return { n, k, unit, roles };
}
