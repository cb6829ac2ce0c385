export { evaluateThesis, type KnockoutResult, type ThesisResult, type VariantResult } from "./evaluate.ts";
export { planMain, planSample, planScreen } from "./plan.ts";
export { quickThesis } from "./quick.ts";
export type { RobustnessResult, ScreenResult } from "./robustness.ts";
export { type ExecuteSweep, runRobustness, runThesis, thesisExperiment } from "./run.ts";
export { loadThesis, type Thesis } from "./thesis-file.ts";
export {
  combine,
  decideEffect,
  type Effect,
  type EffectVerdict,
  type Verdict,
  verdictText,
} from "./verdict.ts";
