export { expandDesign } from "./expand.ts";
export { fromUnit } from "./from-unit.ts";
export { gridLevels, gridPoints } from "./grid.ts";
export { SOBOL_MAX_DIMENSION } from "./joe-kuo.ts";
export { latinHypercubeUnit } from "./latin-hypercube.ts";
export { morrisDelta, morrisUnit } from "./morris.ts";
export { randomUnit } from "./random.ts";
export { saltelliUnit } from "./saltelli.ts";
export { directionNumbers, sobolSequence } from "./sobol-sequence.ts";
export type {
  Design,
  DesignKind,
  DesignPoint,
  DesignSpec,
  Factor,
  FactorValue,
  MorrisRole,
  SobolRole,
  UnitSample,
} from "./types.ts";
export { DEFAULT_GRID_LEVELS, DEFAULT_MORRIS_LEVELS, MAX_POINTS } from "./types.ts";
export {
  checkPointCount,
  MAX_SOBOL_FACTORS,
  resolveSpec,
  validateFactor,
  validateFactors,
} from "./validate.ts";
