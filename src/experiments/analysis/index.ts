export { type EnsembleStats, ensembleStats } from "./ensemble-stats.ts";
export { type MorrisIndex, morrisIndices } from "./morris-indices.ts";
export { quantileSorted } from "./quantile.ts";
export { type SobolIndex, type SobolOptions, sobolIndices } from "./sobol-indices.ts";
export { logGamma, regularizedBeta } from "./special.ts";
export { tCdf, tQuantile } from "./student-t.ts";
