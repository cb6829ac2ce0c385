export {
  FirmPanel,
  modelTargets,
  runForFacts,
  type ScoreModelOptions,
  scoreModel,
  targetsPath,
} from "./run-facts.ts";
export {
  buildScorecard,
  countLine,
  type FactStatus,
  inside,
  type Scorecard,
  type ScorecardRow,
} from "./scorecard.ts";
export { type ScoreExperimentOptions, scoreExperiment } from "./stored-facts.ts";
export { loadTargets, parseTargets, shortSource, type Target, targetSchema } from "./targets.ts";
