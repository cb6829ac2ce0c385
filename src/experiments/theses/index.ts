export { evaluateThesis, type ThesisResult } from "./evaluate.ts";
export { planThesis } from "./plan.ts";
export { quickThesis } from "./quick.ts";
export { runThesis, thesisExperiment } from "./run.ts";
export { loadThesis, type Thesis } from "./thesis-file.ts";
export { combine, decide, type Effect, type Verdict } from "./verdict.ts";
